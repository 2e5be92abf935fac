package org.repalign.example;

import org.repalign.compute.data.RowMatrix;

/**
 * The effective dimension of a representation as its participation ratio (Gao et al. 2017, "A theory
 * of multineuronal dimensionality, dynamics and measurement", bioRxiv 214262):
 *
 * <pre>
 *   PR = (Σ λᵢ)² / Σ λᵢ²  =  ‖X̃‖_F⁴ / ‖X̃ᵀX̃‖_F²,
 * </pre>
 *
 * with λᵢ the eigenvalues of the covariance of the column-centred rows X̃ (the factors 1/(n − 1)
 * cancel). It is 1 when all variance lies on one direction and k when it is spread evenly over k
 * orthogonal directions. ‖X̃ᵀX̃‖_F = ‖X̃X̃ᵀ‖_F, so the smaller Gram matrix is formed.
 */
public final class ParticipationRatio {

    private ParticipationRatio() {
    }

    /**
     * @param matrix a representation
     * @param n      rows used, from the first
     * @return the participation ratio of the first n rows, NaN without variance or with n &lt; 2
     */
    public static double of(RowMatrix matrix, int n) {
        int d = matrix.columns();
        if (n < 2) {
            return Double.NaN;
        }
        double[] x = new double[n * d];
        matrix.readRows(0, n, x, 0);
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                x[i * d + j] -= mean;
            }
        }
        double trace = 0;
        for (double value : x) {
            trace += value * value;
        }
        if (!(trace > 0)) {
            return Double.NaN;
        }
        double frobenius2 = 0;
        if (d <= n) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double g = 0;
                    for (int i = 0; i < n; i++) {
                        g += x[i * d + a] * x[i * d + b];
                    }
                    frobenius2 += g * g;
                }
            }
        } else {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double g = 0;
                    for (int j = 0; j < d; j++) {
                        g += x[a * d + j] * x[b * d + j];
                    }
                    frobenius2 += g * g;
                }
            }
        }
        return trace * trace / frobenius2;
    }
}
