package org.repalign.compute.probe;

import java.io.Serializable;

/**
 * Settings of an attribute probe ({@link AttributeProbe}).
 *
 * @param folds        k of the stratified k-fold cross-validation, ≥ 2 (default 5); must not
 *                     exceed the number of positives or of negatives of the attribute
 * @param l2           the logistic-regression penalty λ ≥ 0 on the weights (default 1, i.e.
 *                     scikit-learn's C = 1; see {@link LogisticRegression})
 * @param minPositives the fewest positives an attribute must have to be probed, ≥ 1 (default 10)
 * @param seed         seed of the fold assignment; recorded with the result
 */
public record ProbeSettings(int folds, double l2, int minPositives, long seed) implements Serializable {

    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 5;

    /** Default penalty. */
    public static final double DEFAULT_L2 = 1.0;

    /** Default minimum number of positives. */
    public static final int DEFAULT_MIN_POSITIVES = 10;

    /**
     * Compact constructor: validates the values.
     *
     * @throws IllegalArgumentException naming the first bad field
     */
    public ProbeSettings {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be ≥ 2, got " + folds);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be a finite number ≥ 0, got " + l2);
        }
        if (minPositives < 1) {
            throw new IllegalArgumentException("minPositives must be ≥ 1, got " + minPositives);
        }
    }

    /**
     * @param seed seed of the fold assignment
     * @return 5 folds, λ = 1, at least 10 positives, and the given seed
     */
    public static ProbeSettings defaults(long seed) {
        return new ProbeSettings(DEFAULT_FOLDS, DEFAULT_L2, DEFAULT_MIN_POSITIVES, seed);
    }
}
