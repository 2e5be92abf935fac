package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One value of the run against its row-permutation null: a pair, a metric, a representation,
 * the value (mean over subsamples) and the null of that mean, every subsample's rows of the
 * second source shuffled P times (the {@code nulls} analysis).
 *
 * @param a              first source id (experiment order)
 * @param b              second source id
 * @param metric         metric key
 * @param representation {@code raw}, {@code centered}, {@code sparse}, …
 * @param value          the observed value, mean over subsamples
 * @param nullMean       mean of the P null values
 * @param nullSd         their standard deviation (n − 1 denominator)
 * @param z              (value − null mean) / null sd, sign as the value's (NaN when the sd is 0)
 * @param p              (1 + #{null at least as good as the value}) / (P′ + 1): never below
 *                       1/(P′ + 1), P′ the defined null values (Phipson and Smyth 2010)
 * @param q              {@code p} adjusted by Benjamini–Hochberg over the pairs of the metric and
 *                       representation
 * @param calibrated     (value − null mean) / (ideal − null mean): 0 at chance, 1 at the metric's
 *                       perfect value (1 for similarities, 0 for distances); NaN when the metric
 *                       has no ideal value
 * @param permutations   P′, the defined null values
 */
public record NullRow(String a, String b, String metric, String representation, double value, double nullMean,
        double nullSd, double z, double p, double q, double calibrated, int permutations) {

    /** The table {@code nulls/values}. */
    public static final TableSchema<NullRow> TABLE = TableSchema.of("values", NullRow.class);
}
