package org.repalign.compute.protocol;

import java.io.Serializable;
import java.util.List;

import org.repalign.compute.metrics.Direction;

/**
 * One metric's result on one pair over all subsamples.
 *
 * <p>Undefined (NaN) subsample values are left out of the mean and standard deviation, and a
 * warning says how many were left out; when no value is defined the mean is NaN.
 *
 * @param key               the metric's key
 * @param direction         whether larger values are better
 * @param values            the value on each subsample, in subsample order (NaN where undefined)
 * @param definedCount      number of defined values
 * @param mean              mean of the defined values
 * @param standardDeviation their sample standard deviation, n − 1 denominator; NaN with fewer
 *                          than two defined values (always for the whole-matrix protocol)
 * @param meanTieShare      mean of the subsamples' tie shares that are defined; NaN for metrics
 *                          without neighbour lists
 * @param warnings          distinct warnings, each with the subsamples it occurred in
 * @param computeSeconds    time spent inside this metric's {@code compute}, summed over
 *                          subsamples; work cached for other metrics is charged to the metric
 *                          that computed it first
 */
public record MetricSummary(String key, Direction direction, double[] values, int definedCount, double mean,
        double standardDeviation, double meanTieShare, List<String> warnings, double computeSeconds)
        implements Serializable {

    /** Compact constructor: copies the values and freezes the warnings. */
    public MetricSummary {
        values = values.clone();
        warnings = List.copyOf(warnings);
    }

    /** @return a copy of the per-subsample values */
    @Override
    public double[] values() {
        return values.clone();
    }
}
