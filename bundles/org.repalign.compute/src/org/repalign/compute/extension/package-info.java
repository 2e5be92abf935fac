/**
 * Contributions from outside RepAlign's own bundles: discovery through
 * {@link java.util.ServiceLoader} on a plain classpath, and a log that reports each broken
 * contribution once, with the name of whoever contributed it. The Eclipse extension registry is
 * bridged into the same registries by {@code org.repalign.analysis}; nothing here depends on it.
 */
package org.repalign.compute.extension;
