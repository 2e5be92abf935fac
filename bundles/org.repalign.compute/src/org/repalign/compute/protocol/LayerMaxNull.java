package org.repalign.compute.protocol;

import java.util.OptionalDouble;

/**
 * The permutation null of the best value over a whole layer grid. For permutation p, every cell
 * is computed on the same shuffled row order of B, and the null's value is the best of the
 * grid's p-th null values; comparing the observed best against it accounts for the choice of the
 * best layer pair, which the nulls of single cells do not.
 *
 * @param permutations P
 * @param defined      permutations whose grid had at least one defined null value
 * @param observed     the best observed value over the grid on the rows the nulls were computed
 *                     on (the whole matrices, or the first subsample under subsampling)
 * @param maxima       per permutation the best null value over the grid (NaN when none is
 *                     defined); "best" is the maximum for metrics where higher is better and the
 *                     minimum otherwise
 * @param mean         mean of the defined {@code maxima}
 * @param sd           their sample standard deviation (n − 1)
 * @param p            (1 + #{maxima at least as good as observed}) / (defined + 1), never below
 *                     1/(P + 1); NaN when the observed best is undefined
 */
public record LayerMaxNull(int permutations, int defined, double observed, double[] maxima, double mean, double sd,
        double p) {

    /** Compact constructor: copies the maxima. */
    public LayerMaxNull {
        maxima = maxima.clone();
    }

    /**
     * The calibrated best value, (observed − mean)/(ideal − mean): measured from the null of the
     * best over the grid, so the choice of the best layer pair does not inflate it (as
     * {@link PermutationResult#calibrated} for one value).
     *
     * @param ideal the metric's ideal value
     * @return the score; NaN when there is no ideal value, a value is undefined or the null mean
     *         is the ideal value
     */
    public double calibrated(OptionalDouble ideal) {
        return CalibratedScore.of(observed, mean, ideal);
    }

    /** @return a copy of the per-permutation best null values */
    @Override
    public double[] maxima() {
        return maxima.clone();
    }
}
