package org.repalign.compute.tests.linalg;

import java.util.Random;

/** Small helpers of the linear-algebra tests: random matrices and naive products. */
final class LinalgTestMatrices {

    private LinalgTestMatrices() {
    }

    /** @return a row-major rows × columns matrix of standard normal entries */
    static double[] random(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    /** @return the row-major transpose of a rows × columns matrix */
    static double[] transpose(double[] a, int rows, int columns) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                t[j * rows + i] = a[i * columns + j];
            }
        }
        return t;
    }

    /** @return A·B by the textbook triple loop, A m × inner, B inner × p */
    static double[] naiveProduct(double[] a, int m, int inner, double[] b, int p) {
        double[] c = new double[m * p];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum += a[i * inner + k] * b[k * p + j];
                }
                c[i * p + j] = sum;
            }
        }
        return c;
    }

    /** @return a random symmetric n × n matrix (B + Bᵀ) */
    static double[] randomSymmetric(int n, long seed) {
        double[] b = random(n, n, seed);
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i * n + j] = b[i * n + j] + b[j * n + i];
            }
        }
        return s;
    }

    /** @return a random symmetric positive-definite n × n matrix (BᵀB + n·I) */
    static double[] randomPositiveDefinite(int n, long seed) {
        double[] b = random(n, n, seed);
        double[] s = naiveProduct(transpose(b, n, n), n, n, b, n);
        for (int i = 0; i < n; i++) {
            s[i * n + i] += n;
        }
        return s;
    }

    /** @return the largest |entry| */
    static double maxAbs(double[] a) {
        double largest = 0;
        for (double value : a) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }
}
