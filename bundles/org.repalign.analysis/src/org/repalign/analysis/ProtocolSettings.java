package org.repalign.analysis;

import org.repalign.compute.metrics.TieRule;

/**
 * How each pair is measured: S subsamples of m rows (the paper: 10 × 1000), P permutations for
 * null distributions, and the k-NN tie rule.
 *
 * @param subsamples    S ≥ 0; 0 measures the whole matrix once
 * @param subsampleSize m ≥ 2; clipped to the number of items when larger
 * @param permutations  P ≥ 0 row permutations for nulls
 * @param ties          tie rule for neighbour metrics
 */
public record ProtocolSettings(int subsamples, int subsampleSize, int permutations, TieRule ties) {

    /** The paper's protocol: 10 subsamples of 1000 rows, 10 permutations, random ties. */
    public static final ProtocolSettings PAPER = new ProtocolSettings(10, 1000, 10, TieRule.RANDOM);

    /** Compact constructor: checks ranges. */
    public ProtocolSettings {
        if (subsamples < 0) {
            throw new IllegalArgumentException("protocol subsamples must be ≥ 0, got " + subsamples);
        }
        if (subsampleSize < 2) {
            throw new IllegalArgumentException("protocol subsample size must be ≥ 2, got " + subsampleSize);
        }
        if (permutations < 0) {
            throw new IllegalArgumentException("protocol permutations must be ≥ 0, got " + permutations);
        }
        if (ties == null) {
            throw new IllegalArgumentException("protocol tie rule must be given");
        }
    }
}
