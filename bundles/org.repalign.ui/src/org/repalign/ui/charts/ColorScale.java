package org.repalign.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * Maps values to colours over a closed range. Undefined values (NaN) get {@link #UNDEFINED}.
 */
public interface ColorScale {

    /** Colour of undefined values. */
    RGB UNDEFINED = new RGB(200, 200, 200);

    /** @return the lowest value of the range */
    double min();

    /** @return the highest value of the range */
    double max();

    /**
     * @param value a value; values outside the range are clamped, NaN is {@link #UNDEFINED}
     * @return its colour
     */
    RGB color(double value);

    /** @return whether the scale is diverging around a midpoint (zero), which the legend then labels */
    boolean diverging();

    /**
     * @return the value drawn at the top of the legend: the end that means "better" (more
     *         aligned); {@link #max()} unless the scale is reversed
     */
    default double top() {
        return max();
    }

    /** @return the value drawn at the bottom of the legend, the other end of {@link #top()} */
    default double bottom() {
        return top() == max() ? min() : max();
    }

    /**
     * Linear interpolation between colour stops, evenly spaced over [0, 1].
     *
     * @param stops colour stops, at least two
     * @param t     position in [0, 1]
     * @return the colour at t
     */
    static RGB interpolate(RGB[] stops, double t) {
        double clamped = Math.max(0, Math.min(1, t));
        double x = clamped * (stops.length - 1);
        int i = Math.min((int) Math.floor(x), stops.length - 2);
        double f = x - i;
        RGB a = stops[i];
        RGB b = stops[i + 1];
        return new RGB((int) Math.round(a.red + f * (b.red - a.red)), (int) Math.round(a.green + f * (b.green - a.green)),
                (int) Math.round(a.blue + f * (b.blue - a.blue)));
    }
}
