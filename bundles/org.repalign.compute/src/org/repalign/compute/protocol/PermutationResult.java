package org.repalign.compute.protocol;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.stats.SampleMoments;

/**
 * A metric's value against its row-permutation null.
 *
 * @param key               the metric's key
 * @param direction         whether larger values are better
 * @param observed          the value on the paired rows
 * @param nullValues        the value after each shuffle, in permutation order (NaN where undefined)
 * @param definedNulls      number of defined null values, P′
 * @param nullMean          mean of the defined null values
 * @param nullStandardDeviation their sample standard deviation (n − 1 denominator)
 * @param z                 (observed − nullMean)/nullStandardDeviation; NaN when the standard
 *                          deviation is 0 or undefined, or the observed value is undefined
 * @param p                 (1 + #{null at least as good as observed}) / (P′ + 1), "at least as
 *                          good" per {@link Direction#atLeastAsGood}; in [1/(P′+1), 1]; NaN when
 *                          the observed value is undefined
 * @param warnings          notes, e.g. undefined values
 */
public record PermutationResult(String key, Direction direction, double observed, double[] nullValues,
        int definedNulls, double nullMean, double nullStandardDeviation, double z, double p, List<String> warnings)
        implements Serializable {

    /** Compact constructor: copies the null values and freezes the warnings. */
    public PermutationResult {
        nullValues = nullValues.clone();
        warnings = List.copyOf(warnings);
    }

    /**
     * The statistics of an observed value against its null values: P′, the null mean and
     * standard deviation, z and p as described on the components.
     *
     * @param key       the metric's key
     * @param direction whether larger values are better
     * @param observed  the observed value (NaN when undefined)
     * @param nulls     the null values in permutation order (NaN where undefined)
     * @param notes     notes so far; a note is added for undefined null values and a zero spread
     * @return the result
     */
    public static PermutationResult of(String key, Direction direction, double observed, double[] nulls,
            List<String> notes) {
        List<String> warnings = new ArrayList<>(notes);
        SampleMoments moments = SampleMoments.ofDefined(nulls);
        if (moments.count() < nulls.length) {
            warnings.add("null value undefined for " + (nulls.length - moments.count()) + " of " + nulls.length
                    + " permutations; they are excluded");
        }
        double z = Double.NaN;
        double pValue = Double.NaN;
        if (!Double.isNaN(observed)) {
            double sd = moments.standardDeviation();
            if (sd > 0) {
                z = (observed - moments.mean()) / sd;
            } else {
                warnings.add("null standard deviation is " + sd + "; z is undefined");
            }
            int asGood = 0;
            for (double value : nulls) {
                if (!Double.isNaN(value) && direction.atLeastAsGood(value, observed)) {
                    asGood++;
                }
            }
            pValue = (1.0 + asGood) / (moments.count() + 1.0);
        }
        return new PermutationResult(key, direction, observed, nulls, moments.count(), moments.mean(),
                moments.standardDeviation(), z, pValue, warnings);
    }

    /**
     * The calibrated score: how far the observed value has gone from the null mean towards the
     * metric's ideal value, (observed − E₀)/(ideal − E₀). For a similarity with ideal 1 this is
     * (s − E₀s)/(1 − E₀s); for a distance with ideal 0 it is (E₀d − d)/E₀d. 0 means no better
     * than shuffled rows, 1 a perfect alignment; negative values are worse than the null.
     *
     * @param ideal the metric's ideal value ({@link org.repalign.compute.metrics.AlignmentMetric#idealValue})
     * @return the score; NaN when the metric has no ideal value, a value is undefined or the null
     *         mean is the ideal value itself
     */
    public double calibrated(OptionalDouble ideal) {
        return CalibratedScore.of(observed, nullMean, ideal);
    }

    /** @return a copy of the null values */
    @Override
    public double[] nullValues() {
        return nullValues.clone();
    }
}
