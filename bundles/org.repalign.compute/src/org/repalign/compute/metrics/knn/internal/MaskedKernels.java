package org.repalign.compute.metrics.knn.internal;

import java.util.Arrays;

/**
 * Two n × n kernels restricted to the same sparse mask, the input of CKNNA: row i holds the
 * columns j with α(i, j) = 1, sorted, and the kernel values K_ij and L_ij there. Everything
 * outside the mask (and the diagonal) is 0.
 */
public final class MaskedKernels {

    private final int n;
    private final int[] rowStart;
    private final int[] column;
    private final double[] k;
    private final double[] l;

    /**
     * @param n        number of rows
     * @param rowStart n + 1 offsets
     * @param column   masked columns, sorted within each row, never the row itself
     * @param k        K at those positions
     * @param l        L at those positions
     */
    public MaskedKernels(int n, int[] rowStart, int[] column, double[] k, double[] l) {
        this.n = n;
        this.rowStart = rowStart;
        this.column = column;
        this.k = k;
        this.l = l;
    }

    /**
     * The unbiased HSIC estimator of Song et al. (2012, eq. 5) of the masked kernels
     * A = α∘K and B = α∘L, written as in the PRH reference code (Huh et al. 2024,
     * {@code hsic_unbiased}), which keeps the transpose in the first term because α is not
     * symmetric:
     *
     * <pre>
     *   HSIC = [ Σ_ij A_ij B_ji + (1ᵀA1)(1ᵀB1) / ((n−1)(n−2)) − 2·1ᵀAB1 / (n−2) ] / (n(n−3))
     * </pre>
     *
     * computed in O(nnz · log k) from the sparse rows, with 1ᵀAB1 = Σ_j (colsum A)_j (rowsum B)_j.
     *
     * @return the estimate; requires n ≥ 4
     */
    public double unbiasedHsic() {
        double transposed = 0;
        double sumA = 0;
        double sumB = 0;
        double[] columnSumA = new double[n];
        double[] rowSumB = new double[n];
        for (int i = 0; i < n; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int j = column[p];
                sumA += k[p];
                sumB += l[p];
                columnSumA[j] += k[p];
                rowSumB[i] += l[p];
                int q = Arrays.binarySearch(column, rowStart[j], rowStart[j + 1], i);
                if (q >= 0) {
                    transposed += k[p] * l[q];
                }
            }
        }
        double productSum = 0;
        for (int j = 0; j < n; j++) {
            productSum += columnSumA[j] * rowSumB[j];
        }
        double value = transposed + sumA * sumB / ((n - 1.0) * (n - 2.0)) - 2.0 * productSum / (n - 2.0);
        return value / ((double) n * (n - 3.0));
    }
}
