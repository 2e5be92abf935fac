package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * An attribute probe on one source and representation.
 *
 * @param source           source id
 * @param representation   {@code dense} or {@code sparse}
 * @param attribute        attribute name
 * @param accuracy         out-of-fold accuracy
 * @param balancedAccuracy out-of-fold balanced accuracy
 * @param auroc            out-of-fold AUROC
 * @param baseline         majority-class accuracy
 * @param bestLatent       index of the best single latent, −1 when undefined
 * @param bestLatentAuroc  its AUROC
 * @param positives        positive items
 * @param intercept        probe intercept
 */
public record ProbeRow(String source, String representation, String attribute, double accuracy,
        double balancedAccuracy, double auroc, double baseline, int bestLatent, double bestLatentAuroc, int positives,
        double intercept) {

    /** The table {@code probes/rows}. */
    public static final TableSchema<ProbeRow> TABLE = TableSchema.of("rows", ProbeRow.class);
}
