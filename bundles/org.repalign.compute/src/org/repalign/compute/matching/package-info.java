/**
 * Feature-level matching of sparse-autoencoder latents across two models (research notes E1b
 * and §8): a one-to-one assignment of the latents of one code matrix to those of another that
 * maximises their co-activation, its normalised score, and row-permutation nulls for that score.
 *
 * <p>Codes are {@link org.repalign.compute.data.CsrMatrix} matrices whose rows are the same
 * items in the same order; all arithmetic is float64 and every random choice comes from an
 * explicit seed ({@link org.repalign.compute.stats.SplitMix64}).
 */
package org.repalign.compute.matching;
