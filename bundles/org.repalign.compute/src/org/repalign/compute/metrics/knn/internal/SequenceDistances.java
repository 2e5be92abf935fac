package org.repalign.compute.metrics.knn.internal;

import org.repalign.compute.parallel.ParallelRanges;

/**
 * Distances between two ordered neighbour lists of equal length: the Levenshtein distance
 * (unit costs, as rapidfuzz and torchaudio compute it in the reference code) by the bit-vector
 * algorithm ({@link BitParallelLevenshtein}), the longest common subsequence by dynamic
 * programming over two rows of the table (O(k²) time, O(k) memory).
 */
public final class SequenceDistances {

    private SequenceDistances() {
    }

    /**
     * The sum over rows of the Levenshtein distance between the two ordered top-k lists (the
     * least number of single-element insertions, deletions and substitutions turning one into
     * the other), rows split over the cores (the integer sum does not depend on the split).
     *
     * @param x the first representation's lists
     * @param y the second representation's lists, same rows
     * @param k list length, at most both lists' depth
     * @return Σᵢ levenshtein(N_X(i), N_Y(i))
     */
    public static long levenshteinTotal(NeighbourLists x, NeighbourLists y, int k) {
        int n = x.rows();
        // the bit-vector algorithm costs about n·k·⌈k/64⌉ word steps: 1,000 rows of k = 100 take a
        // millisecond, less than handing work to other threads is worth
        int parts = (long) n * k * ((k + 63) / 64) < 4_000_000 ? 1 : ParallelRanges.DEFAULT_PARTS;
        long[] totals = new long[parts];
        ParallelRanges.run(parts, (part, all) -> {
            int[] a = new int[k];
            int[] b = new int[k];
            BitParallelLevenshtein levenshtein = new BitParallelLevenshtein();
            long total = 0;
            for (int i = ParallelRanges.split(n, part, all); i < ParallelRanges.split(n, part + 1, all); i++) {
                x.copy(i, k, a);
                y.copy(i, k, b);
                total += levenshtein.distance(a, b, k);
            }
            totals[part] = total;
        });
        long sum = 0;
        for (long total : totals) {
            sum += total;
        }
        return sum;
    }

    /**
     * Length of the longest common subsequence of {@code a[0..k)} and {@code b[0..k)}.
     *
     * @param a        first list
     * @param b        second list
     * @param k        length used of each list
     * @param previous scratch of length ≥ k + 1
     * @param current  scratch of length ≥ k + 1
     * @return the length, 0..k
     */
    public static int longestCommonSubsequence(int[] a, int[] b, int k, int[] previous, int[] current) {
        for (int j = 0; j <= k; j++) {
            previous[j] = 0;
        }
        for (int i = 1; i <= k; i++) {
            current[0] = 0;
            int ai = a[i - 1];
            for (int j = 1; j <= k; j++) {
                current[j] = ai == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[k];
    }
}
