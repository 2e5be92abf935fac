package org.repalign.analysis.modules;

import org.repalign.compute.metrics.Direction;

/**
 * The sign convention of every difference RepAlign reports: {@code delta} is positive when the
 * second representation is better, so for distances (lower is better, such as
 * {@code knn_edit_*}) the difference is flipped. Two values count as different only when
 * |a − b| &gt; 10⁻⁹ · max(1, |a|, |b|) ({@link #tied}): round-off is a tie, never an improvement.
 */
public final class MetricDirections {

    /** The relative tolerance below which two values are a tie. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    /** How the second of two values compares with the first. */
    public enum Outcome {
        /** the second is better beyond the tolerance */
        BETTER,
        /** the two are equal within the tolerance */
        TIED,
        /** the second is worse beyond the tolerance */
        WORSE,
        /** one of them is undefined (NaN) */
        UNDEFINED;

        /** @return the lower-case name written to tables: better, tied, worse or undefined */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private MetricDirections() {
    }

    /**
     * @param direction the metric's direction
     * @param first     value of the first representation
     * @param second    value of the second representation
     * @return second − first for similarities, first − second for distances
     */
    public static double improvement(Direction direction, double first, double second) {
        return direction == Direction.LOWER_IS_BETTER ? first - second : second - first;
    }

    /**
     * @param a a value
     * @param b another value
     * @return whether |a − b| ≤ 10⁻⁹ · max(1, |a|, |b|); false when either is NaN
     */
    public static boolean tied(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        if (a == b) {
            return true;
        }
        double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * scale;
    }

    /**
     * @param direction the metric's direction
     * @param first     value of the first representation
     * @param second    value of the second representation
     * @return whether the second is better, worse, tied within the tolerance, or undefined
     */
    public static Outcome compare(Direction direction, double first, double second) {
        if (!Double.isFinite(first) || !Double.isFinite(second)) {
            return Outcome.UNDEFINED;
        }
        if (tied(first, second)) {
            return Outcome.TIED;
        }
        return improvement(direction, first, second) > 0 ? Outcome.BETTER : Outcome.WORSE;
    }

    /**
     * Whether alignment rises with frequency, from a line fitted to the values on
     * x = f^(−1/2) (x falls as frequency rises): {@code rising} when the fitted values at the two
     * ends of the x range differ by more than the tie rule ({@link #tied}) and alignment is higher
     * at the frequent end (slope &lt; 0 for similarities, &gt; 0 for distances), {@code falling}
     * the other way, {@code flat} within the tie rule, {@code undefined} when the line is not finite.
     *
     * @param direction the metric's direction
     * @param intercept the fitted intercept
     * @param slope     the fitted slope on x
     * @param x         the windows' x = f^(−1/2)
     * @return rising, falling, flat or undefined
     */
    public static String trend(Direction direction, double intercept, double slope, double[] x) {
        double low = java.util.Arrays.stream(x).min().orElse(0);
        double high = java.util.Arrays.stream(x).max().orElse(0);
        double atLow = intercept + slope * low;
        double atHigh = intercept + slope * high;
        if (!Double.isFinite(atLow) || !Double.isFinite(atHigh)) {
            return "undefined";
        }
        if (tied(atLow, atHigh)) {
            return "flat";
        }
        boolean up = direction == Direction.LOWER_IS_BETTER ? slope > 0 : slope < 0;
        return up ? "rising" : "falling";
    }
}
