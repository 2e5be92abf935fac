package org.repalign.compute.sae.internal;

import org.repalign.compute.stats.SplitMix64;

/**
 * The SplitMix64 stream of {@link SplitMix64}, with its 64-bit state readable and settable so
 * that a training run can be snapshotted and resumed exactly. {@code nextInt} and
 * {@code nextDouble} follow the same rules as {@link SplitMix64}, so a generator created with
 * state {@code s} draws the same numbers as {@code new SplitMix64(s)}.
 */
public final class SeededRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long TWO_TO_32 = 1L << 32;

    private long state;

    /** @param state the initial state (the seed) */
    public SeededRandom(long state) {
        this.state = state;
    }

    /** @return the current state */
    public long state() {
        return state;
    }

    /** @return the next 64 bits */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return SplitMix64.mix(state);
    }

    /**
     * @param bound exclusive bound, positive
     * @return a uniform integer in {@code [0, bound)}, unbiased by rejection
     */
    public int nextInt(int bound) {
        long limit = TWO_TO_32 - (TWO_TO_32 % bound);
        while (true) {
            long u = nextLong() >>> 32;
            if (u < limit) {
                return (int) (u % bound);
            }
        }
    }

    /** @return a uniform double in {@code [0, 1)} */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * @param bound half-width
     * @return a uniform float in {@code [-bound, bound)}
     */
    public float uniform(double bound) {
        return (float) ((2 * nextDouble() - 1) * bound);
    }
}
