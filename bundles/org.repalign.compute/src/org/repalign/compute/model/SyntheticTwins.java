package org.repalign.compute.model;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.stats.SplitMix64;

/**
 * Synthetic twins of sources: RepAlign's own signal/bias/noise model (research notes §7) run
 * forward with a source's fitted noise law and offset on the items it was fitted to. Twin row o
 * is r(o) = A s(o) + b + σ·f(o)<sup>−γ</sup>·ε(o), scaled to unit length, with the shared codes
 * s(o) given (the same for every twin of an experiment), A a d × m dictionary of random unit
 * columns, b a random direction of norm β, ε ~ N(0, I/d). β is chosen so that the twin's mean
 * unit row has the source's norm, σ so that σ/T is the source's relative noise scale, T² the
 * mean over items of ‖A s(o) + b‖² (the two are solved together by fixed-point iteration with
 * bisection on β).
 *
 * <p><b>Seeds.</b> Twin i draws its dictionary, bias direction and noise from SplitMix64 streams
 * seeded with mix(seed + i) (dictionary, then direction) and mix(mix(seed + i) + 1) (noise), so
 * that a twin does not depend on the others.
 */
public final class SyntheticTwins {

    private SyntheticTwins() {
    }

    /**
     * What one twin copies of its source.
     *
     * @param dimension     d of the source
     * @param meanNorm      ‖mean unit row‖ of the source
     * @param relativeNoise σ/T of the source's noise law
     * @param gamma         γ of the source's noise law
     */
    public record Spec(int dimension, double meanNorm, double relativeNoise, double gamma) {
    }

    /**
     * @param codes       n × m shared codes, non-negative
     * @param frequencies the n items' frequencies, positive
     * @param spec        what the twin copies
     * @param index       the twin's index (its streams)
     * @param seed        the experiment's seed of the twins
     * @return the twin's n × d unit rows
     * @throws IllegalArgumentException when the shapes disagree or every code is zero
     */
    public static DenseMatrix twin(double[][] codes, double[] frequencies, Spec spec, int index, long seed) {
        int n = codes.length;
        if (n == 0 || frequencies.length != n) {
            throw new IllegalArgumentException(n + " code rows for " + frequencies.length + " frequencies");
        }
        int m = codes[0].length;
        int d = spec.dimension();
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed + index));
        double[][] a = new double[m][d];
        for (double[] atom : a) {
            double norm = 0;
            for (int r = 0; r < d; r++) {
                atom[r] = random.nextGaussian();
                norm += atom[r] * atom[r];
            }
            norm = Math.sqrt(norm);
            for (int r = 0; r < d; r++) {
                atom[r] /= norm;
            }
        }
        double[] direction = new double[d];
        double norm = 0;
        for (int r = 0; r < d; r++) {
            direction[r] = random.nextGaussian();
            norm += direction[r] * direction[r];
        }
        norm = Math.sqrt(norm);
        for (int r = 0; r < d; r++) {
            direction[r] /= norm;
        }
        double[][] signal = new double[n][d];
        boolean any = false;
        for (int o = 0; o < n; o++) {
            for (int j = 0; j < m; j++) {
                double s = codes[o][j];
                if (s != 0) {
                    any = true;
                    for (int r = 0; r < d; r++) {
                        signal[o][r] += s * a[j][r];
                    }
                }
            }
        }
        if (!any) {
            throw new IllegalArgumentException("every code is zero: the twins would have no signal");
        }
        double[][] noise = new double[n][d];
        SplitMix64 noiseRandom = new SplitMix64(SplitMix64.mix(SplitMix64.mix(seed + index) + 1));
        double unit = 1 / Math.sqrt(d);
        for (int o = 0; o < n; o++) {
            for (int r = 0; r < d; r++) {
                noise[o][r] = unit * noiseRandom.nextGaussian();
            }
        }
        // β and σ together: the mean unit row's norm rises with β; σ follows T
        double beta = 0;
        double sigma = 0;
        for (int round = 0; round < 4; round++) {
            sigma = spec.relativeNoise() * Math.sqrt(meanSquaredNorm(signal, direction, beta));
            double low = 0;
            double high = 1;
            while (meanNorm(signal, noise, direction, high, sigma, frequencies, spec.gamma()) < spec.meanNorm()
                    && high < 1e6) {
                high *= 2;
            }
            for (int step = 0; step < 40; step++) {
                double middle = (low + high) / 2;
                if (meanNorm(signal, noise, direction, middle, sigma, frequencies, spec.gamma()) < spec.meanNorm()) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            beta = (low + high) / 2;
        }
        double[] values = new double[n * d];
        double[] row = new double[d];
        for (int o = 0; o < n; o++) {
            fill(row, signal[o], noise[o], direction, beta, sigma * Math.pow(frequencies[o], -spec.gamma()));
            double length = length(row);
            for (int r = 0; r < d; r++) {
                values[o * d + r] = row[r] / length;
            }
        }
        return DenseMatrix.wrap(n, d, values);
    }

    private static double meanSquaredNorm(double[][] signal, double[] direction, double beta) {
        double total = 0;
        for (double[] s : signal) {
            double squares = 0;
            for (int r = 0; r < s.length; r++) {
                double v = s[r] + beta * direction[r];
                squares += v * v;
            }
            total += squares / signal.length;
        }
        return total;
    }

    private static double meanNorm(double[][] signal, double[][] noise, double[] direction, double beta,
            double sigma, double[] frequencies, double gamma) {
        int d = direction.length;
        double[] mean = new double[d];
        double[] row = new double[d];
        for (int o = 0; o < signal.length; o++) {
            fill(row, signal[o], noise[o], direction, beta, sigma * Math.pow(frequencies[o], -gamma));
            double length = length(row);
            for (int r = 0; r < d; r++) {
                mean[r] += row[r] / length / signal.length;
            }
        }
        return length(mean);
    }

    private static void fill(double[] row, double[] signal, double[] noise, double[] direction, double beta,
            double scale) {
        for (int r = 0; r < row.length; r++) {
            row[r] = signal[r] + beta * direction[r] + scale * noise[r];
        }
    }

    private static double length(double[] v) {
        double squares = 0;
        for (double x : v) {
            squares += x * x;
        }
        return Math.sqrt(squares);
    }
}
