package org.repalign.compute.stats;

import java.util.Arrays;

/**
 * A confidence interval for a share of model pairs ("improved in 8 of 10 pairs") by a bootstrap
 * over models. Pairs share models, so their outcomes are not independent and a binomial
 * interval would be too narrow; resampling the models themselves keeps that dependence (Efron
 * and Tibshirani 1993, ch. 6 and 13, percentile interval).
 *
 * <p>A replicate draws K models with replacement from the K models; model m drawn c_m times.
 * Every pair of draws of two different models is a pair of the replicate, so pair (i, j) counts
 * c_i·c_j times, and the replicate's share is Σ c_i c_j o_ij / Σ c_i c_j over the pairs with a
 * defined outcome o_ij ∈ {0, 1}. A replicate without such a pair (every draw the same model, or
 * only undefined pairs) is left out. The interval is the (1 − level)/2 and (1 + level)/2
 * quantiles of the replicate shares (linear interpolation between order statistics, as
 * numpy's default). Draws come from one {@link SplitMix64} stream of the given seed.
 */
public final class PairShareBootstrap {

    private PairShareBootstrap() {
    }

    /**
     * The replicate shares.
     *
     * @param models     K, the number of models
     * @param first      per pair its first model, in [0, K)
     * @param second     per pair its second model, in [0, K), different from the first
     * @param outcomes   per pair 1 (counted), 0 (not counted) or NaN (undefined, left out)
     * @param replicates how many replicates to draw, ≥ 1
     * @param seed       seed of the draws
     * @return the defined replicates' shares, in draw order
     * @throws IllegalArgumentException when the arrays differ in length, a model index is out of
     *                                  range, a pair joins a model to itself or an outcome is not
     *                                  0, 1 or NaN
     */
    public static double[] replicates(int models, int[] first, int[] second, double[] outcomes, int replicates,
            long seed) {
        if (first.length != second.length || first.length != outcomes.length) {
            throw new IllegalArgumentException("pairs: " + first.length + " first, " + second.length + " second, "
                    + outcomes.length + " outcomes");
        }
        if (models < 1 || replicates < 1) {
            throw new IllegalArgumentException("models and replicates must be at least 1, got " + models + " and "
                    + replicates);
        }
        for (int p = 0; p < first.length; p++) {
            if (first[p] < 0 || first[p] >= models || second[p] < 0 || second[p] >= models || first[p] == second[p]) {
                throw new IllegalArgumentException("pair " + p + " joins models " + first[p] + " and " + second[p]
                        + " of " + models);
            }
            double o = outcomes[p];
            if (!(o == 0 || o == 1 || Double.isNaN(o))) {
                throw new IllegalArgumentException("pair " + p + ": outcome " + o + " is not 0, 1 or NaN");
            }
        }
        SplitMix64 rng = new SplitMix64(seed);
        int[] counts = new int[models];
        double[] shares = new double[replicates];
        int defined = 0;
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(counts, 0);
            for (int d = 0; d < models; d++) {
                counts[rng.nextInt(models)]++;
            }
            double weight = 0;
            double counted = 0;
            for (int p = 0; p < first.length; p++) {
                if (!Double.isNaN(outcomes[p])) {
                    double w = (double) counts[first[p]] * counts[second[p]];
                    weight += w;
                    counted += w * outcomes[p];
                }
            }
            if (weight > 0) {
                shares[defined++] = counted / weight;
            }
        }
        return Arrays.copyOf(shares, defined);
    }

    /**
     * @param values the values (not modified)
     * @param level  the coverage, in (0, 1), e.g. 0.95
     * @return the (1 − level)/2 and (1 + level)/2 quantiles with linear interpolation between
     *         order statistics (position q·(n − 1)); NaNs when there are no values
     */
    public static double[] percentileInterval(double[] values, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        if (values.length == 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] { quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2) };
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
