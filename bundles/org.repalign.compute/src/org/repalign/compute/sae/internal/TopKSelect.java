package org.repalign.compute.sae.internal;

/**
 * Selection of the {@code k} largest positive entries of a row; ties are broken towards the
 * lower column index so that the result is deterministic.
 *
 * <p>One pass with a running threshold: entries above it are appended to a candidate buffer,
 * and when the buffer is full it is cut back to its k best by a quickselect, which raises the
 * threshold to the k-th best value seen so far. On a row of m values only about
 * k·ln(m/k) entries pass the threshold, so the pass is a compare per entry and the selection
 * work is a few quickselects over a few hundred candidates. Candidates are held as one
 * {@code long} key each, value bits above (positive floats order as their bits) and the
 * complement of the column below, so that a larger key is a larger value or, among equal
 * values, a lower column.
 *
 * <p>Rows of one batch are alike, so the pass starts from a guess: 3/4 of the k-th value the
 * previous call kept. When at least k entries exceed the guess, the k largest are among them
 * and the result is exact; otherwise the row is scanned again from 0. The result never depends
 * on the guess, only the time does. One instance per thread.
 */
public final class TopKSelect {

    private final long[] keys;
    private float lastKth;

    /** @param capacity the largest k that will be asked for */
    public TopKSelect(int capacity) {
        keys = new long[Math.max(256, 4 * Math.max(1, capacity))];
    }

    /**
     * Finds the k largest strictly positive values of {@code values[offset .. offset + length)},
     * considering only columns with {@code mask == null || mask[c]}.
     *
     * @param values  the data
     * @param offset  start of the row
     * @param length  row length
     * @param k       how many to keep, at most the capacity
     * @param mask    optional column mask
     * @param columns receives the kept columns in increasing order
     * @return the number kept (at most k)
     */
    public int select(float[] values, int offset, int length, int k, boolean[] mask, int[] columns) {
        if (k <= 0) {
            return 0;
        }
        float guess = 0.75f * lastKth;
        int size = guess > 0f ? collect(values, offset, length, k, mask, guess) : 0;
        if (size < k) {
            size = collect(values, offset, length, k, mask, 0f);
        }
        long[] buffer = keys;
        if (size > k) {
            selectLargest(buffer, size, k);
            size = k;
        }
        lastKth = size == k ? valueOf(buffer[k - 1]) : 0f;
        for (int i = 0; i < size; i++) {
            columns[i] = Integer.MAX_VALUE - (int) buffer[i];
        }
        java.util.Arrays.sort(columns, 0, size);
        return size;
    }

    /**
     * Collects the keys of the entries above {@code floor} (and above the running threshold)
     * into the buffer; returns how many it holds, at least the k best when it holds k or more.
     */
    private int collect(float[] values, int offset, int length, int k, boolean[] mask, float floor) {
        long[] buffer = keys;
        int capacity = buffer.length;
        int size = 0;
        float threshold = floor;
        for (int c = 0; c < length; c++) {
            float v = values[offset + c];
            if (v > threshold && (mask == null || mask[c])) {
                buffer[size++] = key(v, c);
                if (size == capacity) {
                    selectLargest(buffer, size, k);
                    size = k;
                    threshold = valueOf(buffer[k - 1]);
                }
            }
        }
        return size;
    }

    private static long key(float v, int column) {
        return ((long) Float.floatToRawIntBits(v) << 32) | (Integer.MAX_VALUE - column);
    }

    private static float valueOf(long key) {
        return Float.intBitsToFloat((int) (key >>> 32));
    }

    /**
     * Reorders {@code a[0 .. n)} so that its k largest keys come first, the k-th largest at
     * index k − 1 (keys are distinct: they hold the column).
     */
    static void selectLargest(long[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        int target = k - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            long pivot = median3(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] > pivot) {
                    i++;
                }
                while (a[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
        // a[0 .. k) now holds the k largest, but a[k - 1] must be the smallest of them
        int smallest = 0;
        for (int q = 1; q < k; q++) {
            if (a[q] < a[smallest]) {
                smallest = q;
            }
        }
        long t = a[smallest];
        a[smallest] = a[k - 1];
        a[k - 1] = t;
    }

    private static long median3(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
