package org.repalign.compute.tests.families;

import java.util.Random;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;

/** Seeded matrices, simple transforms and a one-line way to evaluate a metric by name. */
final class FamilyMatrices {

    private FamilyMatrices() {
    }

    static double[][] gaussian(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return values;
    }

    /** A random orthogonal matrix: Gram–Schmidt on a seeded Gaussian matrix. */
    static double[][] orthogonal(int d, long seed) {
        double[][] a = gaussian(d, d, seed);
        double[][] q = new double[d][d];
        for (int j = 0; j < d; j++) {
            double[] v = new double[d];
            for (int i = 0; i < d; i++) {
                v[i] = a[i][j];
            }
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += q[i][p] * v[i];
                }
                for (int i = 0; i < d; i++) {
                    v[i] -= dot * q[i][p];
                }
            }
            double norm = 0;
            for (double value : v) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                q[i][j] = v[i] / norm;
            }
        }
        return q;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    /** a·scale + 1·shiftᵀ (shift cycled over the columns). */
    static double[][] affine(double[][] a, double scale, double... shift) {
        double[][] c = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = scale * a[i][j] + shift[j % shift.length];
            }
        }
        return c;
    }

    static double[][] columns(double[][] a, int... order) {
        double[][] c = new double[a.length][order.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < order.length; j++) {
                c[i][j] = a[i][order[j]];
            }
        }
        return c;
    }

    static double[][] withZeroColumns(double[][] a, int extra) {
        double[][] c = new double[a.length][a[0].length + extra];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, c[i], 0, a[0].length);
        }
        return c;
    }

    static double[][] shuffledRows(double[][] a, long seed) {
        double[][] c = a.clone();
        Random random = new Random(seed);
        for (int i = c.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] swap = c[i];
            c[i] = c[j];
            c[j] = swap;
        }
        return c;
    }

    static MetricValue value(String metric, double[][] x, double[][] y) {
        return MetricRegistry.installed().create(metric).compute(DenseMatrix.of(x), DenseMatrix.of(y),
                MetricContext.defaults());
    }

    static double number(String metric, double[][] x, double[][] y) {
        return value(metric, x, y).value();
    }

    static double[][] column(double... values) {
        double[][] c = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            c[i][0] = values[i];
        }
        return c;
    }
}
