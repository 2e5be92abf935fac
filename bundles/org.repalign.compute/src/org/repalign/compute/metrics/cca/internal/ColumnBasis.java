package org.repalign.compute.metrics.cca.internal;

import org.repalign.compute.linalg.ThinSvd;

/**
 * An orthonormal basis Q (n × r) of the column space of a column-centred matrix X̃ (n × d), from
 * its thin SVD X̃ = UΣVᵀ: the left singular vectors whose singular values exceed
 * {@link #tolerance} = σ₁ · max(n, d) · ε (ε = 2⁻⁵², the machine epsilon of float64; the
 * convention of LAPACK's and NumPy's {@code matrix_rank}), so r is the numerical rank.
 *
 * @param values    Q, row-major n × r
 * @param rank      r
 * @param tolerance the singular value at or below which a direction counts as zero
 */
record ColumnBasis(double[] values, int rank, double tolerance) {

    /**
     * @param centred row-major n × d, column-centred
     * @param n       rows
     * @param d       columns
     * @return the basis of its column space
     */
    static ColumnBasis of(double[] centred, int n, int d) {
        ThinSvd svd = ThinSvd.of(centred, n, d);
        double[] sigma = svd.singularValues();
        int k = svd.k();
        double tolerance = k == 0 ? 0 : sigma[0] * Math.max(n, d) * Math.ulp(1.0);
        int rank = 0;
        while (rank < k && sigma[rank] > tolerance) {
            rank++;
        }
        double[] q = new double[n * rank];
        for (int i = 0; i < n; i++) {
            System.arraycopy(svd.u(), i * k, q, i * rank, rank);
        }
        return new ColumnBasis(q, rank, tolerance);
    }
}
