package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * Alignment of a pair on one frequency window.
 *
 * @param a             first source id
 * @param b             second source id
 * @param metric        metric key
 * @param windowStart   first position of the window in frequency order (0-based)
 * @param windowEnd     end position (exclusive)
 * @param meanFrequency mean frequency of the window's items
 * @param value         the metric on the window
 */
public record NoiseRow(String a, String b, String metric, int windowStart, int windowEnd, double meanFrequency,
        double value) {

    /** The table {@code noise/rows}. */
    public static final TableSchema<NoiseRow> TABLE = TableSchema.of("rows", NoiseRow.class);
}
