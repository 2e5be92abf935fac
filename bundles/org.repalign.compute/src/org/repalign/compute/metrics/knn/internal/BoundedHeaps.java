package org.repalign.compute.metrics.knn.internal;

/**
 * One bounded min-heap per row, in flat arrays, keeping the {@code capacity} best candidates
 * seen so far under the order "score descending, then tie key ascending". The root of each heap
 * is its worst kept candidate, so most candidates are rejected with one comparison.
 */
final class BoundedHeaps {

    private final int capacity;
    private final int[] tieKeys;
    private final int[] index;
    private final double[] score;
    private final int[] size;
    /** Root score of each full heap, −∞ while filling: one contiguous array for the fast reject. */
    private final double[] threshold;

    BoundedHeaps(int rows, int capacity, int[] tieKeys) {
        this.capacity = capacity;
        this.tieKeys = tieKeys;
        this.index = new int[rows * capacity];
        this.score = new double[rows * capacity];
        this.size = new int[rows];
        this.threshold = new double[rows];
        java.util.Arrays.fill(threshold, Double.NEGATIVE_INFINITY);
    }

    /** Offers candidate {@code column} with score {@code s} to row {@code row}'s heap. */
    void offer(int row, int column, double s) {
        int base = row * capacity;
        int filled = size[row];
        if (filled < capacity) {
            siftUp(base, filled, column, s);
            size[row] = filled + 1;
            if (filled + 1 == capacity) {
                threshold[row] = score[base];
            }
            return;
        }
        double rootScore = score[base];
        if (s > rootScore || (s == rootScore && tieKeys[column] < tieKeys[index[base]])) {
            siftDown(base, column, s);
            threshold[row] = score[base];
        }
    }

    /**
     * @param row a row
     * @param s   a candidate score
     * @return false when a candidate with score {@code s} certainly cannot enter the full heap
     */
    boolean mayEnter(int row, double s) {
        return s >= threshold[row];
    }

    /** @return {@code a} is better than {@code b}: higher score, or equal score and lower key */
    private boolean better(double sa, int ca, double sb, int cb) {
        return sa > sb || (sa == sb && tieKeys[ca] < tieKeys[cb]);
    }

    private void siftUp(int base, int position, int column, double s) {
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            if (!better(score[base + parent], index[base + parent], s, column)) {
                break;
            }
            index[base + position] = index[base + parent];
            score[base + position] = score[base + parent];
            position = parent;
        }
        index[base + position] = column;
        score[base + position] = s;
    }

    private void siftDown(int base, int column, double s) {
        int position = 0;
        while (true) {
            int child = 2 * position + 1;
            if (child >= capacity) {
                break;
            }
            if (child + 1 < capacity
                    && better(score[base + child], index[base + child], score[base + child + 1], index[base + child + 1])) {
                child++;
            }
            if (!better(s, column, score[base + child], index[base + child])) {
                break;
            }
            index[base + position] = index[base + child];
            score[base + position] = score[base + child];
            position = child;
        }
        index[base + position] = column;
        score[base + position] = s;
    }

    /**
     * Empties the heaps into lists sorted best first.
     *
     * @param maxK         the largest k the lists answer
     * @param screenedRows see {@link NeighbourLists#screenedRows()}
     * @return the lists
     */
    NeighbourLists toLists(int maxK, int screenedRows) {
        int rows = size.length;
        for (int row = 0; row < rows; row++) {
            if (size[row] != capacity) {
                throw new IllegalStateException("row " + row + " has " + size[row] + " candidates, expected " + capacity);
            }
            int base = row * capacity;
            // heap sort in place: repeatedly move the worst (the root) to the end
            for (int end = capacity - 1; end > 0; end--) {
                int column = index[base + end];
                double s = score[base + end];
                index[base + end] = index[base];
                score[base + end] = score[base];
                siftDownWithin(base, end, column, s);
            }
        }
        return new NeighbourLists(rows, maxK, capacity, index, score, screenedRows);
    }

    private void siftDownWithin(int base, int length, int column, double s) {
        int position = 0;
        while (true) {
            int child = 2 * position + 1;
            if (child >= length) {
                break;
            }
            if (child + 1 < length
                    && better(score[base + child], index[base + child], score[base + child + 1], index[base + child + 1])) {
                child++;
            }
            if (!better(s, column, score[base + child], index[base + child])) {
                break;
            }
            index[base + position] = index[base + child];
            score[base + position] = score[base + child];
            position = child;
        }
        index[base + position] = column;
        score[base + position] = s;
    }
}
