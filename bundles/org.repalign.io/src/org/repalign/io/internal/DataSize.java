package org.repalign.io.internal;

import java.util.Locale;

/** Formats byte counts for messages: {@code 3072000 bytes}, {@code 6.1 TB}. */
public final class DataSize {

    private static final String[] UNITS = { "kB", "MB", "GB", "TB", "PB", "EB" };

    private DataSize() {
    }

    /**
     * @param bytes a byte count, may be beyond {@code long} as a double
     * @return a short decimal rendering with a unit
     */
    public static String format(double bytes) {
        if (bytes < 1000) {
            return (long) bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
