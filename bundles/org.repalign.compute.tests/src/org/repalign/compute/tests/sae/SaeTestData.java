package org.repalign.compute.tests.sae;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.stats.SplitMix64;

/** Seeded synthetic data for the SAE tests. */
final class SaeTestData {

    private SaeTestData() {
    }

    /** A planted dictionary and rows generated from it. */
    record Planted(double[][] atoms, DenseMatrix rows) {
    }

    /**
     * Rows x = Σ c_a·atom_a over k distinct random atoms with coefficients uniform in [0.5, 1.5].
     *
     * @param d    dimension
     * @param m    atoms (unit norm, Gaussian directions)
     * @param k    atoms per row
     * @param n    rows
     * @param seed seed
     * @return dictionary and data
     */
    static Planted planted(int d, int m, int k, int n, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        double[][] atoms = new double[m][d];
        for (double[] atom : atoms) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                atom[c] = gaussian(rng);
                s += atom[c] * atom[c];
            }
            for (int c = 0; c < d; c++) {
                atom[c] /= Math.sqrt(s);
            }
        }
        double[] values = new double[n * d];
        int[] chosen = new int[k];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < k; i++) {
                int a;
                boolean fresh;
                do {
                    a = rng.nextInt(m);
                    fresh = true;
                    for (int j = 0; j < i; j++) {
                        fresh &= chosen[j] != a;
                    }
                } while (!fresh);
                chosen[i] = a;
                double coefficient = 0.5 + rng.nextDouble();
                for (int c = 0; c < d; c++) {
                    values[r * d + c] += coefficient * atoms[a][c];
                }
            }
        }
        return new Planted(atoms, DenseMatrix.wrap(n, d, values));
    }

    /** Gaussian rows. */
    static DenseMatrix gaussianRows(int n, int d, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = gaussian(rng);
        }
        return DenseMatrix.wrap(n, d, values);
    }

    static double gaussian(SplitMix64 rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
