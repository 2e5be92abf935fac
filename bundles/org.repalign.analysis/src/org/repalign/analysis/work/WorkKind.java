package org.repalign.analysis.work;

import java.util.Locale;

/**
 * What a {@link WorkUnit} computes, and which of its coordinates is its stream index (the number
 * added to the plan seed, {@link WorkUnit#seed(long)}).
 */
public enum WorkKind {

    /**
     * Every metric on one row subset (index: the subsample) of one pair in one representation;
     * the pair's subsets are drawn in turn from one stream seeded with
     * {@code plan seed + pair index}, so subset s is the s-th draw, never a seed of its own.
     * Stream index: the pair.
     */
    PAIR_EVALUATION,

    /**
     * The sparse autoencoder of one source (trained with seed {@code plan seed + source index}, or
     * loaded), its codes and truncation. Stream index: the source.
     */
    SAE,

    /**
     * One permutation-null draw of a feature matching: draw t is the t-th row permutation of the
     * stream seeded with {@code plan seed + pair index} (the same permutations for weighted and
     * binary codes). The local runner runs a pair's draws inside its {@link #MATCHING_PAIR} unit,
     * where they share one affinity array of m₁·m₂ doubles. Stream index: the pair.
     */
    NULL_DRAW,

    /**
     * The latent matching of one pair's SAE codes (representation: {@code weighted} or
     * {@code binary}) with its permutation nulls, seed {@code plan seed + pair index}. Stream
     * index: the pair.
     */
    MATCHING_PAIR,

    /**
     * The attribute probes of one source and attribute (index: the attribute), dense and sparse,
     * on the stratified folds seeded with {@code plan seed + attribute index} (the same folds for
     * every source and representation). Stream index: the attribute. The local runner runs all
     * attributes of a source in one unit (index {@link WorkUnit#ALL}), where their dense fits
     * share their matrix products; each attribute keeps its own stream.
     */
    PROBE_FOLDS,

    /**
     * Every metric on all rows of one frequency window (index: the window) of one pair; nothing is
     * drawn (the metric contexts get the plan seed, as everywhere). Stream index: the pair.
     */
    FREQUENCY_WINDOW,

    /**
     * Every metric on one cell of one pair's layer grid (index: {@code a · L_B + b} for layer a of
     * the first source and layer b of the second), with the cell's permutation null when asked
     * for: the cell's subsets are the pair's subsets (drawn from {@code plan seed + pair index},
     * the same for every cell) and permutation p is the p-th shuffle of the stream seeded with
     * SplitMix64({@code plan seed + pair index}) in every cell, so that the grid's null of the best
     * value compares cells on the same row orders. Stream index: the pair.
     */
    LAYER_CELL,

    /**
     * The row-permutation null of one subsample (index) of one pair's value in one
     * representation: P shuffles of the second source's rows within the subsample, every metric
     * on each. Shuffle p of subsample s draws from SplitMix64 seeded with
     * {@code mix(mix(base + s) + p)}, base = {@code mix(plan seed + pair index)}
     * ({@link org.repalign.compute.protocol.ProtocolNull}). Stream index: the pair.
     */
    VALUE_NULL;

    /** @return the kind's id in reports, e.g. {@code pair_evaluation} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param unit a unit of this kind
     * @return the coordinate added to the plan seed: the attribute (index) for
     *         {@link #PROBE_FOLDS}, the pair or source (subject) for every other kind
     */
    long streamIndex(WorkUnit unit) {
        return this == PROBE_FOLDS ? unit.index() : unit.subject();
    }
}
