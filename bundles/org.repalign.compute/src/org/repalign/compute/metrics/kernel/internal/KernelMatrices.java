package org.repalign.compute.metrics.kernel.internal;

import java.util.Arrays;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.MetricContext;

/**
 * n × n kernel matrices of one representation, computed once per matrix and context: the
 * linear Gram matrix K = XXᵀ (one BLAS {@code dsyrk}), the means that define its double-centred
 * form HKH, and the RBF kernel built from K.
 */
public final class KernelMatrices {

    /** Largest n for which n × n matrices are built; above it the linear metrics work in feature space. */
    public static final int GRAM_ROW_LIMIT = 2048;

    private KernelMatrices() {
    }

    /**
     * @param matrix  n × d
     * @param context the per-pair cache
     * @return K = XXᵀ, row-major n × n; shared, do not modify
     */
    public static double[] linearGram(RowMatrix matrix, MetricContext context) {
        return context.shared(new MatrixKey(matrix, "linear-gram"), double[].class,
                () -> DenseLinalg.gram(DenseRows.of(matrix, context), matrix.rows(), matrix.columns(), true));
    }

    /**
     * @param matrix  n × d
     * @param context the per-pair cache
     * @return the linear kernel in centred form
     */
    public static CenteredKernel centeredLinear(RowMatrix matrix, MetricContext context) {
        return context.shared(new MatrixKey(matrix, "centered-linear-gram"), CenteredKernel.class,
                () -> CenteredKernel.of(linearGram(matrix, context), matrix.rows()));
    }

    /**
     * The Gaussian (RBF) kernel K_ij = exp(−‖xᵢ − xⱼ‖² / (2σ²)), with squared distances taken from
     * the linear Gram matrix as Gᵢᵢ + Gⱼⱼ − 2Gᵢⱼ (negative rounding clipped to 0).
     *
     * @param matrix  n × d
     * @param sigma   σ &gt; 0, or, when {@code medianRelative}, the multiple of the median distance
     * @param medianRelative whether σ is relative to the median pairwise distance (see
     *                {@link #medianSquaredDistance})
     * @param context the per-pair cache
     * @return the kernel in centred form
     */
    public static CenteredKernel centeredRbf(RowMatrix matrix, double sigma, boolean medianRelative,
            MetricContext context) {
        String kind = "centered-rbf:" + sigma + ":" + medianRelative;
        return context.shared(new MatrixKey(matrix, kind), CenteredKernel.class, () -> {
            int n = matrix.rows();
            double[] gram = linearGram(matrix, context);
            double[] squaredDistances = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    squaredDistances[i * n + j] = Math.max(0, gram[i * n + i] + gram[j * n + j] - 2 * gram[i * n + j]);
                }
                squaredDistances[i * n + i] = 0;
            }
            double squaredSigma = sigma * sigma;
            if (medianRelative) {
                squaredSigma *= medianSquaredDistance(squaredDistances);
            }
            double[] kernel = new double[n * n];
            if (squaredSigma > 0) {
                double factor = -1 / (2 * squaredSigma);
                for (int i = 0; i < kernel.length; i++) {
                    kernel[i] = Math.exp(factor * squaredDistances[i]);
                }
            } else {
                // every pairwise distance is zero: the kernel is the constant 1
                Arrays.fill(kernel, 1.0);
            }
            return CenteredKernel.of(kernel, n);
        });
    }

    /**
     * The median of the squared pairwise distances over all n² ordered pairs, the n zero diagonal
     * entries included, which is the bandwidth rule of Kornblith et al. 2019 ("Similarity of
     * Neural Network Representations Revisited", RBF CKA with σ a fraction of the median distance).
     * For an even count the mean of the two middle values is taken.
     *
     * @param squaredDistances row-major n × n squared distances
     * @return the median
     */
    public static double medianSquaredDistance(double[] squaredDistances) {
        double[] sorted = squaredDistances.clone();
        Arrays.sort(sorted);
        int count = sorted.length;
        if (count == 0) {
            return 0;
        }
        return count % 2 == 1 ? sorted[count / 2] : 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
    }
}
