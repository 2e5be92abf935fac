package org.repalign.example;

/**
 * Eigenvalues of a small symmetric matrix by the cyclic Jacobi method (Golub and Van Loan,
 * "Matrix Computations", 4th ed., §8.5): plane rotations zero the off-diagonal entries one by
 * one until their norm is negligible against the matrix's; the diagonal is then the spectrum.
 * Plain Java, for the few hundred columns an example needs.
 */
final class SymmetricEigenvalues {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigenvalues() {
    }

    /**
     * @param symmetric a d × d symmetric matrix, row-major; overwritten
     * @param d         its order
     * @return the eigenvalues, unordered
     */
    static double[] of(double[] symmetric, int d) {
        double[] a = symmetric;
        double total = 0;
        for (double value : a) {
            total += value * value;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    off += a[p * d + q] * a[p * d + q];
                }
            }
            if (off <= 1e-30 * Math.max(total, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    rotate(a, d, p, q);
                }
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            values[i] = a[i * d + i];
        }
        return values;
    }

    private static void rotate(double[] a, int d, int p, int q) {
        double apq = a[p * d + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < d; k++) {
            double akp = a[k * d + p];
            double akq = a[k * d + q];
            a[k * d + p] = c * akp - s * akq;
            a[k * d + q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p * d + k];
            double aqk = a[q * d + k];
            a[p * d + k] = c * apk - s * aqk;
            a[q * d + k] = s * apk + c * aqk;
        }
    }
}
