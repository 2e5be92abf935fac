package org.repalign.compute.metrics.shape.internal;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.kernel.internal.DenseRows;
import org.repalign.compute.metrics.kernel.internal.MatrixKey;

/**
 * The column-centred copy X̃ = X − 1x̄ᵀ of a matrix (x̄ the column means, two passes in float64),
 * made once per matrix and context and shared by the metrics that start from it (Procrustes,
 * PWCCA).
 */
public final class CentredColumns {

    private CentredColumns() {
    }

    /**
     * @param matrix  the matrix
     * @param context the per-pair cache
     * @return X̃, row-major n × d; shared, do not modify
     */
    public static double[] of(RowMatrix matrix, MetricContext context) {
        return context.shared(new MatrixKey(matrix, "centred-columns"), double[].class,
                () -> centre(DenseRows.of(matrix, context), matrix.rows(), matrix.columns()));
    }

    /**
     * @param values row-major n × d (not modified)
     * @param n      rows
     * @param d      columns
     * @return a column-centred copy
     */
    public static double[] centre(double[] values, int n, int d) {
        double[] centred = new double[values.length];
        double[] means = DenseLinalg.columnMeans(values, n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[i * d + j] = values[i * d + j] - means[j];
            }
        }
        return centred;
    }

    /**
     * @param values a row-major matrix
     * @return its Frobenius norm, accumulated in float64 with scaling against overflow
     */
    public static double frobenius(double[] values) {
        double scale = 0;
        for (double value : values) {
            scale = Math.max(scale, Math.abs(value));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (double value : values) {
            double scaled = value / scale;
            sum += scaled * scaled;
        }
        return scale * Math.sqrt(sum);
    }
}
