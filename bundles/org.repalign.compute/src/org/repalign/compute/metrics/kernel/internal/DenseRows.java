package org.repalign.compute.metrics.kernel.internal;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricContext;

/** Row-major float64 copies of matrices, made once per matrix and context. */
public final class DenseRows {

    private DenseRows() {
    }

    /**
     * @param matrix  the matrix
     * @param context the per-pair cache
     * @return its values, row-major; shared, do not modify
     */
    public static double[] of(RowMatrix matrix, MetricContext context) {
        return context.shared(new MatrixKey(matrix, "dense"), double[].class,
                () -> copy(matrix));
    }

    /** One copy of the values (a dense matrix's own array, or the rows read once). */
    private static double[] copy(RowMatrix matrix) {
        if (matrix instanceof DenseMatrix dense) {
            return dense.toArray();
        }
        long size = (long) matrix.rows() * matrix.columns();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + matrix.rows() + " x " + matrix.columns()
                    + " matrix is too large to hold on the heap; use a streaming computation");
        }
        double[] values = new double[(int) size];
        matrix.readRows(0, matrix.rows(), values, 0);
        return values;
    }

    /**
     * Per-feature standardization as the Platonic Representation Hypothesis SVCCA applies it
     * (Huh et al. 2024): subtract each column's mean, divide by its sample standard deviation
     * (n − 1 denominator) plus 1e-8.
     *
     * @param matrix  the matrix
     * @param context the per-pair cache
     * @return the standardized values, row-major; shared, do not modify
     */
    public static double[] standardized(RowMatrix matrix, MetricContext context) {
        return context.shared(new MatrixKey(matrix, "standardized"), double[].class, () -> {
            double[] values = of(matrix, context).clone();
            int n = matrix.rows();
            int d = matrix.columns();
            for (int c = 0; c < d; c++) {
                double mean = 0;
                for (int r = 0; r < n; r++) {
                    mean += values[r * d + c];
                }
                mean /= n;
                double squares = 0;
                for (int r = 0; r < n; r++) {
                    double centred = values[r * d + c] - mean;
                    values[r * d + c] = centred;
                    squares += centred * centred;
                }
                double scale = 1 / (Math.sqrt(squares / (n - 1)) + 1e-8);
                for (int r = 0; r < n; r++) {
                    values[r * d + c] *= scale;
                }
            }
            return values;
        });
    }
}
