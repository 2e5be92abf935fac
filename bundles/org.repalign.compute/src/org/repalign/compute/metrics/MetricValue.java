package org.repalign.compute.metrics;

import java.util.List;

/**
 * One metric's value on one pair of representations.
 *
 * @param value     the value in float64; {@code NaN} when undefined (written as null)
 * @param tieShare  share of rows whose k-th neighbour was tied, in either representation;
 *                  {@code NaN} for metrics without neighbour lists
 * @param warnings  human-readable notes, e.g. why a value is undefined
 */
public record MetricValue(double value, double tieShare, List<String> warnings) {

    /** Compact constructor: freezes the warnings. */
    public MetricValue {
        warnings = List.copyOf(warnings);
    }

    /** @return a defined value without ties or warnings */
    public static MetricValue of(double value) {
        return new MetricValue(value, Double.NaN, List.of());
    }

    /** @return an undefined value with the reason */
    public static MetricValue undefined(String reason) {
        return new MetricValue(Double.NaN, Double.NaN, List.of(reason));
    }

    /** @return whether the value is defined */
    public boolean isDefined() {
        return !Double.isNaN(value);
    }
}
