package org.repalign.compute.metrics.knn.internal;

import org.repalign.compute.parallel.ParallelRanges;

/**
 * Top-K neighbour lists from a full inner-product matrix by selection instead of heaps: for each
 * row the other rows' scores are partitioned around the K-th best (quickselect) and only those
 * K are sorted. The order is the search's total order (score descending, then tie key
 * ascending), so the lists equal the heap-based search's.
 */
final class GramRowSelection {

    private GramRowSelection() {
    }

    static NeighbourLists select(double[] gram, int n, int maxK, int[] tieKeys) {
        int depth = Math.min(maxK + 1, n - 1);
        int[] index = new int[n * depth];
        double[] score = new double[n * depth];
        int parts = (long) n * n < 65536 ? 1 : ParallelRanges.DEFAULT_PARTS;
        ParallelRanges.run(parts, (part, all) -> {
            int[] candidates = new int[n - 1];
            double[] scores = new double[n - 1];
            for (int row = ParallelRanges.split(n, part, all); row < ParallelRanges.split(n, part + 1, all); row++) {
                int count = 0;
                int base = row * n;
                for (int j = 0; j < n; j++) {
                    if (j != row) {
                        candidates[count] = j;
                        scores[count] = gram[base + j];
                        count++;
                    }
                }
                selectBest(candidates, scores, count, depth, tieKeys);
                sortBest(candidates, scores, depth, tieKeys);
                System.arraycopy(candidates, 0, index, row * depth, depth);
                System.arraycopy(scores, 0, score, row * depth, depth);
            }
        });
        return new NeighbourLists(n, maxK, depth, index, score, 0);
    }

    private static boolean better(double sa, int ca, double sb, int cb, int[] keys) {
        return sa > sb || (sa == sb && keys[ca] < keys[cb]);
    }

    /** Moves the {@code k} best of the first {@code count} candidates to the front (any order). */
    private static void selectBest(int[] index, double[] score, int count, int k, int[] keys) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            // median of three as the pivot, moved to high
            if (better(score[middle], index[middle], score[low], index[low], keys)) {
                swap(index, score, middle, low);
            }
            if (better(score[high], index[high], score[low], index[low], keys)) {
                swap(index, score, high, low);
            }
            if (better(score[middle], index[middle], score[high], index[high], keys)) {
                swap(index, score, middle, high);
            }
            double pivotScore = score[high];
            int pivotIndex = index[high];
            int store = low;
            for (int i = low; i < high; i++) {
                if (better(score[i], index[i], pivotScore, pivotIndex, keys)) {
                    swap(index, score, i, store++);
                }
            }
            swap(index, score, store, high);
            if (store == k - 1 || store == k) {
                return;
            }
            if (store > k) {
                high = store - 1;
            } else {
                low = store + 1;
            }
        }
    }

    /** Insertion sort of the first {@code k} candidates into the total order. */
    private static void sortBest(int[] index, double[] score, int k, int[] keys) {
        for (int i = 1; i < k; i++) {
            int column = index[i];
            double s = score[i];
            int j = i - 1;
            while (j >= 0 && better(s, column, score[j], index[j], keys)) {
                index[j + 1] = index[j];
                score[j + 1] = score[j];
                j--;
            }
            index[j + 1] = column;
            score[j + 1] = s;
        }
    }

    private static void swap(int[] index, double[] score, int a, int b) {
        int i = index[a];
        index[a] = index[b];
        index[b] = i;
        double s = score[a];
        score[a] = score[b];
        score[b] = s;
    }
}
