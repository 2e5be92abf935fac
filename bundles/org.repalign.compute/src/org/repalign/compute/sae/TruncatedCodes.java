package org.repalign.compute.sae;

import java.util.Arrays;

import org.repalign.compute.data.CsrMatrix;

/**
 * Codes after the L2PRH truncation rule: latent j is kept when
 * {@code lo·n < #{i : zᵢⱼ > 0} < hi·n} (defaults lo = 1e-5 and hi = 0.1, research notes §6.1,
 * L2PRH {@code sae/sparse_feature_truncation.py}); the kept latents become the columns, in
 * increasing original index.
 *
 * @param keptLatents original index of each kept column
 * @param codes       n × keptLatents.length codes
 * @param l0          mean nonzeros per row after truncation
 */
public record TruncatedCodes(int[] keptLatents, CsrMatrix codes, double l0) {

    /** The paper's lower frequency bound. */
    public static final double DEFAULT_LOWER = 1e-5;

    /** The paper's upper frequency bound. */
    public static final double DEFAULT_UPPER = 0.1;

    /**
     * @param codes n × d_sae codes
     * @param lower lower frequency bound (exclusive)
     * @param upper upper frequency bound (exclusive)
     * @return the truncated codes
     * @throws IllegalArgumentException unless 0 ≤ lower &lt; upper
     */
    public static TruncatedCodes of(CsrMatrix codes, double lower, double upper) {
        int n = codes.rows();
        long[] counts = new long[codes.columns()];
        for (int q = 0; q < codes.nonZeros(); q++) {
            if (codes.valueAt(q) > 0) {
                counts[codes.columnAt(q)]++;
            }
        }
        int[] kept = keptLatents(counts, n, lower, upper);
        int[] newIndex = new int[codes.columns()];
        Arrays.fill(newIndex, -1);
        for (int i = 0; i < kept.length; i++) {
            newIndex[kept[i]] = i;
        }
        int[] indptr = new int[n + 1];
        int[] indices = new int[codes.nonZeros()];
        double[] values = new double[codes.nonZeros()];
        int size = 0;
        for (int r = 0; r < n; r++) {
            for (int q = codes.rowStart(r); q < codes.rowEnd(r); q++) {
                int c = newIndex[codes.columnAt(q)];
                if (c >= 0 && codes.valueAt(q) != 0) {
                    indices[size] = c;
                    values[size++] = codes.valueAt(q);
                }
            }
            indptr[r + 1] = size;
        }
        CsrMatrix out = CsrMatrix.of(n, kept.length, indptr, Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
        return new TruncatedCodes(kept, out, n == 0 ? 0 : (double) size / n);
    }

    /**
     * @param counts firing count per latent
     * @param n      rows
     * @param lower  lower frequency bound (exclusive)
     * @param upper  upper frequency bound (exclusive)
     * @return the kept latents, increasing
     */
    public static int[] keptLatents(long[] counts, int n, double lower, double upper) {
        if (!(lower >= 0 && lower < upper)) {
            throw new IllegalArgumentException("truncation bounds must satisfy 0 <= lower < upper, got " + lower
                    + " and " + upper);
        }
        int[] kept = new int[counts.length];
        int size = 0;
        for (int j = 0; j < counts.length; j++) {
            if (counts[j] > lower * n && counts[j] < upper * n) {
                kept[size++] = j;
            }
        }
        return Arrays.copyOf(kept, size);
    }
}
