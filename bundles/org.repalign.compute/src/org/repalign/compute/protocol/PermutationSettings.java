package org.repalign.compute.protocol;

import java.util.Objects;
import java.util.OptionalDouble;

import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.stats.SplitMix64;

/**
 * How a permutation null is drawn.
 *
 * @param permutations    P ≥ 0, the number of row shuffles
 * @param permutationSeed seed of the shuffle stream (see {@link PermutationNull})
 * @param metricSeed      seed of every metric context
 * @param ties            tie rule handed to the metric
 * @param ckaEpsilon      the reference CKA clamp, when asked for
 */
public record PermutationSettings(int permutations, long permutationSeed, long metricSeed, TieRule ties,
        OptionalDouble ckaEpsilon) {

    /**
     * Compact constructor.
     *
     * @throws IllegalArgumentException when permutations &lt; 0
     */
    public PermutationSettings {
        if (permutations < 0) {
            throw new IllegalArgumentException("permutations must be ≥ 0, got " + permutations);
        }
        Objects.requireNonNull(ties, "ties");
        Objects.requireNonNull(ckaEpsilon, "ckaEpsilon");
    }

    /**
     * Settings derived from a pair's protocol: the shuffle stream is seeded with
     * {@link SplitMix64#mix}{@code (seed + pairIndex)}, so that it differs between pairs and is
     * not the stream the subsamples were drawn from; metrics get {@code seed}, as in
     * {@link PairEvaluator}.
     *
     * @param protocol     the pair's protocol
     * @param permutations P
     * @return the settings
     */
    public static PermutationSettings forPair(EvaluationProtocol protocol, int permutations) {
        return new PermutationSettings(permutations, SplitMix64.mix(protocol.subsampleSeed()), protocol.seed(),
                protocol.ties(), protocol.ckaEpsilon());
    }
}
