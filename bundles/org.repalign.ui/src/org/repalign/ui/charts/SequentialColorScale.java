package org.repalign.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * A perceptually ordered sequential scale from dark purple through blue and green to yellow,
 * sampled from the viridis colour map at nine evenly spaced stops: yellow is the maximum, or the
 * minimum when the scale is reversed (for metrics where lower is better, so that yellow always
 * means "more aligned").
 *
 * @param min      lowest value
 * @param max      highest value, above {@code min}
 * @param reversed whether the minimum is yellow (lower is better) instead of the maximum
 */
public record SequentialColorScale(double min, double max, boolean reversed) implements ColorScale {

    private static final RGB[] VIRIDIS = { new RGB(68, 1, 84), new RGB(71, 44, 122), new RGB(59, 81, 139),
            new RGB(44, 113, 142), new RGB(33, 144, 141), new RGB(39, 173, 129), new RGB(92, 200, 99),
            new RGB(170, 220, 50), new RGB(253, 231, 37) };

    /**
     * A scale with yellow at the maximum.
     *
     * @param min lowest value
     * @param max highest value, above {@code min}
     */
    public SequentialColorScale(double min, double max) {
        this(min, max, false);
    }

    /** Checks the range. */
    public SequentialColorScale {
        if (!(max > min)) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
    }

    /**
     * @param values values, NaN ignored
     * @return a scale over their range (widened by ±0.5 when all values are equal, [0, 1] when none is defined)
     */
    public static SequentialColorScale spanning(double[][] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new SequentialColorScale(0, 1);
        }
        return lo == hi ? new SequentialColorScale(lo - 0.5, hi + 0.5) : new SequentialColorScale(lo, hi);
    }

    /**
     * @param lowerIsBetter whether yellow should mark the minimum
     * @return this range with yellow at the better end
     */
    public SequentialColorScale betterIsYellow(boolean lowerIsBetter) {
        return new SequentialColorScale(min, max, lowerIsBetter);
    }

    @Override
    public RGB color(double value) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        double t = (value - min) / (max - min);
        return ColorScale.interpolate(VIRIDIS, reversed ? 1 - t : t);
    }

    @Override
    public double top() {
        return reversed ? min : max;
    }

    @Override
    public boolean diverging() {
        return false;
    }
}
