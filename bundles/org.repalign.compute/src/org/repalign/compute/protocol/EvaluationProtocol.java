package org.repalign.compute.protocol;

import java.util.Objects;
import java.util.OptionalDouble;

import org.repalign.compute.metrics.TieRule;

/**
 * How one pair of representations is measured.
 *
 * @param subsamples    S, the number of row subsamples; 0 means the whole matrix once
 * @param subsampleSize m, rows per subsample; ignored when S = 0, otherwise in [2, n], and
 *                      m = n means the whole matrix once
 * @param seed          the user's seed; subsamples are drawn from {@code seed + pairIndex} and
 *                      every metric context gets {@code seed} itself
 * @param pairIndex     the stable index of the pair ({@link SourcePairs}), ≥ 0
 * @param ties          tie rule handed to the metrics
 * @param ckaEpsilon    the reference CKA denominator clamp, when asked for
 */
public record EvaluationProtocol(int subsamples, int subsampleSize, long seed, int pairIndex, TieRule ties,
        OptionalDouble ckaEpsilon) {

    /** The paper's subsampling: 10 subsamples of 1000 rows, seed 12345. */
    public static final int PAPER_SUBSAMPLES = 10;
    /** Rows per subsample in the paper. */
    public static final int PAPER_SUBSAMPLE_SIZE = 1000;
    /** Base seed in the paper. */
    public static final long PAPER_SEED = 12345L;

    /**
     * Compact constructor: checks the arguments that do not depend on the data.
     *
     * @throws IllegalArgumentException naming the parameter
     */
    public EvaluationProtocol {
        if (subsamples < 0) {
            throw new IllegalArgumentException("subsamples must be ≥ 0, got " + subsamples);
        }
        if (pairIndex < 0) {
            throw new IllegalArgumentException("pairIndex must be ≥ 0, got " + pairIndex);
        }
        Objects.requireNonNull(ties, "ties");
        Objects.requireNonNull(ckaEpsilon, "ckaEpsilon");
        if (ckaEpsilon.isPresent() && !(ckaEpsilon.getAsDouble() > 0)) {
            throw new IllegalArgumentException("ckaEpsilon must be > 0 when given, got " + ckaEpsilon.getAsDouble());
        }
    }

    /**
     * @param pairIndex the pair's index
     * @return the paper's protocol (10 × 1000 rows, seed 12345) with random tie-breaking and no
     *         CKA clamp, RepAlign's defaults
     */
    public static EvaluationProtocol paper(int pairIndex) {
        return new EvaluationProtocol(PAPER_SUBSAMPLES, PAPER_SUBSAMPLE_SIZE, PAPER_SEED, pairIndex, TieRule.RANDOM,
                OptionalDouble.empty());
    }

    /**
     * @param index another pair index
     * @return this protocol for that pair
     */
    public EvaluationProtocol forPair(int index) {
        return new EvaluationProtocol(subsamples, subsampleSize, seed, index, ties, ckaEpsilon);
    }

    /** @return {@code seed + pairIndex}, the seed of this pair's subsample stream */
    public long subsampleSeed() {
        return seed + pairIndex;
    }
}
