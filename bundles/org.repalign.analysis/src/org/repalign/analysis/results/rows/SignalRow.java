package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One pair and metric of the signal analysis: the metric on dense rows and on sparse SAE codes.
 *
 * @param a        first source id (experiment order)
 * @param b        second source id
 * @param metric   metric key
 * @param dense    mean over subsamples on the dense rows
 * @param sparse   mean over subsamples on the truncated SAE codes
 * @param delta    sparse over dense, sign-corrected for distances (positive: sparse aligns more)
 * @param denseSd  standard deviation of {@code dense} over subsamples
 * @param sparseSd standard deviation of {@code sparse} over subsamples
 * @param outcome  {@code better}, {@code tied}, {@code worse} or {@code undefined}
 * @param denseLower   lower end of the 95% interval of {@code dense} (subsample interval; NaN when
 *                   undefined, e.g. when the subsamples are the whole data set)
 * @param denseUpper   upper end of that interval
 * @param sparseLower   lower end of the 95% interval of {@code sparse}
 * @param sparseUpper   upper end of that interval
 * @param deltaLower lower end of the 95% interval of {@code delta}, from the paired differences on
 *                   the same subsamples
 * @param deltaUpper upper end of that interval
 * @param p          two-sided p-value of the paired difference (NaN when untested)
 * @param q          {@code p} adjusted by Benjamini–Hochberg over the pairs of the metric
 * @param significant whether q ≤ 0.05, or {@code null} when untested
 */
public record SignalRow(String a, String b, String metric, double dense, double sparse, double delta,
        double denseSd, double sparseSd, String outcome, double denseLower, double denseUpper, double sparseLower,
        double sparseUpper, double deltaLower, double deltaUpper, double p, double q, Boolean significant) {

    /** The table {@code signal/rows}. */
    public static final TableSchema<SignalRow> TABLE = TableSchema.of("rows", SignalRow.class);
}
