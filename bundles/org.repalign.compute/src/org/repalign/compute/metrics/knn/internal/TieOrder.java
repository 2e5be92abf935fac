package org.repalign.compute.metrics.knn.internal;

import java.util.SplittableRandom;

import org.repalign.compute.metrics.TieRule;

/**
 * The tie-break keys of one representation's neighbour search. Candidates are ordered by score,
 * descending, then by key, ascending; keys are a permutation of {@code 0..n-1}, so this order is
 * total and the top-k list of every row is unique.
 *
 * <ul>
 * <li>{@link TieRule#INDEX}: key = row index, so the lower row index wins a tie.</li>
 * <li>{@link TieRule#RANDOM}: key = position of the row in a seeded random permutation
 * (Fisher–Yates), drawn from a stream that depends on the seed and on the side (X or Y), so the
 * two representations of a pair break ties independently.</li>
 * </ul>
 */
public final class TieOrder {

    /** Which representation of a pair the keys are for. */
    public enum Side {
        /** The first representation. */
        X(0x243F6A8885A308D3L),
        /** The second representation. */
        Y(0x13198A2E03707344L);

        private final long salt;

        Side(long salt) {
            this.salt = salt;
        }
    }

    private TieOrder() {
    }

    /**
     * @param n    number of rows
     * @param rule the tie rule
     * @param seed the pair's seed
     * @param side the representation
     * @return {@code n} distinct keys in {@code 0..n-1}; a lower key wins a tie
     */
    public static int[] keys(int n, TieRule rule, long seed, Side side) {
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = i;
        }
        if (rule == TieRule.INDEX) {
            return keys;
        }
        SplittableRandom random = new SplittableRandom(mix(seed ^ side.salt));
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = keys[i];
            keys[i] = keys[j];
            keys[j] = swap;
        }
        return keys;
    }

    /** The 64-bit finalizer of MurmurHash3, so that nearby seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
