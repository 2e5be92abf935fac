package org.repalign.compute.tests.kernel;

import java.util.Random;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;

/** Seeded test matrices and a one-line way to evaluate a metric by name. */
public final class TestMatrices {

    private TestMatrices() {
    }

    public static double[][] gaussian(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return values;
    }

    /** A random orthogonal matrix: the Q of a Gram–Schmidt QR of a seeded Gaussian matrix. */
    public static double[][] orthogonal(int d, long seed) {
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

    public static double[][] multiply(double[][] a, double[][] b, double scale) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += scale * a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    public static double[][] plusNoise(double[][] a, double sd, long seed) {
        double[][] noise = gaussian(a.length, a[0].length, seed);
        double[][] c = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = a[i][j] + sd * noise[i][j];
            }
        }
        return c;
    }

    public static double[][] shuffledRows(double[][] a, long seed) {
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

    public static MetricValue value(String metric, double[][] x, double[][] y) {
        return value(metric, DenseMatrix.of(x), DenseMatrix.of(y), MetricContext.defaults());
    }

    public static MetricValue value(String metric, DenseMatrix x, DenseMatrix y, MetricContext context) {
        AlignmentMetric created = MetricRegistry.installed().create(metric);
        return created.compute(x, y, context);
    }

    public static double number(String metric, double[][] x, double[][] y) {
        return value(metric, x, y).value();
    }
}
