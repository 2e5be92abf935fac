package org.repalign.compute.sae.internal;

/**
 * Selection of the {@code k} largest positive entries of a row with a bounded min-heap; ties
 * are broken towards the lower column index so that the result is deterministic.
 */
public final class TopKSelect {

    private final int[] heapIndex;
    private final float[] heapValue;

    /** @param capacity the largest k that will be asked for */
    public TopKSelect(int capacity) {
        heapIndex = new int[Math.max(1, capacity)];
        heapValue = new float[Math.max(1, capacity)];
    }

    /**
     * Finds the k largest strictly positive values of {@code values[offset .. offset + length)},
     * considering only columns with {@code mask == null || mask[c]}.
     *
     * @param values  the data
     * @param offset  start of the row
     * @param length  row length
     * @param k       how many to keep
     * @param mask    optional column mask
     * @param columns receives the kept columns in increasing order
     * @return the number kept (at most k)
     */
    public int select(float[] values, int offset, int length, int k, boolean[] mask, int[] columns) {
        if (k <= 0) {
            return 0;
        }
        int size = 0;
        for (int c = 0; c < length; c++) {
            float v = values[offset + c];
            if (!(v > 0f) || (mask != null && !mask[c])) {
                continue;
            }
            if (size < k) {
                heapIndex[size] = c;
                heapValue[size] = v;
                siftUp(size++);
            } else if (v > heapValue[0]) {
                // a later column with an equal value never displaces an earlier one
                heapIndex[0] = c;
                heapValue[0] = v;
                siftDown(0, size);
            }
        }
        System.arraycopy(heapIndex, 0, columns, 0, size);
        java.util.Arrays.sort(columns, 0, size);
        return size;
    }

    /** Heap order: smaller value first; among equal values the larger column first (it is evicted first). */
    private boolean before(int a, int b) {
        return heapValue[a] < heapValue[b] || (heapValue[a] == heapValue[b] && heapIndex[a] > heapIndex[b]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, int size) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int best = left;
            if (left + 1 < size && before(left + 1, left)) {
                best = left + 1;
            }
            if (!before(best, i)) {
                return;
            }
            swap(i, best);
            i = best;
        }
    }

    private void swap(int a, int b) {
        int ti = heapIndex[a];
        heapIndex[a] = heapIndex[b];
        heapIndex[b] = ti;
        float tv = heapValue[a];
        heapValue[a] = heapValue[b];
        heapValue[b] = tv;
    }
}
