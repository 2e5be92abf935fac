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
 * @param rawLower   lower end of the 95% interval of {@code raw} (subsample interval; NaN when
 *                   undefined, e.g. when the subsamples are the whole data set)
 * @param rawUpper   upper end of that interval
 * @param centeredLower   lower end of the 95% interval of {@code centered}
 * @param centeredUpper   upper end of that interval
 * @param deltaLower lower end of the 95% interval of {@code delta}, from the paired differences on
 *                   the same subsamples
 * @param deltaUpper upper end of that interval
 * @param p          two-sided p-value of the paired difference (NaN when untested)
 * @param q          {@code p} adjusted by Benjamini–Hochberg over the pairs of the metric
 * @param significant whether q ≤ 0.05, or {@code null} when untested
 */
public record BiasRow(String a, String b, String metric, double raw, double centered, double delta, double rawSd,
        double centeredSd, String outcome, double rawLower, double rawUpper, double centeredLower,
        double centeredUpper, double deltaLower, double deltaUpper, double p, double q, Boolean significant) {

    /** The table {@code bias/rows}. */
    public static final TableSchema<BiasRow> TABLE = TableSchema.of("rows", BiasRow.class);
}
