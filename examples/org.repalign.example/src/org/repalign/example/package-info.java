/**
 * The example RepAlign plug-in (see docs/plugins.md): the metric {@code procrustes}
 * ({@link org.repalign.example.ProcrustesSimilarityFactory}), the reader of {@code .ramat} files
 * ({@link org.repalign.example.RamatReader}) and the analysis {@code dimension}
 * ({@link org.repalign.example.EffectiveDimensionFactory}), contributed through
 * {@code plugin.xml} in Eclipse and through {@code META-INF/services} on a plain classpath.
 */
package org.repalign.example;
