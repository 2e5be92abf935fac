package org.repalign.analysis.modules;

import java.util.Locale;

/** Number formats of the human summaries. */
final class Format {

    private Format() {
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : "n/a";
    }

    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
    }
}
