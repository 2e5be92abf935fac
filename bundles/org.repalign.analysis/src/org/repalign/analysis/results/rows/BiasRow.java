package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One pair and metric of the bias analysis: the metric on raw and on centered rows.
 *
 * @param a          first source id (experiment order)
 * @param b          second source id
 * @param metric     metric key
 * @param raw        mean over subsamples on raw rows
 * @param centered   mean over subsamples on centered rows
 * @param delta      centered over raw, sign-corrected for distances (positive: centering helps)
 * @param rawSd      standard deviation of {@code raw} over subsamples
 * @param centeredSd standard deviation of {@code centered} over subsamples
 * @param outcome    {@code better}, {@code tied}, {@code worse} or {@code undefined}
 */
public record BiasRow(String a, String b, String metric, double raw, double centered, double delta, double rawSd,
        double centeredSd, String outcome) {

    /** The table {@code bias/rows}. */
    public static final TableSchema<BiasRow> TABLE = TableSchema.of("rows", BiasRow.class);
}
