package org.repalign.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * A diverging scale centred on zero: blue for negative values, {@link #MIDPOINT} (near white)
 * at zero, red for positive values, symmetric over [−limit, limit] so that equal magnitudes
 * get equally strong colours.
 *
 * @param limit the magnitude at which the colours saturate, positive
 */
public record DivergingColorScale(double limit) implements ColorScale {

    /** The colour of zero. */
    public static final RGB MIDPOINT = new RGB(247, 247, 247);

    private static final RGB[] STOPS = { new RGB(33, 102, 172), new RGB(103, 169, 207), new RGB(209, 229, 240),
            MIDPOINT, new RGB(253, 219, 199), new RGB(239, 138, 98), new RGB(178, 24, 43) };

    /** Checks the limit. */
    public DivergingColorScale {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("limit must be positive and finite: " + limit);
        }
    }

    /**
     * @param values values, NaN ignored
     * @return a scale whose limit is the largest magnitude (1 when all are zero or undefined)
     */
    public static DivergingColorScale spanning(double[][] values) {
        double limit = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    limit = Math.max(limit, Math.abs(v));
                }
            }
        }
        return new DivergingColorScale(limit > 0 ? limit : 1);
    }

    @Override
    public double min() {
        return -limit;
    }

    @Override
    public double max() {
        return limit;
    }

    @Override
    public RGB color(double value) {
        return Double.isNaN(value) ? UNDEFINED : ColorScale.interpolate(STOPS, (value + limit) / (2 * limit));
    }

    @Override
    public boolean diverging() {
        return true;
    }
}
