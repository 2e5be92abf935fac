package org.repalign.compute.protocol;

import java.util.List;

import org.repalign.compute.metrics.Direction;

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
        int definedNulls, double nullMean, double nullStandardDeviation, double z, double p, List<String> warnings) {

    /** Compact constructor: copies the null values and freezes the warnings. */
    public PermutationResult {
        nullValues = nullValues.clone();
        warnings = List.copyOf(warnings);
    }

    /** @return a copy of the null values */
    @Override
    public double[] nullValues() {
        return nullValues.clone();
    }
}
