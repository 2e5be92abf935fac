package org.repalign.compute.metrics.kernel.internal;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.SymmetricEigen;
import org.repalign.compute.metrics.MetricContext;

/**
 * The largest singular values and their left singular vectors of a matrix X (n × d), from an
 * exact float64 partial eigendecomposition (LAPACK {@code dsyevr}, see
 * {@link DenseLinalg#largestGramEigenpairs}) of the smaller Gram matrix: XXᵀ = UΣ²Uᵀ when n ≤ d
 * (that Gram matrix is the one CKA uses, so it is shared), else XᵀX = VΣ²Vᵀ with U = XVΣ⁻¹.
 *
 * <p>Only the top {@link #computed()} pairs are computed: at least {@link #DEFAULT_COUNT} (or
 * all min(n, d) of them when there are fewer), so that {@code svcca_10} and {@code svcca_100}
 * share one decomposition per matrix and context; the top 10 pairs of an exact decomposition
 * are the first 10 of its top 100. The numerical rank is therefore known exactly only when it
 * is below the computed count: {@link #numericalRank()} counts the computed singular values above
 * the tolerance, so a value equal to {@link #computed()} means "at least that many", which is all
 * a caller asking for at most {@link #computed()} directions needs.
 */
public final class SingularBasis {

    /**
     * Singular values at or below this fraction of the largest count as zero (so the squared
     * ratio, the Gram eigenvalue ratio, is 1e-10, well above its float64 rounding level).
     */
    public static final double RELATIVE_RANK_TOLERANCE = 1e-5;

    /** How many singular pairs are computed at least (when min(n, d) allows). */
    public static final int DEFAULT_COUNT = 100;

    private final int rows;
    private final int columns;
    private final double[] singularValues;
    /** row-major (order × computed): the Gram eigenvectors of the computed pairs, descending */
    private final double[] eigenvectors;
    private final double[] matrix;
    private final boolean fromRowGram;

    private SingularBasis(int rows, int columns, double[] singularValues, double[] eigenvectors, double[] matrix,
            boolean fromRowGram) {
        this.rows = rows;
        this.columns = columns;
        this.singularValues = singularValues;
        this.eigenvectors = eigenvectors;
        this.matrix = matrix;
        this.fromRowGram = fromRowGram;
    }

    /**
     * @param source      the matrix
     * @param standardize whether to standardize each feature first (see
     *                    {@link DenseRows#standardized})
     * @param needed      how many singular pairs the caller needs (at most min(n, d))
     * @param context     the per-pair cache
     * @return the basis with at least min(needed, min(n, d)) computed pairs, shared
     */
    public static SingularBasis of(RowMatrix source, boolean standardize, int needed, MetricContext context) {
        int order = Math.min(source.rows(), source.columns());
        int count = Math.min(order, Math.max(needed, DEFAULT_COUNT));
        return context.shared(new MatrixKey(source, "singular-basis:" + standardize + ":" + count),
                SingularBasis.class, () -> compute(source, standardize, count, context));
    }

    private static SingularBasis compute(RowMatrix source, boolean standardize, int count, MetricContext context) {
        int n = source.rows();
        int d = source.columns();
        double[] values = standardize ? DenseRows.standardized(source, context) : DenseRows.of(source, context);
        boolean fromRowGram = n <= d;
        double[] gram;
        if (fromRowGram) {
            gram = standardize ? DenseLinalg.gram(values, n, d, true) : KernelMatrices.linearGram(source, context);
        } else {
            gram = DenseLinalg.gram(values, n, d, false);
        }
        context.checkCanceled();
        SymmetricEigen eigen = DenseLinalg.largestGramEigenpairs(gram, fromRowGram ? n : d, count);
        double[] singular = new double[count];
        for (int j = 0; j < count; j++) {
            singular[j] = Math.sqrt(Math.max(0, eigen.values()[j]));
        }
        return new SingularBasis(n, d, singular, eigen.vectors(), values, fromRowGram);
    }

    /** @return how many singular pairs were computed */
    public int computed() {
        return singularValues.length;
    }

    /** @return the computed singular values, descending */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * @return how many computed singular values exceed {@link #RELATIVE_RANK_TOLERANCE} times the
     *         largest: the numerical rank when below {@link #computed()}, else a lower bound equal
     *         to {@link #computed()}
     */
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

    /** @return whether {@link #numericalRank()} is the rank itself rather than a lower bound */
    public boolean rankIsExact() {
        return numericalRank() < computed() || computed() == Math.min(rows, columns);
    }

    /**
     * @param k how many vectors, at most {@link #numericalRank()}
     * @return the top-k left singular vectors as the columns of a row-major n × k matrix
     */
    public double[] leftVectors(int k) {
        if (k > numericalRank()) {
            throw new IllegalArgumentException(k + " left singular vectors requested, rank is " + numericalRank());
        }
        int computed = computed();
        if (fromRowGram) {
            double[] u = new double[rows * k];
            for (int i = 0; i < rows; i++) {
                System.arraycopy(eigenvectors, i * computed, u, i * k, k);
            }
            return u;
        }
        double[] v = new double[columns * k];
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < k; j++) {
                v[i * k + j] = eigenvectors[i * computed + j] / singularValues[j];
            }
        }
        return DenseLinalg.multiply(matrix, rows, columns, false, v, columns, k, false);
    }
}
