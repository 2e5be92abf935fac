package org.repalign.compute.metrics.knn.internal;

import org.repalign.compute.parallel.ParallelRanges;

/**
 * Distances between two ordered neighbour lists of equal length, by dynamic programming over two
 * rows of the table (O(k²) time, O(k) memory).
 */
public final class SequenceDistances {

    private SequenceDistances() {
    }

    /**
     * Levenshtein distance: the least number of single-element insertions, deletions and
     * substitutions turning {@code a[0..k)} into {@code b[0..k)} (unit costs, as rapidfuzz and
     * torchaudio compute it in the reference code).
     *
     * @param a        first list
     * @param b        second list
     * @param k        length used of each list
     * @param previous scratch of length ≥ k + 1
     * @param current  scratch of length ≥ k + 1
     * @return the distance, 0..k
     */
    public static int levenshtein(int[] a, int[] b, int k, int[] previous, int[] current) {
        if (!shareAnElement(a, b, k, previous, current)) {
            // k substitutions suffice, and every edit script of two equal-length lists without a
            // common element needs at least k operations: no table needed
            return k;
        }
        for (int j = 0; j <= k; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= k; i++) {
            current[0] = i;
            int ai = a[i - 1];
            for (int j = 1; j <= k; j++) {
                int substitute = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
                int delete = previous[j] + 1;
                int insert = current[j - 1] + 1;
                current[j] = Math.min(substitute, Math.min(delete, insert));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[k];
    }

    /**
     * The sum over rows of the Levenshtein distance between the two ordered top-k lists, rows
     * split over the cores (the integer sum does not depend on the split).
     *
     * @param x the first representation's lists
     * @param y the second representation's lists, same rows
     * @param k list length, at most both lists' depth
     * @return Σᵢ levenshtein(N_X(i), N_Y(i))
     */
    public static long levenshteinTotal(NeighbourLists x, NeighbourLists y, int k) {
        int n = x.rows();
        int parts = (long) n * k * k < 200_000 ? 1 : ParallelRanges.DEFAULT_PARTS;
        long[] totals = new long[parts];
        ParallelRanges.run(parts, (part, all) -> {
            int[] a = new int[k];
            int[] b = new int[k];
            int[] previous = new int[k + 1];
            int[] current = new int[k + 1];
            long total = 0;
            for (int i = ParallelRanges.split(n, part, all); i < ParallelRanges.split(n, part + 1, all); i++) {
                x.copy(i, k, a);
                y.copy(i, k, b);
                total += levenshtein(a, b, k, previous, current);
            }
            totals[part] = total;
        });
        long sum = 0;
        for (long total : totals) {
            sum += total;
        }
        return sum;
    }

    /** Whether {@code a[0..k)} and {@code b[0..k)} have an element in common (sorted copies in the scratch). */
    private static boolean shareAnElement(int[] a, int[] b, int k, int[] sortedA, int[] sortedB) {
        System.arraycopy(a, 0, sortedA, 0, k);
        System.arraycopy(b, 0, sortedB, 0, k);
        java.util.Arrays.sort(sortedA, 0, k);
        java.util.Arrays.sort(sortedB, 0, k);
        int p = 0;
        int q = 0;
        while (p < k && q < k) {
            if (sortedA[p] == sortedB[q]) {
                return true;
            }
            if (sortedA[p] < sortedB[q]) {
                p++;
            } else {
                q++;
            }
        }
        return false;
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
