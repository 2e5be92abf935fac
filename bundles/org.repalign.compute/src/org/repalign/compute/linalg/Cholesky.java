package org.repalign.compute.stats.internal;

/**
 * Cholesky factorisation A = L·Lᵀ of a small symmetric positive-definite matrix held as
 * {@code double[p][p]}, and solves with it. Meant for the p × p normal equations of regressions
 * on a handful of features.
 */
public final class Cholesky {

    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factorises {@code a}; only its lower triangle is read.
     *
     * @param a         symmetric p × p matrix; not modified
     * @param tolerance a pivot ≤ tolerance · (largest diagonal entry of a) counts as zero
     * @return the factorisation
     * @throws IllegalArgumentException when the matrix is not (numerically) positive definite
     */
    public static Cholesky factor(double[][] a, double tolerance) {
        int p = a.length;
        double largest = 0;
        for (int i = 0; i < p; i++) {
            largest = Math.max(largest, Math.abs(a[i][i]));
        }
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > tolerance * largest) || largest == 0) {
                throw new IllegalArgumentException("matrix is not positive definite (pivot " + j + " is " + d + ")");
            }
            double root = Math.sqrt(d);
            l[j][j] = root;
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / root;
            }
        }
        return new Cholesky(l);
    }

    /**
     * @param b right-hand side of length p; not modified
     * @return x with A·x = b
     */
    public double[] solve(double[] b) {
        int p = lower.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= lower[i][k] * y[k];
            }
            y[i] = s / lower[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < p; k++) {
                s -= lower[k][i] * x[k];
            }
            x[i] = s / lower[i][i];
        }
        return x;
    }

    /** @return the diagonal of A⁻¹ */
    public double[] inverseDiagonal() {
        int p = lower.length;
        double[] diagonal = new double[p];
        double[] unit = new double[p];
        for (int i = 0; i < p; i++) {
            unit[i] = 1;
            diagonal[i] = solve(unit)[i];
            unit[i] = 0;
        }
        return diagonal;
    }

    /**
     * @param v a vector of length p
     * @return vᵀ·A⁻¹·v
     */
    public double inverseQuadraticForm(double[] v) {
        double[] x = solve(v);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * x[i];
        }
        return s;
    }
}
