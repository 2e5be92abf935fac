/**
 * The example RepAlign plug-in (see docs/plugins.md): the metric {@code example_procrustes}
 * ({@link org.repalign.example.ProcrustesSimilarityFactory}), the reader of {@code .ramat} files
 * ({@link org.repalign.example.RamatReader}) and the analysis {@code dimension}
 * ({@link org.repalign.example.EffectiveDimensionFactory}), each declared once, in a
 * {@code META-INF/services} file: the same jar works on a plain classpath and, through the
 * Service Loader Mediator and this bundle's {@code Provide-Capability} header, in OSGi.
 */
package org.repalign.example;
