package org.repalign.compute.metrics.kernel.internal;

import java.util.Arrays;

import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.SymmetricEigen;

/**
 * Canonical correlations between the column spaces of two n-row bases, after centring each
 * column (Hotelling 1936; the CCA step of SVCCA, Raghu et al. 2017). Each centred basis is
 * orthonormalized through the eigendecomposition of its small Gram matrix, which also detects a
 * rank lost to centring (a basis vector parallel to 1); the correlations are the singular values
 * of Q₁ᵀQ₂, clipped to [0, 1].
 */
public final class CanonicalCorrelations {

    /**
     * Eigenvalue of the centred basis' Gram matrix at or below which a direction counts as lost
     * to centring (the uncentred columns have unit norm, so the eigenvalues lie in [0, k]).
     */
    public static final double CENTERED_RANK_TOLERANCE = 1e-10;

    private CanonicalCorrelations() {
    }

    /**
     * @param first   row-major n × k1 basis
     * @param k1      its column count
     * @param second  row-major n × k2 basis
     * @param k2      its column count
     * @param n       rows
     * @return the canonical correlations, descending; fewer than min(k1, k2) when centring lost rank
     */
    public static double[] between(double[] first, int k1, double[] second, int k2, int n) {
        Orthonormal q1 = orthonormalCentred(first, n, k1);
        Orthonormal q2 = orthonormalCentred(second, n, k2);
        double[] cross = DenseLinalg.multiply(q1.values, n, q1.columns, true, q2.values, n, q2.columns, false);
        double[] correlations = DenseLinalg.singularValues(cross, q1.columns, q2.columns);
        for (int i = 0; i < correlations.length; i++) {
            correlations[i] = Math.max(0, Math.min(1, correlations[i]));
        }
        Arrays.sort(correlations);
        for (int i = 0, j = correlations.length - 1; i < j; i++, j--) {
            double swap = correlations[i];
            correlations[i] = correlations[j];
            correlations[j] = swap;
        }
        return correlations;
    }

    private record Orthonormal(double[] values, int columns) {
    }

    private static Orthonormal orthonormalCentred(double[] basis, int n, int k) {
        double[] centred = basis.clone();
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += centred[i * k + j];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                centred[i * k + j] -= mean;
            }
        }
        if (k == 0) {
            return new Orthonormal(new double[0], 0);
        }
        double[] gram = DenseLinalg.multiply(centred, n, k, true, centred, n, k, false);
        SymmetricEigen eigen = DenseLinalg.symmetricEigen(gram, k);
        int kept = 0;
        for (double value : eigen.values()) {
            if (value > CENTERED_RANK_TOLERANCE) {
                kept++;
            }
        }
        // W: the kept eigenvectors, each divided by √λ, so that Q = centred · W has orthonormal columns
        double[] w = new double[k * kept];
        for (int c = 0, column = 0; c < k; c++) {
            double value = eigen.values()[c];
            if (value > CENTERED_RANK_TOLERANCE) {
                double scale = 1 / Math.sqrt(value);
                for (int r = 0; r < k; r++) {
                    w[r * kept + column] = eigen.vectors()[r * k + c] * scale;
                }
                column++;
            }
        }
        if (kept == 0) {
            return new Orthonormal(new double[0], 0);
        }
        return new Orthonormal(DenseLinalg.multiply(centred, n, k, false, w, k, kept, false), kept);
    }
}
