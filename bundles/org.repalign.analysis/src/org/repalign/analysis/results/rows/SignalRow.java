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
 */
public record SignalRow(String a, String b, String metric, double dense, double sparse, double delta,
        double denseSd, double sparseSd, String outcome) {

    /** The table {@code signal/rows}. */
    public static final TableSchema<SignalRow> TABLE = TableSchema.of("rows", SignalRow.class);
}
