package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One draw of a pair's feature-matching permutation null ({@code features-null.csv}, not in
 * {@code report.json}).
 *
 * @param a     first source id
 * @param b     second source id
 * @param kind  {@code weighted} or {@code binary}
 * @param draw  the permutation's index, 0-based, in draw order
 * @param score the matched score with the rows of b's codes permuted
 */
public record FeatureNullScore(String a, String b, String kind, int draw, double score) {

    /** The file-only table {@code features/null}. */
    public static final TableSchema<FeatureNullScore> TABLE = TableSchema.fileOnly("null", FeatureNullScore.class);
}
