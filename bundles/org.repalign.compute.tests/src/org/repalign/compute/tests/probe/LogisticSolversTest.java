package org.repalign.compute.tests.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.LogisticFit;
import org.repalign.compute.probe.LogisticRegression;
import org.repalign.compute.probe.LogisticRegression.Solver;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.probe.ProbeSettings;

/** Newton's method and L-BFGS minimise the same objective: same optimum, dense and sparse. */
class LogisticSolversTest {

    /** n × p Gaussian features with shifted means (so that centring matters) and noisy labels. */
    private static double[][] dense(SplittableRandom random, int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = (1 + j % 4) * random.nextDouble(-1, 1) + 0.5 * (j % 3);
            }
        }
        return x;
    }

    private static boolean[] labels(SplittableRandom random, double[][] x) {
        boolean[] labels = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            double t = 0;
            for (int j = 0; j < x[i].length; j++) {
                t += ((j * 7) % 5 - 2) * x[i][j] / x[i].length;
            }
            labels[i] = t + 0.3 * random.nextGaussian() > 0.1;
        }
        return labels;
    }

    /** n × m codes with k nonzeros per row at random latents, latent j firing at a rate ∝ 1/(1+j/50). */
    static CsrMatrix codes(SplittableRandom random, int n, int m, int k) {
        int[] indptr = new int[n + 1];
        int[] indices = new int[n * k];
        double[] values = new double[n * k];
        int q = 0;
        for (int i = 0; i < n; i++) {
            int[] chosen = new int[k];
            int c = 0;
            while (c < k) {
                int j = (int) Math.min(m - 1, Math.floor(m * Math.pow(random.nextDouble(), 2)));
                boolean fresh = true;
                for (int t = 0; t < c; t++) {
                    fresh &= chosen[t] != j;
                }
                if (fresh) {
                    chosen[c++] = j;
                }
            }
            Arrays.sort(chosen);
            for (int j : chosen) {
                indices[q] = j;
                values[q++] = 0.1 + random.nextDouble() * 2;
            }
            indptr[i + 1] = q;
        }
        return CsrMatrix.of(n, m, indptr, indices, values);
    }

    private static boolean[] sparseLabels(SplittableRandom random, CsrMatrix x) {
        boolean[] labels = new boolean[x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            double t = 0;
            for (int q = x.rowStart(i); q < x.rowEnd(i); q++) {
                t += (x.columnAt(q) % 5 - 2) * x.valueAt(q);
            }
            labels[i] = t + random.nextGaussian() > 0;
        }
        return labels;
    }

    /** Largest component of the penalised gradient (Σ(p − y), Xᵀ(p − y) + λw), computed here. */
    static double gradient(RowMatrix x, boolean[] labels, LogisticFit fit) {
        int n = x.rows();
        int p = x.columns();
        double[] w = fit.weights();
        double[] g = new double[p];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double[] row = x.row(i);
            double eta = fit.intercept();
            for (int j = 0; j < p; j++) {
                eta += w[j] * row[j];
            }
            double r = LogisticRegression.sigmoid(eta) - (labels[i] ? 1 : 0);
            sum += r;
            for (int j = 0; j < p; j++) {
                g[j] += r * row[j];
            }
        }
        double largest = Math.abs(sum);
        for (int j = 0; j < p; j++) {
            largest = Math.max(largest, Math.abs(g[j] + fit.l2() * w[j]));
        }
        return largest;
    }

    private static void assertSameFit(LogisticFit newton, LogisticFit lbfgs, String what) {
        assertTrue(newton.converged() && lbfgs.converged(), what);
        double[] a = newton.weights();
        double[] b = lbfgs.weights();
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j], b[j], 1e-6 * scale, what + ", weight " + j);
        }
        assertEquals(newton.intercept(), lbfgs.intercept(), 1e-6 * Math.max(1, Math.abs(newton.intercept())), what);
    }

    @Test
    void denseSolversAgree() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] x = dense(random, 400, 30);
        boolean[] labels = labels(random, x);
        DenseMatrix m = DenseMatrix.of(x);
        for (double lambda : new double[] {0.1, 1, 10}) {
            LogisticFit newton = LogisticRegression.fit(m, labels, lambda, Solver.NEWTON);
            LogisticFit lbfgs = LogisticRegression.fit(m, labels, lambda, Solver.LBFGS);
            assertSameFit(newton, lbfgs, "λ = " + lambda);
            assertTrue(gradient(m, labels, lbfgs) < 1e-7, "λ = " + lambda + ": " + gradient(m, labels, lbfgs));
        }
    }

    @Test
    void sparseSolversAgree() {
        SplittableRandom random = new SplittableRandom(12);
        CsrMatrix x = codes(random, 600, 60, 6);
        boolean[] labels = sparseLabels(random, x);
        for (double lambda : new double[] {0.1, 1, 10}) {
            LogisticFit newton = LogisticRegression.fit(x, labels, lambda, Solver.NEWTON);
            LogisticFit lbfgs = LogisticRegression.fit(x, labels, lambda, Solver.LBFGS);
            assertSameFit(newton, lbfgs, "λ = " + lambda);
            assertTrue(gradient(x, labels, lbfgs) < 1e-7, "λ = " + lambda + ": " + gradient(x, labels, lbfgs));
            // the dense copy of the same matrix through L-BFGS gives the same fit
            LogisticFit denseLbfgs = LogisticRegression.fit(DenseMatrix.wrap(x.rows(), x.columns(), densify(x)), labels,
                    lambda, Solver.LBFGS);
            assertSameFit(newton, denseLbfgs, "dense copy, λ = " + lambda);
        }
    }

    @Test
    void manySparseLatentsConverge() {
        // n = 2,000, m = 3,000 latents, k = 16 nonzeros per row: far beyond the Newton threshold
        SplittableRandom random = new SplittableRandom(13);
        CsrMatrix x = codes(random, 2000, 3000, 16);
        boolean[] labels = sparseLabels(random, x);
        int[] rows = new int[x.rows()];
        Arrays.setAll(rows, i -> i);
        LogisticFit fit = LogisticRegression.fit(x, rows, labels, 1.0);
        assertTrue(fit.converged(), "iterations " + fit.iterations());
        assertEquals(3000, fit.weights().length);
        assertTrue(gradient(x, labels, fit) < 1e-6, "gradient " + gradient(x, labels, fit));
        assertEquals(Solver.LBFGS, Solver.AUTO.resolve(2000, 3000));
        assertEquals(Solver.NEWTON, Solver.AUTO.resolve(2000, LogisticRegression.AUTO_MAX_NEWTON_FEATURES));
        assertEquals(Solver.LBFGS, Solver.AUTO.resolve(2000, LogisticRegression.AUTO_MAX_NEWTON_FEATURES + 1));
    }

    @Test
    void illConditionedFeaturesStillReachTheOptimumWithAuto() {
        // strongly correlated features (rank 16 plus small noise) and a small λ: L-BFGS alone
        // stalls within its budget, AUTO finishes by Newton's method and matches it
        SplittableRandom random = new SplittableRandom(15);
        int n = 1500;
        int p = 260;
        int rank = 16;
        double[][] a = new double[rank][p];
        for (double[] row : a) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] x = new double[n][p];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] z = new double[rank];
            for (int r = 0; r < rank; r++) {
                z[r] = random.nextGaussian() * (r + 1);
            }
            for (int j = 0; j < p; j++) {
                double v = 0.01 * random.nextGaussian();
                for (int r = 0; r < rank; r++) {
                    v += z[r] * a[r][j];
                }
                x[i][j] = v;
            }
            labels[i] = z[0] - z[3] + x[i][5] + random.nextGaussian() > 0;
        }
        DenseMatrix m = DenseMatrix.of(x);
        assertEquals(Solver.LBFGS, Solver.AUTO.resolve(n, p));
        LogisticFit newton = LogisticRegression.fit(m, labels, 0.01, Solver.NEWTON);
        LogisticFit auto = LogisticRegression.fit(m, labels, 0.01);
        assertSameFit(newton, auto, "AUTO");
    }

    @Test
    void probeResultsAgreeBetweenSolvers() {
        SplittableRandom random = new SplittableRandom(14);
        double[][] x = dense(random, 500, 40);
        boolean[] labels = labels(random, x);
        ProbeSettings settings = ProbeSettings.defaults(3);
        int[] fold = AttributeProbe.foldAssignment(labels, settings.folds(), settings.seed());
        ProbeResult newton = AttributeProbe.evaluate(DenseMatrix.of(x), labels, fold, settings, Solver.NEWTON);
        ProbeResult lbfgs = AttributeProbe.evaluate(DenseMatrix.of(x), labels, fold, settings, Solver.LBFGS);
        assertEquals(newton.accuracy(), lbfgs.accuracy(), 1e-12);
        assertEquals(newton.balancedAccuracy(), lbfgs.balancedAccuracy(), 1e-12);
        assertEquals(newton.auroc(), lbfgs.auroc(), 1e-9);
        assertEquals(newton.intercept(), lbfgs.intercept(), 1e-6);
        double[] a = newton.outOfFoldScores();
        double[] b = lbfgs.outOfFoldScores();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6 * Math.max(1, Math.abs(a[i])));
        }
        // sparse: the CSR path (never densified) against Newton on the densified active latents
        CsrMatrix codes = codes(random, 600, 80, 8);
        boolean[] sparseLabels = sparseLabels(random, codes);
        int[] sparseFold = AttributeProbe.foldAssignment(sparseLabels, 5, 4);
        ProbeResult sparseNewton = AttributeProbe.evaluate(codes, sparseLabels, sparseFold, settings, Solver.NEWTON);
        ProbeResult sparseLbfgs = AttributeProbe.evaluate(codes, sparseLabels, sparseFold, settings, Solver.LBFGS);
        assertEquals(sparseNewton.accuracy(), sparseLbfgs.accuracy(), 1e-12);
        assertEquals(sparseNewton.auroc(), sparseLbfgs.auroc(), 1e-9);
        double[] u = sparseNewton.direction();
        double[] v = sparseLbfgs.direction();
        for (int j = 0; j < u.length; j++) {
            assertEquals(u[j], v[j], 1e-6);
        }
    }

    private static double[] densify(CsrMatrix x) {
        double[] data = new double[x.rows() * x.columns()];
        x.readRows(0, x.rows(), data, 0);
        return data;
    }
}
