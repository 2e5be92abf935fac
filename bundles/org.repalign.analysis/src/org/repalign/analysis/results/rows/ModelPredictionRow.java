package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One pair and metric: the alignment observed on the sources against the alignment of their
 * synthetic twins, generated from each source's fit (the {@code model} analysis).
 *
 * @param a              first source id
 * @param b              second source id
 * @param metric         metric key
 * @param representation {@code raw}, {@code centered}, or {@code centered-raw} for the centering
 *                       gain (sign-corrected for distances: positive when centering helps)
 * @param observed       the value on the sources (mean over subsamples)
 * @param predicted      the value on the twins, same protocol and subsets
 */
public record ModelPredictionRow(String a, String b, String metric, String representation, double observed,
        double predicted) {

    /** The table {@code model/predictions}. */
    public static final TableSchema<ModelPredictionRow> TABLE = TableSchema.of("predictions", ModelPredictionRow.class);
}
