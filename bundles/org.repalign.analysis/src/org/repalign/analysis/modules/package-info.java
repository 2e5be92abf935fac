/**
 * The analyses of an experiment, one class each ({@link org.repalign.analysis.modules.BiasAnalysis},
 * {@link org.repalign.analysis.modules.NoiseAnalysis}, {@link org.repalign.analysis.modules.SignalAnalysis},
 * {@link org.repalign.analysis.modules.FeatureMatchingAnalysis}, {@link org.repalign.analysis.modules.MetaAnalysis},
 * {@link org.repalign.analysis.modules.ProbeAnalysis}), sharing one
 * {@link org.repalign.analysis.modules.RunContext}: the prepared matrices, the pair
 * evaluations (so bias, signal and meta measure the centered rows once) and the SAE codes (so
 * signal, feature matching and probes train each SAE once).
 */
package org.repalign.analysis.modules;
