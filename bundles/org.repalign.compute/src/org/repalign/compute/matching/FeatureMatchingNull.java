package org.repalign.compute.matching;

import java.io.Serializable;

/**
 * Row-permutation null distribution of the feature-matching score (research notes E1b: the rows
 * of Z₂ are randomly permuted, the matching is recomputed, and the matched score is compared with
 * the permuted ones by a z-score).
 *
 * @param matched   the observed (unpermuted) match
 * @param mean      mean of the null scores
 * @param sd        sample standard deviation of the null scores (divisor permutations − 1)
 * @param z         (matched score − mean) / sd; ±∞ when sd = 0 and the scores differ, NaN when
 *                  they are equal as well
 * @param scores    the null score of each permutation, in draw order
 * @param seed      the seed of the permutations
 */
public record FeatureMatchingNull(FeatureMatch matched, double mean, double sd, double z, double[] scores,
        long seed) implements Serializable {

    /** Compact constructor: copies the array. */
    public FeatureMatchingNull {
        scores = scores.clone();
    }

    /** @return a copy of the null scores */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    /** @return the number of permutations */
    public int permutations() {
        return scores.length;
    }
}
