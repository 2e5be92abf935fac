package org.repalign.compute.stats;

import org.repalign.compute.stats.internal.IndexSort;

/**
 * Spearman's rank correlation ρ (Spearman 1904, "The proof and measurement of association
 * between two things", Am. J. Psychol. 15:72–101): the Pearson correlation of the ranks, with
 * tied values given the average of the ranks they span (as {@code scipy.stats.spearmanr}).
 */
public final class SpearmanCorrelation {

    private SpearmanCorrelation() {
    }

    /**
     * Ranks 1 … n with ties averaged: the values {@code [10, 20, 20, 5]} get ranks
     * {@code [2, 3.5, 3.5, 1]}.
     *
     * @param values finite values
     * @return the ranks, in the order of {@code values}
     * @throws IllegalArgumentException for a non-finite value
     */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
        }
        int[] order = IndexSort.order(values, null);
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = rank;
            }
            start = end;
        }
        return ranks;
    }

    /**
     * @param x first sample
     * @param y second sample, paired with {@code x}
     * @return ρ in [−1, 1]; NaN when either sample is constant
     * @throws IllegalArgumentException when lengths differ, n &lt; 2 or a value is not finite
     */
    public static double rho(double[] x, double[] y) {
        OrdinaryLeastSquares.checkPair(x, y, "x");
        if (x.length < 2) {
            throw new IllegalArgumentException("Spearman's rho needs n ≥ 2 pairs, got n = " + x.length);
        }
        return pearson(averageRanks(x), averageRanks(y));
    }

    /**
     * Pearson's product-moment correlation.
     *
     * @param a values, at least two
     * @param b the paired values, as many
     * @return r in [−1, 1]; NaN when either side does not vary
     */
    public static double pearson(double[] a, double[] b) {
        double meanA = OrdinaryLeastSquares.mean(a);
        double meanB = OrdinaryLeastSquares.mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
    }
}
