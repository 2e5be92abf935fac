package org.repalign.compute.metrics;

import java.util.OptionalDouble;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Linear centered kernel alignment (Kornblith et al. 2019, "Similarity of Neural Network
 * Representations Revisited", eq. 5) with the biased HSIC estimator:
 *
 * <pre>
 *   CKA(X, Y) = HSIC(K, L) / sqrt(HSIC(K, K) * HSIC(L, L)),   K = X Xᵀ,  L = Y Yᵀ,
 *   HSIC(K, L) = tr(K H L H) / (n - 1)²,                      H = I - 11ᵀ/n.
 * </pre>
 *
 * For linear kernels tr(KHLH) = ‖X̃ᵀỸ‖²_F with X̃, Ỹ the column-centred matrices, so this
 * class works in feature space: it streams the rows in blocks, accumulates the d×d cross
 * products in float64 with ND4J GEMM, and never builds an n×n matrix. The (n-1)² factors cancel.
 *
 * <p>No epsilon is added: when either self-similarity is zero (a constant representation) the
 * value is undefined and {@link #compute} returns an empty result.
 */
public final class LinearCka {

    /** Rows read per block when streaming. */
    static final int BLOCK_ROWS = 2048;

    private LinearCka() {
    }

    /**
     * @param x n × d1, rows paired with {@code y}
     * @param y n × d2
     * @return CKA in [0, 1], or empty when a representation is constant
     * @throws IllegalArgumentException when the row counts differ or n &lt; 2
     */
    public static OptionalDouble compute(RowMatrix x, RowMatrix y) {
        CrossProducts p = CrossProducts.of(x, y);
        double denominator = Math.sqrt(p.xx) * Math.sqrt(p.yy);
        if (!(denominator > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(p.xy / denominator);
    }

    /**
     * The three squared Frobenius norms ‖X̃ᵀỸ‖², ‖X̃ᵀX̃‖², ‖ỸᵀỸ‖², i.e. (n-1)² times the biased
     * HSIC values.
     */
    record CrossProducts(double xy, double xx, double yy) {

        static CrossProducts of(RowMatrix x, RowMatrix y) {
            int n = x.rows();
            if (y.rows() != n) {
                throw new IllegalArgumentException("rows differ: " + n + " and " + y.rows());
            }
            if (n < 2) {
                throw new IllegalArgumentException("CKA needs at least 2 rows, got " + n);
            }
            Nd4jRuntime.ensureInitialized();
            double[] meanX = columnMeans(x);
            double[] meanY = columnMeans(y);
            int d1 = x.columns();
            int d2 = y.columns();
            try (INDArray xx = Nd4j.zeros(DataType.DOUBLE, d1, d1);
                    INDArray yy = Nd4j.zeros(DataType.DOUBLE, d2, d2);
                    INDArray xy = Nd4j.zeros(DataType.DOUBLE, d1, d2)) {
                for (int start = 0; start < n; start += BLOCK_ROWS) {
                    int rows = Math.min(BLOCK_ROWS, n - start);
                    try (INDArray bx = centredBlock(x, meanX, start, rows);
                            INDArray by = centredBlock(y, meanY, start, rows)) {
                        Nd4j.gemm(bx, bx, xx, true, false, 1.0, 1.0);
                        Nd4j.gemm(by, by, yy, true, false, 1.0, 1.0);
                        Nd4j.gemm(bx, by, xy, true, false, 1.0, 1.0);
                    }
                }
                return new CrossProducts(squaredNorm(xy), squaredNorm(xx), squaredNorm(yy));
            }
        }

        private static double squaredNorm(INDArray a) {
            double norm = a.norm2Number().doubleValue();
            return norm * norm;
        }

        private static INDArray centredBlock(RowMatrix m, double[] mean, int start, int rows) {
            int d = m.columns();
            double[] block = new double[rows * d];
            m.readRows(start, rows, block, 0);
            for (int r = 0; r < rows; r++) {
                int base = r * d;
                for (int c = 0; c < d; c++) {
                    block[base + c] -= mean[c];
                }
            }
            return Nd4j.create(block, new long[] { rows, d }, DataType.DOUBLE);
        }

        private static double[] columnMeans(RowMatrix m) {
            int n = m.rows();
            int d = m.columns();
            double[] sum = new double[d];
            double[] block = new double[Math.min(BLOCK_ROWS, n) * d];
            for (int start = 0; start < n; start += BLOCK_ROWS) {
                int rows = Math.min(BLOCK_ROWS, n - start);
                m.readRows(start, rows, block, 0);
                for (int r = 0; r < rows; r++) {
                    int base = r * d;
                    for (int c = 0; c < d; c++) {
                        sum[c] += block[base + c];
                    }
                }
            }
            for (int c = 0; c < d; c++) {
                sum[c] /= n;
            }
            return sum;
        }
    }
}
