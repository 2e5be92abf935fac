/**
 * The bridge from the Eclipse extension registry to RepAlign's plain-Java registries: the
 * extension points {@code org.repalign.analysis.metrics}, {@code .readers},
 * {@code .saeArchitectures} and {@code .analyses} are read once and their contributions added to
 * {@link org.repalign.compute.metrics.MetricRegistry#installed()},
 * {@link org.repalign.io.RepresentationReaders#installed()},
 * {@link org.repalign.compute.sae.SaeArchitectures} and
 * {@link org.repalign.analysis.modules.AnalysisRegistry#installed()}, named by the contributing
 * bundle. This source folder is the only part of the bundle that uses the extension registry.
 */
package org.repalign.analysis.extension;
