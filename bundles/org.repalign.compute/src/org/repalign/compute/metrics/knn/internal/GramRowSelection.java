package org.repalign.compute.metrics.knn.internal;

import org.repalign.compute.parallel.ParallelRanges;

/**
 * Top-K neighbour lists from a full inner-product matrix by selection instead of heaps. For each
 * row: the value t of the K-th best score is found by a quickselect on a copy of the scores
 * alone; the rows scoring above t are taken, the rows scoring exactly t fill the remaining places
 * in tie-key order, and only those K are sorted. The order is the search's total order (score
 * descending, then tie key ascending; +0 and −0 are the same score), so the lists equal the
 * heap-based search's.
 */
final class GramRowSelection {

    /** Rows of at least this many scores are prefiltered through a sampled threshold. */
    private static final int PREFILTER_MIN_COUNT = 512;
    /** How many scores the threshold is estimated from. */
    private static final int PREFILTER_SAMPLE = 128;

    private GramRowSelection() {
    }

    static NeighbourLists select(double[] gram, int n, int maxK, int[] tieKeys) {
        int depth = Math.min(maxK + 1, n - 1);
        int[] index = new int[n * depth];
        double[] score = new double[n * depth];
        int parts = (long) n * n < 65536 ? 1 : ParallelRanges.DEFAULT_PARTS;
        ParallelRanges.run(parts, (part, all) -> {
            double[] work = new double[n - 1];
            double[] scratch = new double[n - 1];
            int[] tied = new int[n - 1];
            double[] sample = new double[PREFILTER_SAMPLE];
            int[] bestIndex = new int[depth];
            double[] bestScore = new double[depth];
            for (int row = ParallelRanges.split(n, part, all); row < ParallelRanges.split(n, part + 1, all); row++) {
                int base = row * n;
                // the other rows' scores, without the row itself
                System.arraycopy(gram, base, work, 0, row);
                System.arraycopy(gram, base + row + 1, work, row, n - 1 - row);
                double threshold = largest(work, scratch, sample, n - 1, depth);
                int taken = 0;
                int ties = 0;
                for (int j = 0; j < n; j++) {
                    if (j == row) {
                        continue;
                    }
                    double s = gram[base + j];
                    if (s > threshold) {
                        bestIndex[taken] = j;
                        bestScore[taken] = s;
                        taken++;
                    } else if (s == threshold) {
                        tied[ties++] = j;
                    }
                }
                if (ties > depth - taken) {
                    sortByKey(tied, ties, tieKeys);
                }
                for (int t = 0; taken < depth; t++) {
                    bestIndex[taken] = tied[t];
                    bestScore[taken] = gram[base + tied[t]];
                    taken++;
                }
                sortBest(bestIndex, bestScore, depth, tieKeys);
                System.arraycopy(bestIndex, 0, index, row * depth, depth);
                System.arraycopy(bestScore, 0, score, row * depth, depth);
            }
        });
        return new NeighbourLists(n, maxK, depth, index, score, 0);
    }

    /**
     * The k-th largest of {@code values[0..count)} (k = 1 is the maximum). A long row with a small
     * k is first cut down: the scores are compared with a threshold taken from an even sample of
     * {@value #PREFILTER_SAMPLE} of them, at the sample's rank that about 2k of all scores exceed.
     * When at least k scores exceed it, the k-th largest of all is the k-th largest of those
     * (every other score is at most the threshold), and the selection runs on them alone; else
     * (an unlucky sample) it runs on all scores. The result is the same either way.
     *
     * @param values  the values; overwritten
     * @param scratch at least {@code count} long; overwritten
     * @param sample  at least {@value #PREFILTER_SAMPLE} long; overwritten
     */
    static double largest(double[] values, double[] scratch, double[] sample, int count, int k) {
        if (count >= PREFILTER_MIN_COUNT && 4L * k <= count) {
            int stride = count / PREFILTER_SAMPLE;
            for (int i = 0; i < PREFILTER_SAMPLE; i++) {
                scratch[i] = values[i * stride];
            }
            int rank = (int) Math.min(PREFILTER_SAMPLE, Math.max(1, (2L * k * PREFILTER_SAMPLE + count - 1) / count));
            double threshold = select(scratch, sample, PREFILTER_SAMPLE, rank);
            int kept = 0;
            for (int i = 0; i < count; i++) {
                double v = values[i];
                scratch[kept] = v;
                kept += v > threshold ? 1 : 0;
            }
            if (kept >= k) {
                return select(scratch, values, kept, k);
            }
        }
        return select(values, scratch, count, k);
    }

    /**
     * The k-th largest of {@code values[0..count)} by quickselect with a median-of-three pivot.
     * Each pass copies the values above the pivot to the front of the other buffer and those
     * below it to the back, moving both ends by comparisons rather than branches (a branch on
     * unordered scores is mispredicted half the time); values equal to the pivot are only
     * counted. Overwrites both buffers.
     */
    private static double select(double[] values, double[] scratch, int count, int k) {
        double[] from = values;
        double[] to = scratch;
        int offset = 0;
        int length = count;
        int target = k - 1;
        while (length > 8) {
            double pivot = median(from[offset], from[offset + (length >>> 1)], from[offset + length - 1]);
            int front = 0;
            int back = length;
            for (int i = offset, end = offset + length; i < end; i++) {
                double v = from[i];
                // both writes land in the unfilled middle [front, back) unless kept
                to[front] = v;
                to[back - 1] = v;
                front += v > pivot ? 1 : 0;
                back -= v < pivot ? 1 : 0;
            }
            if (target < front) {
                offset = 0;
                length = front;
            } else if (target < back) {
                return pivot; // target falls among the values equal to the pivot
            } else {
                target -= back;
                offset = back;
                length -= back;
            }
            double[] swap = from;
            from = to;
            to = swap;
        }
        // a few values left: insertion sort, descending
        for (int i = offset + 1; i < offset + length; i++) {
            double v = from[i];
            int j = i - 1;
            while (j >= offset && from[j] < v) {
                from[j + 1] = from[j];
                j--;
            }
            from[j + 1] = v;
        }
        return from[offset + target];
    }

    private static double median(double a, double b, double c) {
        return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
    }

    /** Insertion sort of {@code rows[0..count)} by ascending tie key. */
    private static void sortByKey(int[] rows, int count, int[] keys) {
        for (int i = 1; i < count; i++) {
            int row = rows[i];
            int j = i - 1;
            while (j >= 0 && keys[rows[j]] > keys[row]) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }

    private static boolean better(double sa, int ca, double sb, int cb, int[] keys) {
        return sa > sb || (sa == sb && keys[ca] < keys[cb]);
    }

    /**
     * Insertion sort of the first {@code k} candidates into the total order, each place found by
     * binary search (the sorted prefix is better, then equal, then worse than the candidate) and
     * made by one block move.
     */
    private static void sortBest(int[] index, double[] score, int k, int[] keys) {
        for (int i = 1; i < k; i++) {
            int column = index[i];
            double s = score[i];
            int low = 0;
            int high = i; // the place is the first j in [0, i) that the candidate is better than, else i
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (better(s, column, score[middle], index[middle], keys)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            if (low < i) {
                System.arraycopy(index, low, index, low + 1, i - low);
                System.arraycopy(score, low, score, low + 1, i - low);
                index[low] = column;
                score[low] = s;
            }
        }
    }
}
