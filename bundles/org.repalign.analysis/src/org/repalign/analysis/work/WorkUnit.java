package org.repalign.analysis.work;

import java.util.Objects;

/**
 * The identity of one unit of a run's work, by ids and indices only: an executor elsewhere can
 * rebuild the unit's inputs from the run's plan and these coordinates.
 *
 * <p><b>Seed rule.</b> A unit's seed is {@code plan seed + stream index}
 * ({@link #seed(long)}), where the stream index is the pair index for pair evaluations, null
 * draws, matching pairs, frequency windows and layer cells, the source index for SAEs, and the
 * attribute index for probe folds ({@link WorkKind}). The unit's own position inside that stream
 * (subset, draw, cell) is never added to the seed: subsets and null draws are consecutive draws of one stream.
 * Metric contexts get the plan seed itself, for every kind. This reproduces the seeds of every
 * earlier release, and it depends neither on the executor, nor on the order units run in, nor
 * on retries.
 *
 * @param kind           what the unit computes
 * @param analysis       the analysis it belongs to, or {@link #SHARED} for the run's cached
 *                       state (pair evaluations by representation, SAEs) that several analyses use
 * @param subject        the pair index ({@code SourcePairs} order) or source index, ≥ 0
 * @param representation a preprocessing id, {@code sparse}, a code kind ({@code weighted},
 *                       {@code binary}) or empty when the kind has none
 * @param index          the subset, draw, attribute or window; {@link #ALL} when the unit covers
 *                       all of them
 */
public record WorkUnit(WorkKind kind, String analysis, int subject, String representation, int index) {

    /** The analysis coordinate of the run's shared, cached units. */
    public static final String SHARED = "shared";

    /** The seed rule of {@link #seed(long)} in words, as a run's report states it. */
    public static final String SEED_RULE = "plan seed + stream index: the pair index for pair evaluations,"
            + " null draws, matching pairs, frequency windows and layer cells, the source index for SAEs, the attribute index"
            + " for probe folds; subsets and null draws are consecutive draws of their pair's stream;"
            + " metric contexts get the plan seed";

    /** The index of a unit that covers every subset (or draw) of its subject. */
    public static final int ALL = -1;

    /**
     * @throws IllegalArgumentException when a coordinate is negative
     * @throws NullPointerException     when kind, analysis or representation is null
     */
    public WorkUnit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(representation, "representation");
        if (subject < 0) {
            throw new IllegalArgumentException("subject must be ≥ 0, got " + subject);
        }
        if (index < ALL) {
            throw new IllegalArgumentException("index must be ≥ 0 or ALL, got " + index);
        }
    }

    /**
     * @param pair           pair index
     * @param representation a preprocessing id or {@code sparse}
     * @param subset         the subsample (0 when the pair is measured on all rows once)
     * @return the shared evaluation of every metric on that subsample of that pair in that
     *         representation
     */
    public static WorkUnit pairEvaluation(int pair, String representation, int subset) {
        return new WorkUnit(WorkKind.PAIR_EVALUATION, SHARED, pair, representation, subset);
    }

    /**
     * @param source source index
     * @return the shared SAE of that source
     */
    public static WorkUnit sae(int source) {
        return new WorkUnit(WorkKind.SAE, SHARED, source, "", ALL);
    }

    /**
     * @param analysis the analysis
     * @param pair     pair index
     * @param kind     {@code weighted} or {@code binary}
     * @return the matching of that pair's codes with its nulls
     */
    public static WorkUnit matchingPair(String analysis, int pair, String kind) {
        return new WorkUnit(WorkKind.MATCHING_PAIR, analysis, pair, kind, ALL);
    }

    /**
     * @param analysis the analysis
     * @param pair     pair index
     * @param kind     {@code weighted} or {@code binary}
     * @param draw     the draw, 0-based
     * @return one null draw of that pair's matching
     */
    public static WorkUnit nullDraw(String analysis, int pair, String kind, int draw) {
        return new WorkUnit(WorkKind.NULL_DRAW, analysis, pair, kind, draw);
    }

    /**
     * @param analysis  the analysis
     * @param source    source index
     * @param attribute attribute index (attributes file order)
     * @return the probes of that attribute on that source
     */
    public static WorkUnit probeFolds(String analysis, int source, int attribute) {
        return new WorkUnit(WorkKind.PROBE_FOLDS, analysis, source, "", attribute);
    }

    /**
     * @param analysis       the analysis
     * @param pair           pair index
     * @param representation the preprocessing id
     * @param window         window index
     * @return every metric on that window of that pair
     */
    public static WorkUnit frequencyWindow(String analysis, int pair, String representation, int window) {
        return new WorkUnit(WorkKind.FREQUENCY_WINDOW, analysis, pair, representation, window);
    }

    /**
     * @param analysis       the analysis
     * @param pair           pair index
     * @param representation the preprocessing id
     * @param cell           {@code a · L_B + b}: layer a of the pair's first source, layer b of its
     *                       second, L_B the second's layer count
     * @return every metric (and its permutation null) on that cell of that pair's layer grid
     */
    public static WorkUnit layerCell(String analysis, int pair, String representation, int cell) {
        return new WorkUnit(WorkKind.LAYER_CELL, analysis, pair, representation, cell);
    }

    /**
     * @param analysis       the analysis
     * @param pair           pair index
     * @param representation a preprocessing id or {@code sparse}
     * @param subsample      the subsample whose rows are shuffled
     * @return the permutation null of that subsample of the pair's value
     */
    public static WorkUnit valueNull(String analysis, int pair, String representation, int subsample) {
        return new WorkUnit(WorkKind.VALUE_NULL, analysis, pair, representation, subsample);
    }

    /**
     * The seed of this unit's random stream, by the rule in the class comment.
     *
     * @param planSeed the plan's seed
     * @return {@code planSeed + stream index}
     */
    public long seed(long planSeed) {
        return planSeed + kind.streamIndex(this);
    }

    /** @return e.g. {@code pair_evaluation features pair 3 (centered) #2}, for messages and logs */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind.id()).append(' ').append(analysis).append(' ')
                .append(kind == WorkKind.SAE || kind == WorkKind.PROBE_FOLDS ? "source " : "pair ").append(subject);
        if (!representation.isEmpty()) {
            text.append(" (").append(representation).append(')');
        }
        if (index != ALL) {
            text.append(" #").append(index);
        }
        return text.toString();
    }
}
