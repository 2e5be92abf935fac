/**
 * Contributions from outside RepAlign's own bundles: discovery through
 * {@link java.util.ServiceLoader}, the one way a metric, reader, SAE architecture or analysis is
 * declared (a {@code META-INF/services} file), and a log that reports each broken contribution
 * once, with the name of whoever contributed it. The same files serve a plain class path, a
 * shaded jar and OSGi, where the Service Loader Mediator (Aries SPI Fly) makes the files of
 * other bundles visible (see {@link org.repalign.compute.extension.ServiceContributions}).
 */
package org.repalign.compute.extension;
