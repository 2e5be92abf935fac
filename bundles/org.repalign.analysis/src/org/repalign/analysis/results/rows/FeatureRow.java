package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * SAE latent matching of a pair.
 *
 * @param a          first source id
 * @param b          second source id
 * @param kind       {@code weighted} or {@code binary}
 * @param score      matched score
 * @param nullMean   mean of the permutation null
 * @param nullSd     sample standard deviation of the null
 * @param z          (score − nullMean) / nullSd
 * @param matchedSum matched sum
 * @param latentsA   latents of a
 * @param latentsB   latents of b
 */
public record FeatureRow(String a, String b, String kind, double score, double nullMean, double nullSd, double z,
        double matchedSum, int latentsA, int latentsB) {

    /** The table {@code features/rows}. */
    public static final TableSchema<FeatureRow> TABLE = TableSchema.of("rows", FeatureRow.class);
}
