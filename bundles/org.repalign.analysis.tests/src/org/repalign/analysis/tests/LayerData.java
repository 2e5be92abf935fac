package org.repalign.analysis.tests;

import java.nio.file.Path;
import java.util.Random;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.NpyWriter;

/** Small layered sources for the tests: Gaussian layers, rotations, .npy files of 2 and 3 dimensions. */
final class LayerData {

    private LayerData() {
    }

    /** @return an n × d matrix of independent standard normal values */
    static double[][] gaussian(Random random, int n, int d) {
        double[][] m = new double[n][d];
        for (double[] row : m) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }

    /** @return a random d × d orthogonal matrix (Gram–Schmidt of a Gaussian one) */
    static double[][] rotation(Random random, int d) {
        double[][] q = gaussian(random, d, d);
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < i; k++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += q[i][j] * q[k][j];
                }
                for (int j = 0; j < d; j++) {
                    q[i][j] -= dot * q[k][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += q[i][j] * q[i][j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                q[i][j] /= norm;
            }
        }
        return q;
    }

    /** @return x · q */
    static double[][] times(double[][] x, double[][] q) {
        double[][] out = new double[x.length][q[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < q.length; k++) {
                for (int j = 0; j < q[0].length; j++) {
                    out[i][j] += x[i][k] * q[k][j];
                }
            }
        }
        return out;
    }

    /** Writes a 2-D float64 .npy file. */
    static Path npy(Path file, double[][] m) throws RepresentationFileException {
        NpyWriter.write(file, flat(new double[][][] {m}), m.length, m[0].length);
        return file;
    }

    /** Writes a 3-D float64 .npy file [layers, rows, columns]. */
    static Path npy(Path file, double[][][] layers) throws RepresentationFileException {
        NpyWriter.write(file, flat(layers), layers.length, layers[0].length, layers[0][0].length);
        return file;
    }

    private static double[] flat(double[][][] layers) {
        int n = layers[0].length;
        int d = layers[0][0].length;
        double[] values = new double[layers.length * n * d];
        int next = 0;
        for (double[][] layer : layers) {
            for (double[] row : layer) {
                for (double value : row) {
                    values[next++] = value;
                }
            }
        }
        return values;
    }
}
