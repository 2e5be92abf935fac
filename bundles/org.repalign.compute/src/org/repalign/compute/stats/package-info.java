/**
 * Small, dependency-free statistics used by RepAlign's experiments: a stable seeded random
 * generator and shuffles ({@link org.repalign.compute.stats.SplitMix64},
 * {@link org.repalign.compute.stats.Shuffles}), sample moments, ordinary least squares
 * (simple and multiple), Spearman's rank correlation, ridge regression with a penalty chosen by
 * k-fold or leave-one-model-out cross-validation, and a linear assignment solver for feature matching.
 *
 * <p>Everything works on {@code double} arrays in float64; inputs are never modified. Errors
 * are reported as {@link java.lang.IllegalArgumentException} naming the parameter at fault.
 */
package org.repalign.compute.stats;
