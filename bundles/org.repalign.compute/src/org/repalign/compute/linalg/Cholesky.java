package org.repalign.compute.linalg;

/**
 * Cholesky factorisation A = L·Lᵀ of a small symmetric positive-definite matrix, held as
 * {@code double[p][p]} or row-major {@code double[p * p]}, and solves with it: the plain
 * column-by-column algorithm in Java (Golub and Van Loan, "Matrix Computations", 4th ed.,
 * §4.2.5), for the p × p normal equations and Newton systems of the regressions and probes
 * (least squares, ridge, logistic regression) on up to a few thousand features. Larger
 * decompositions are in {@link DenseLinalg}.
 */
public final class Cholesky {

    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factorises a row-major p × p matrix.
     *
     * @param a         symmetric row-major p × p matrix; not modified
     * @param p         its order
     * @param tolerance a pivot ≤ tolerance · (largest diagonal entry of a) counts as zero
     * @return the factorisation
     * @throws IllegalArgumentException when the matrix is not p × p, not symmetric (within
     *                                  {@link DenseLinalg#SYMMETRY_TOLERANCE}) or not
     *                                  (numerically) positive definite
     */
    public static Cholesky factor(double[] a, int p, double tolerance) {
        DenseLinalg.requireSymmetric(a, p);
        double[][] rows = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a, i * p, rows[i], 0, p);
        }
        return factor(rows, tolerance);
    }

    /**
     * Factorises {@code a}; the factor is computed from its lower triangle.
     *
     * @param a         symmetric p × p matrix; not modified
     * @param tolerance a pivot ≤ tolerance · (largest diagonal entry of a) counts as zero
     * @return the factorisation
     * @throws IllegalArgumentException when the matrix is not square, not symmetric (within
     *                                  {@link DenseLinalg#SYMMETRY_TOLERANCE} of its largest
     *                                  entry) or not (numerically) positive definite; the message
     *                                  says which
     */
    public static Cholesky factor(double[][] a, double tolerance) {
        requireSymmetric(a);
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

    private static void requireSymmetric(double[][] a) {
        int p = a.length;
        double largest = 0;
        for (double[] row : a) {
            if (row.length != p) {
                throw new IllegalArgumentException("matrix is not square: " + p + " rows, a row of " + row.length);
            }
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        double allowed = DenseLinalg.SYMMETRY_TOLERANCE * largest;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > allowed) {
                    throw new IllegalArgumentException("matrix is not symmetric: entry (" + i + ", " + j + ") is "
                            + a[i][j] + ", entry (" + j + ", " + i + ") is " + a[j][i]);
                }
            }
        }
    }

    /** @return p, the order of A */
    public int order() {
        return lower.length;
    }

    /** @return a copy of the lower-triangular factor L, row-major p × p (zeros above the diagonal) */
    public double[] lower() {
        int p = lower.length;
        double[] l = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(lower[i], 0, l, i * p, p);
        }
        return l;
    }

    /**
     * @param b right-hand side of length p; not modified
     * @return x with A·x = b
     */
    public double[] solve(double[] b) {
        int p = lower.length;
        if (b.length != p) {
            throw new IllegalArgumentException("right-hand side of length " + b.length + " for a " + p + " x " + p
                    + " system");
        }
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
