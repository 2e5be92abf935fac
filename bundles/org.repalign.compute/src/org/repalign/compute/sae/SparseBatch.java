package org.repalign.compute.sae;

import java.util.Arrays;

/**
 * A growable float32 CSR block of codes for a batch of rows, reused between batches: row
 * {@code r}'s nonzeros are {@code value[rowStart[r] .. rowStart[r + 1])} at latents
 * {@code latent[...]}, latents increasing within a row. Architectures fill it.
 */
public final class SparseBatch {

    private int rows;
    private int[] rowStart = new int[1];
    private int[] latent = new int[16];
    private float[] value = new float[16];
    private int size;

    /** Empties the block. */
    public void clear() {
        rows = 0;
        size = 0;
        rowStart[0] = 0;
    }

    /**
     * Appends one nonzero to the current (open) row.
     *
     * @param column the latent
     * @param v      its activation
     */
    public void add(int column, float v) {
        if (size == latent.length) {
            int capacity = Math.max(16, size * 2);
            latent = Arrays.copyOf(latent, capacity);
            value = Arrays.copyOf(value, capacity);
        }
        latent[size] = column;
        value[size++] = v;
    }

    /** Closes the current row. */
    public void endRow() {
        if (rows + 2 > rowStart.length) {
            rowStart = Arrays.copyOf(rowStart, Math.max(rows + 2, rowStart.length * 2));
        }
        rowStart[++rows] = size;
    }

    /** @return the number of closed rows */
    public int rows() {
        return rows;
    }

    /** @return the number of stored nonzeros */
    public int size() {
        return size;
    }

    /** @param row a row @return offset of its first nonzero */
    public int start(int row) {
        return rowStart[row];
    }

    /** @param row a row @return one past its last nonzero */
    public int end(int row) {
        return rowStart[row + 1];
    }

    /** @param position a stored position @return its latent */
    public int latentAt(int position) {
        return latent[position];
    }

    /** @param position a stored position @return its activation */
    public float valueAt(int position) {
        return value[position];
    }

    /** @return the backing latent array (read-only use; valid up to {@link #size()}) */
    int[] latents() {
        return latent;
    }

    /** @return the backing value array (read-only use; valid up to {@link #size()}) */
    float[] values() {
        return value;
    }
}
