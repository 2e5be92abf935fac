package org.repalign.compute.tests.knn;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.metrics.knn.CknnaFactory;
import org.repalign.compute.metrics.knn.CycleKnnFactory;
import org.repalign.compute.metrics.knn.KnnEditFactory;
import org.repalign.compute.metrics.knn.KnnEditSimilarityFactory;
import org.repalign.compute.metrics.knn.LcsKnnFactory;
import org.repalign.compute.metrics.knn.MutualKnnFactory;

/** Generators and helpers shared by the kNN tests. */
final class KnnTestData {

    private KnnTestData() {
    }

    static MetricRegistry registry() {
        return new MetricRegistry(List.of(new MutualKnnFactory(), new KnnEditFactory(), new KnnEditSimilarityFactory(),
                new CknnaFactory(), new CycleKnnFactory(), new LcsKnnFactory()));
    }

    static MetricContext context(TieRule rule, long seed) {
        return new MetricContext(seed, rule, OptionalDouble.empty(), () -> false);
    }

    static double value(String metric, RowMatrix x, RowMatrix y, MetricContext context) {
        return registry().create(metric).compute(x, y, context).value();
    }

    /** Gaussian rows scaled to unit length: no ties, almost surely. */
    static double[][] unitGaussian(int n, int d, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            double norm = 0;
            for (int c = 0; c < d; c++) {
                row[c] = random.nextGaussian();
                norm += row[c] * row[c];
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < d; c++) {
                row[c] /= norm;
            }
        }
        return rows;
    }

    /** Small integer entries in [-3, 3]: inner products are exact and often tied. */
    static double[][] smallIntegers(int n, int d, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int c = 0; c < d; c++) {
                row[c] = random.nextInt(7) - 3;
            }
        }
        return rows;
    }

    /**
     * Binary sparse codes: each row has {@code active} ones at distinct random columns, so
     * inner products are small integers and most of them are exactly 0.
     */
    static CsrMatrix binaryCodes(int n, int d, int active, long seed) {
        Random random = new Random(seed);
        int[] indptr = new int[n + 1];
        int[] indices = new int[n * active];
        double[] values = new double[n * active];
        for (int r = 0; r < n; r++) {
            int filled = 0;
            while (filled < active) {
                int column = random.nextInt(d);
                boolean seen = false;
                for (int p = r * active; p < r * active + filled; p++) {
                    seen |= indices[p] == column;
                }
                if (!seen) {
                    indices[r * active + filled] = column;
                    values[r * active + filled] = 1.0;
                    filled++;
                }
            }
            Arrays.sort(indices, r * active, r * active + active);
            indptr[r + 1] = (r + 1) * active;
        }
        return CsrMatrix.of(n, d, indptr, indices, values);
    }

    /** @return rows[permutation[i]] at position i */
    static double[][] permuteRows(double[][] rows, int[] permutation) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[permutation[i]].clone();
        }
        return out;
    }

    static int[] randomPermutation(int n, long seed) {
        Random random = new Random(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** A random orthogonal d × d matrix (Gram–Schmidt on Gaussian columns). */
    static double[][] randomRotation(int d, long seed) {
        double[][] q = unitGaussian(d, d, seed);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                double dot = 0;
                for (int c = 0; c < d; c++) {
                    dot += q[i][c] * q[j][c];
                }
                for (int c = 0; c < d; c++) {
                    q[i][c] -= dot * q[j][c];
                }
            }
            double norm = 0;
            for (int c = 0; c < d; c++) {
                norm += q[i][c] * q[i][c];
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < d; c++) {
                q[i][c] /= norm;
            }
        }
        return q;
    }

    /** @return scale · rows · q */
    static double[][] rotateAndScale(double[][] rows, double[][] q, double scale) {
        int d = q.length;
        double[][] out = new double[rows.length][d];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < d; c++) {
                double sum = 0;
                for (int m = 0; m < d; m++) {
                    sum += rows[r][m] * q[m][c];
                }
                out[r][c] = scale * sum;
            }
        }
        return out;
    }

    static DenseMatrix dense(double[][] rows) {
        return DenseMatrix.of(rows);
    }
}
