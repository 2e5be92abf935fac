package org.repalign.compute.metrics.kernel.internal;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricContext;

/**
 * The singular values and left singular vectors of a matrix X (n × d), from an exact float64
 * eigendecomposition (LAPACK {@code dsyev}) of the smaller Gram matrix: XXᵀ = UΣ²Uᵀ when n ≤ d
 * (that Gram matrix is the one CKA uses), else XᵀX = VΣ²Vᵀ with U = XVΣ⁻¹. Computed once per
 * matrix and context, so {@code svcca_10} and {@code svcca_100} share it.
 */
public final class SingularBasis {

    /**
     * Singular values at or below this fraction of the largest count as zero (so the squared
     * ratio, the Gram eigenvalue ratio, is 1e-10, well above its float64 rounding level).
     */
    public static final double RELATIVE_RANK_TOLERANCE = 1e-5;

    private final int rows;
    private final int columns;
    private final double[] singularValues;
    private final double[] eigenvectors;
    private final int order;
    private final double[] matrix;
    private final boolean fromRowGram;

    private SingularBasis(int rows, int columns, double[] singularValues, double[] eigenvectors, int order,
            double[] matrix, boolean fromRowGram) {
        this.rows = rows;
        this.columns = columns;
        this.singularValues = singularValues;
        this.eigenvectors = eigenvectors;
        this.order = order;
        this.matrix = matrix;
        this.fromRowGram = fromRowGram;
    }

    /**
     * @param source      the matrix
     * @param standardize whether to standardize each feature first (see
     *                    {@link DenseRows#standardized})
     * @param context     the per-pair cache
     * @return the basis, shared
     */
    public static SingularBasis of(RowMatrix source, boolean standardize, MetricContext context) {
        return context.shared(new MatrixKey(source, "singular-basis:" + standardize), SingularBasis.class, () -> {
            int n = source.rows();
            int d = source.columns();
            double[] values = standardize ? DenseRows.standardized(source, context) : DenseRows.of(source, context);
            boolean fromRowGram = n <= d;
            double[] gram;
            int order;
            if (fromRowGram) {
                gram = standardize ? DenseLinalg.multiply(values, n, d, false, values, n, d, true)
                        : KernelMatrices.linearGram(source, context);
                order = n;
            } else {
                gram = DenseLinalg.multiply(values, n, d, true, values, n, d, false);
                order = d;
            }
            context.checkCanceled();
            DenseLinalg.SymmetricEigen eigen = DenseLinalg.symmetricEigen(gram, order);
            double[] singular = new double[order];
            for (int j = 0; j < order; j++) {
                singular[j] = Math.sqrt(Math.max(0, eigen.values()[order - 1 - j]));
            }
            return new SingularBasis(n, d, singular, eigen.vectors(), order, values, fromRowGram);
        });
    }

    /** @return the singular values, descending (min(n, d) of them) */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** @return how many singular values exceed {@link #RELATIVE_RANK_TOLERANCE} times the largest */
    public int numericalRank() {
        if (singularValues.length == 0 || !(singularValues[0] > 0)) {
            return 0;
        }
        double threshold = singularValues[0] * RELATIVE_RANK_TOLERANCE;
        int rank = 0;
        while (rank < singularValues.length && singularValues[rank] > threshold) {
            rank++;
        }
        return rank;
    }

    /**
     * @param k how many vectors, at most {@link #numericalRank()}
     * @return the top-k left singular vectors as the columns of a row-major n × k matrix
     */
    public double[] leftVectors(int k) {
        if (k > numericalRank()) {
            throw new IllegalArgumentException(k + " left singular vectors requested, rank is " + numericalRank());
        }
        double[] u;
        if (fromRowGram) {
            u = new double[rows * k];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < k; j++) {
                    u[i * k + j] = eigenvectors[i * order + (order - 1 - j)];
                }
            }
            return u;
        }
        double[] v = new double[columns * k];
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < k; j++) {
                v[i * k + j] = eigenvectors[i * order + (order - 1 - j)] / singularValues[j];
            }
        }
        return DenseLinalg.multiply(matrix, rows, columns, false, v, columns, k, false);
    }
}
