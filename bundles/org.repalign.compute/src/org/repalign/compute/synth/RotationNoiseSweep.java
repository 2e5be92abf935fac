package org.repalign.compute.synth;

import java.util.SplittableRandom;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.LinearCka;

/**
 * A calibration curve for alignment metrics: linear CKA between a random representation X and
 * a second "model" Y = XQ + σE, where Q is a random orthogonal matrix (a product of Givens
 * rotations) and E standard Gaussian noise. At σ = 0 the two models differ only by a rotation,
 * which CKA ignores, so the curve starts at exactly 1 and falls as noise grows.
 */
public final class RotationNoiseSweep {

    private RotationNoiseSweep() {
    }

    /**
     * @param items       rows n (≥ 2)
     * @param dimension   columns d (≥ 2)
     * @param noiseLevels the σ values
     * @param seed        seed of X, Q and E
     * @return CKA(X, XQ + σE) for each σ, NaN where undefined
     */
    public static double[] linearCka(int items, int dimension, double[] noiseLevels, long seed) {
        if (items < 2 || dimension < 2) {
            throw new IllegalArgumentException("need at least 2 items and 2 dimensions, got " + items + " x " + dimension);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = gaussian(random, items, dimension);
        double[][] rotated = rotate(x, random);
        double[][] noise = gaussian(random, items, dimension);
        DenseMatrix xm = DenseMatrix.of(x);
        double[] curve = new double[noiseLevels.length];
        for (int i = 0; i < noiseLevels.length; i++) {
            double sigma = noiseLevels[i];
            double[][] y = new double[items][dimension];
            for (int r = 0; r < items; r++) {
                for (int c = 0; c < dimension; c++) {
                    y[r][c] = rotated[r][c] + sigma * noise[r][c];
                }
            }
            curve[i] = LinearCka.compute(xm, DenseMatrix.of(y)).orElse(Double.NaN);
        }
        return curve;
    }

    private static double[][] gaussian(SplittableRandom random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = gaussian(random);
            }
        }
        return values;
    }

    /** Box–Muller transform of two uniform draws. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Applies a Givens rotation with a random angle to every pair of columns (i, j), i &lt; j. */
    private static double[][] rotate(double[][] x, SplittableRandom random) {
        double[][] y = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            y[r] = x[r].clone();
        }
        int d = x[0].length;
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double angle = 2 * Math.PI * random.nextDouble();
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                for (double[] row : y) {
                    double a = row[i];
                    double b = row[j];
                    row[i] = cos * a - sin * b;
                    row[j] = sin * a + cos * b;
                }
            }
        }
        return y;
    }
}
