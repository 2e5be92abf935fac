package org.repalign.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round tick values for a linear axis (steps of 1, 2 or 5 times a power of ten) and their labels,
 * written with as many decimals as the step needs.
 */
final class AxisTicks {

    private AxisTicks() {
    }

    /**
     * @param lower    lower end of the axis
     * @param upper    upper end
     * @param maxTicks the most ticks wanted (at least 2)
     * @return the tick step
     */
    static double step(double lower, double upper, int maxTicks) {
        double span = upper - lower;
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, maxTicks - 1);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * @param lower    lower end of the axis
     * @param upper    upper end
     * @param maxTicks the most ticks wanted
     * @return the multiples of {@link #step} within [lower, upper]
     */
    static List<Double> values(double lower, double upper, int maxTicks) {
        double step = step(lower, upper, maxTicks);
        List<Double> ticks = new ArrayList<>();
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            return ticks;
        }
        double first = Math.ceil(lower / step - 1e-9) * step;
        for (double v = first; v <= upper + step * 1e-9 && ticks.size() <= maxTicks * 3; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /**
     * @param value a tick value
     * @param step  the tick step
     * @return the label: fixed decimals enough for the step, or scientific for very large or
     *         small values
     */
    static String label(double value, double step) {
        if (value != 0 && (Math.abs(value) >= 1e6 || Math.abs(step) < 1e-5)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        int decimals = Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9)));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
