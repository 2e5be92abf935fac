package org.repalign.compute.metrics.rsa.internal;

import java.util.Arrays;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.kernel.internal.DenseRows;
import org.repalign.compute.metrics.kernel.internal.MatrixKey;
import org.repalign.compute.metrics.shape.internal.CentredColumns;

/**
 * The upper triangle (i &lt; j, row by row: (0,1), (0,2), …, (0,n−1), (1,2), …) of a
 * representational dissimilarity matrix, in the conventions of rsatoolbox (Kriegeskorte et al.
 * 2008; Nili et al. 2014):
 *
 * <ul>
 * <li>{@link Kind#CORRELATION}: 1 − Pearson r between rows i and j (each row centred by its own
 * mean and scaled to unit norm, then 1 − zᵢ·zⱼ);</li>
 * <li>{@link Kind#EUCLIDEAN}: the squared Euclidean distance divided by the number of columns,
 * ‖xᵢ − xⱼ‖²/d, computed as (gᵢ + gⱼ − 2xᵢ·xⱼ)/d from the column-centred rows (centring does not
 * change a distance and keeps the cancellation small), clamped at 0.</li>
 * </ul>
 *
 * The products are formed by BLAS in blocks of rows, so no n × n matrix is held.
 */
public final class Rdm {

    /** The dissimilarity between two rows. */
    public enum Kind {
        /** 1 − Pearson correlation of the two rows. */
        CORRELATION,
        /** Squared Euclidean distance / number of columns. */
        EUCLIDEAN
    }

    private static final int BLOCK = 256;

    private Rdm() {
    }

    /**
     * @param n rows
     * @return n(n − 1)/2, the number of entries of the upper triangle
     * @throws IllegalArgumentException when it does not fit in an array
     */
    public static int entries(int n) {
        long entries = (long) n * (n - 1) / 2;
        if (entries > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " rows give " + entries + " dissimilarities, too many to hold");
        }
        return (int) entries;
    }

    /**
     * @param matrix  the representation
     * @param kind    the dissimilarity
     * @param context the per-pair cache
     * @return the upper triangle, shared, do not modify; {@code null} when a row is constant and
     *         the correlation dissimilarity is undefined
     */
    public static double[] upperTriangle(RowMatrix matrix, Kind kind, MetricContext context) {
        Object cached = context.shared(new MatrixKey(matrix, "rdm:" + kind), Object.class,
                () -> compute(matrix, kind, context));
        return cached instanceof double[] values ? values : null;
    }

    private static Object compute(RowMatrix matrix, Kind kind, MetricContext context) {
        int n = matrix.rows();
        int d = matrix.columns();
        int entries = entries(n);
        double[] rows;
        double[] squaredNorms = new double[n];
        if (kind == Kind.CORRELATION) {
            rows = DenseRows.of(matrix, context).clone();
            for (int i = 0; i < n; i++) {
                if (!standardizeRow(rows, i, d)) {
                    return "constant row " + i;
                }
            }
        } else {
            rows = CentredColumns.of(matrix, context);
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    double value = rows[i * d + j];
                    sum += value * value;
                }
                squaredNorms[i] = sum;
            }
        }
        double[] upper = new double[entries];
        for (int start = 0; start < n; start += BLOCK) {
            context.checkCanceled();
            int count = Math.min(BLOCK, n - start);
            double[] block = Arrays.copyOfRange(rows, start * d, (start + count) * d);
            double[] products = DenseLinalg.multiply(block, count, d, false, rows, n, d, true);
            for (int r = 0; r < count; r++) {
                int i = start + r;
                int base = (int) ((long) i * n - (long) i * (i + 1) / 2 - i - 1);
                for (int j = i + 1; j < n; j++) {
                    double product = products[r * n + j];
                    upper[base + j] = kind == Kind.CORRELATION ? 1 - product
                            : Math.max(0, squaredNorms[i] + squaredNorms[j] - 2 * product) / d;
                }
            }
        }
        return upper;
    }

    /** Centres row i by its mean and scales it to unit norm; false when it is constant. */
    private static boolean standardizeRow(double[] rows, int i, int d) {
        double mean = 0;
        for (int j = 0; j < d; j++) {
            mean += rows[i * d + j];
        }
        mean /= d;
        double squares = 0;
        for (int j = 0; j < d; j++) {
            double centred = rows[i * d + j] - mean;
            rows[i * d + j] = centred;
            squares += centred * centred;
        }
        if (!(squares > 0)) {
            return false;
        }
        double scale = 1 / Math.sqrt(squares);
        for (int j = 0; j < d; j++) {
            rows[i * d + j] *= scale;
        }
        return true;
    }
}
