package org.repalign.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * A perceptually ordered sequential scale from dark purple (min) through blue and green to
 * yellow (max), sampled from the viridis colour map at nine evenly spaced stops.
 *
 * @param min lowest value
 * @param max highest value, above {@code min}
 */
public record SequentialColorScale(double min, double max) implements ColorScale {

    private static final RGB[] VIRIDIS = { new RGB(68, 1, 84), new RGB(71, 44, 122), new RGB(59, 81, 139),
            new RGB(44, 113, 142), new RGB(33, 144, 141), new RGB(39, 173, 129), new RGB(92, 200, 99),
            new RGB(170, 220, 50), new RGB(253, 231, 37) };

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

    @Override
    public RGB color(double value) {
        return Double.isNaN(value) ? UNDEFINED : ColorScale.interpolate(VIRIDIS, (value - min) / (max - min));
    }

    @Override
    public boolean diverging() {
        return false;
    }
}
