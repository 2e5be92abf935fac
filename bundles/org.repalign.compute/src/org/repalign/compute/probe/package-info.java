/**
 * Supervised attribute probes (research notes §8, "background on linear probes"): an
 * L2-penalised logistic regression per binary attribute, evaluated by stratified, seeded k-fold
 * cross-validation (accuracy, balanced accuracy, AUROC, majority baseline), its direction in the
 * original feature coordinates, and the single-latent AUROC of sparse codes as a probe-free
 * comparison. The paper itself uses no supervised probes; these are an optional extension.
 *
 * <p>All arithmetic is float64; every random choice comes from an explicit seed
 * ({@link org.repalign.compute.stats.SplitMix64}).
 */
package org.repalign.compute.probe;
