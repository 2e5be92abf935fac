package org.repalign.compute.tests.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.LogisticFit;
import org.repalign.compute.probe.LogisticRegression;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.probe.ProbeSettings;

class AttributeProbeTest {

    private static double[][] gaussian(Random random, int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    /** Label = ⟨x, u⟩ &gt; 0.3 for a fixed direction u: linearly separable. */
    private static boolean[] planted(double[][] x) {
        boolean[] labels = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            double t = 0;
            for (int j = 0; j < x[i].length; j++) {
                t += (j % 3 - 1) * x[i][j];
            }
            labels[i] = t > 0.3;
        }
        return labels;
    }

    @Test
    void stationarityAtTheOptimum() {
        // checks Σ(p − y) = 0 and Xᵀ(p − y) + λw = 0 with p computed here from the returned fit
        Random random = new Random(1);
        double[][] x = gaussian(random, 150, 5);
        boolean[] labels = new boolean[150];
        for (int i = 0; i < 150; i++) {
            labels[i] = x[i][0] - 0.5 * x[i][2] + random.nextGaussian() > 0.2;
        }
        for (double lambda : new double[] {0, 0.1, 1, 10}) {
            LogisticFit fit = LogisticRegression.fit(DenseMatrix.of(x), labels, lambda);
            assertTrue(fit.converged());
            double[] w = fit.weights();
            double interceptGradient = 0;
            double[] gradient = new double[5];
            for (int i = 0; i < 150; i++) {
                double eta = fit.intercept();
                for (int j = 0; j < 5; j++) {
                    eta += w[j] * x[i][j];
                }
                double r = 1 / (1 + Math.exp(-eta)) - (labels[i] ? 1 : 0);
                interceptGradient += r;
                for (int j = 0; j < 5; j++) {
                    gradient[j] += r * x[i][j];
                }
            }
            assertEquals(0, interceptGradient, 1e-9);
            for (int j = 0; j < 5; j++) {
                assertEquals(0, gradient[j] + lambda * w[j], 1e-9, "λ = " + lambda + ", weight " + j);
            }
        }
    }

    @Test
    void separableDataStaysFinite() {
        // 1-D separable data: without a penalty the weight would diverge; with λ it is finite
        double[][] x = {{-2}, {-1}, {-0.5}, {0.5}, {1}, {2}};
        boolean[] labels = {false, false, false, true, true, true};
        for (double lambda : new double[] {1e-4, 1}) {
            LogisticFit fit = LogisticRegression.fit(DenseMatrix.of(x), labels, lambda);
            assertTrue(fit.converged());
            assertTrue(Double.isFinite(fit.weights()[0]) && fit.weights()[0] > 0);
            assertTrue(fit.gradientNorm() < 1e-8);
            // symmetric data: the intercept is 0 (up to rounding)
            assertEquals(0, fit.intercept(), 1e-8);
        }
        assertTrue(LogisticRegression.fit(DenseMatrix.of(x), labels, 1e-4).weights()[0]
                > LogisticRegression.fit(DenseMatrix.of(x), labels, 1).weights()[0]);
    }

    @Test
    void plantedAttributeIsFoundAndAShuffledOneIsNot() {
        Random random = new Random(2);
        int n = 400;
        double[][] x = gaussian(random, n, 10);
        boolean[] labels = planted(x);
        ProbeResult result = AttributeProbe.evaluate(DenseMatrix.of(x), labels, ProbeSettings.defaults(5));
        assertTrue(result.auroc() > 0.95, "AUROC " + result.auroc());
        assertTrue(result.accuracy() > result.majorityBaseline());
        // the direction points along u = (−1, 0, 1, −1, 0, 1, ...): cosine close to 1
        double[] w = result.direction();
        double dot = 0;
        double ww = 0;
        double uu = 0;
        for (int j = 0; j < 10; j++) {
            dot += w[j] * (j % 3 - 1);
            ww += w[j] * w[j];
            uu += (j % 3 - 1) * (j % 3 - 1);
        }
        assertTrue(dot / Math.sqrt(ww * uu) > 0.95);
        // shuffled labels: under the null the AUROC has s.d. √((P + N + 1) / (12·P·N)) ≈ 0.029
        // for P ≈ N ≈ 200 (Hanley and McNeil 1982); allow 4 s.d.
        boolean[] shuffled = labels.clone();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        ProbeResult noise = AttributeProbe.evaluate(DenseMatrix.of(x), shuffled, ProbeSettings.defaults(5));
        int p = noise.positives();
        double sd = Math.sqrt((n + 1.0) / (12.0 * p * (n - p)));
        assertEquals(0.5, noise.auroc(), 4 * sd, "AUROC " + noise.auroc());
    }

    @Test
    void balancedAccuracyByHand() {
        // 10 positives at x = +1, one positive and 20 negatives at x = −1. Whatever the fold,
        // the probe trained on the others calls x = +1 positive and x = −1 negative, so the odd
        // positive is the only error: accuracy 30/31, balanced ½(10/11 + 20/20) = 21/22,
        // majority baseline 20/31
        double[][] x = new double[31][];
        boolean[] labels = new boolean[31];
        for (int i = 0; i < 31; i++) {
            x[i] = new double[] {i < 10 ? 1 : -1};
            labels[i] = i <= 10;
        }
        ProbeResult result = AttributeProbe.evaluate(DenseMatrix.of(x), labels, ProbeSettings.defaults(3));
        assertEquals(30.0 / 31, result.accuracy(), 1e-15);
        assertEquals(21.0 / 22, result.balancedAccuracy(), 1e-15);
        assertEquals(20.0 / 31, result.majorityBaseline(), 1e-15);
        assertEquals(11, result.positives());
        assertEquals(20, result.negatives());
    }

    @Test
    void predictionsAreInvariantUnderRotation() {
        // the penalty λ‖w‖² is rotation invariant and features are not rescaled, so rotating the
        // features (x ↦ Qx) rotates the weights (w ↦ Qw) and keeps every decision value, for any λ
        Random random = new Random(3);
        int n = 120;
        int p = 6;
        double[][] x = gaussian(random, n, p);
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = x[i][0] + x[i][1] + random.nextGaussian() > 0;
        }
        double[][] q = orthogonal(random, p);
        double[][] rotated = new double[n][p];
        for (int i = 0; i < n; i++) {
            rotated[i] = multiply(q, x[i]);
        }
        for (double lambda : new double[] {0.01, 1}) {
            ProbeSettings settings = new ProbeSettings(5, lambda, 10, 17);
            ProbeResult plain = AttributeProbe.evaluate(DenseMatrix.of(x), labels, settings);
            ProbeResult turned = AttributeProbe.evaluate(DenseMatrix.of(rotated), labels, settings);
            assertArrayEquals(plain.fold(), turned.fold());
            assertArrayEquals(plain.outOfFoldScores(), turned.outOfFoldScores(), 1e-8);
            assertArrayEquals(multiply(q, plain.direction()), turned.direction(), 1e-8);
            assertEquals(plain.intercept(), turned.intercept(), 1e-8);
            assertEquals(plain.auroc(), turned.auroc(), 1e-12);
        }
    }

    @Test
    void permutingRowsWithTheirFoldsGivesTheSameResult() {
        Random random = new Random(4);
        int n = 90;
        double[][] x = gaussian(random, n, 4);
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = x[i][3] + 0.5 * random.nextGaussian() > 0;
        }
        ProbeSettings settings = ProbeSettings.defaults(23);
        ProbeResult original = AttributeProbe.evaluate(DenseMatrix.of(x), labels, settings);
        int[] order = new int[n];
        Arrays.setAll(order, i -> (i * 37 + 11) % n); // a permutation: gcd(37, 90) = 1
        double[][] px = new double[n][];
        boolean[] pl = new boolean[n];
        int[] pf = new int[n];
        int[] fold = original.fold();
        for (int i = 0; i < n; i++) {
            px[i] = x[order[i]];
            pl[i] = labels[order[i]];
            pf[i] = fold[order[i]];
        }
        ProbeResult permuted = AttributeProbe.evaluate(DenseMatrix.of(px), pl, pf, settings);
        double[] scores = original.outOfFoldScores();
        double[] permutedScores = permuted.outOfFoldScores();
        for (int i = 0; i < n; i++) {
            assertEquals(scores[order[i]], permutedScores[i], 1e-9);
        }
        assertArrayEquals(original.direction(), permuted.direction(), 1e-9);
        assertEquals(original.auroc(), permuted.auroc(), 1e-12);
        assertEquals(original.accuracy(), permuted.accuracy(), 1e-15);
    }

    @Test
    void seededFoldsAreStratifiedAndReproducible() {
        boolean[] labels = new boolean[53];
        for (int i = 0; i < 53; i++) {
            labels[i] = i % 4 == 0; // 14 positives, 39 negatives
        }
        int[] fold = AttributeProbe.foldAssignment(labels, 5, 42);
        assertArrayEquals(fold, AttributeProbe.foldAssignment(labels, 5, 42));
        assertFalse(Arrays.equals(fold, AttributeProbe.foldAssignment(labels, 5, 43)));
        int[] positives = new int[5];
        int[] sizes = new int[5];
        for (int i = 0; i < 53; i++) {
            sizes[fold[i]]++;
            if (labels[i]) {
                positives[fold[i]]++;
            }
        }
        for (int f = 0; f < 5; f++) {
            assertTrue(positives[f] == 2 || positives[f] == 3, "fold " + f);
            assertTrue(sizes[f] == 10 || sizes[f] == 11, "fold " + f);
        }
        // determinism of the whole evaluation
        Random random = new Random(6);
        double[][] x = gaussian(random, 53, 3);
        ProbeResult a = AttributeProbe.evaluate(DenseMatrix.of(x), labels, ProbeSettings.defaults(42));
        ProbeResult b = AttributeProbe.evaluate(DenseMatrix.of(x), labels, ProbeSettings.defaults(42));
        assertArrayEquals(a.outOfFoldScores(), b.outOfFoldScores());
        assertEquals(42, a.settings().seed());
    }

    @Test
    void sparseCodesUseTheActiveLatentsOnly() {
        // a CSR input with never-active latents gives the same scores as the dense matrix, and
        // weight 0 on the inactive latents
        Random random = new Random(9);
        int n = 80;
        int m = 9;
        double[][] z = new double[n][m];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (j != 2 && j != 7 && random.nextInt(3) == 0) {
                    z[i][j] = random.nextDouble();
                }
            }
            labels[i] = z[i][0] + z[i][4] + 0.3 * random.nextGaussian() > 0.4;
        }
        ProbeSettings settings = ProbeSettings.defaults(1);
        ProbeResult dense = AttributeProbe.evaluate(DenseMatrix.of(z), labels, settings);
        ProbeResult sparse = AttributeProbe.evaluate(AurocTest.csr(z), labels, settings);
        assertArrayEquals(dense.outOfFoldScores(), sparse.outOfFoldScores(), 1e-9);
        assertArrayEquals(dense.direction(), sparse.direction(), 1e-9);
        assertEquals(m, sparse.direction().length);
        assertEquals(0, sparse.direction()[2]);
        assertEquals(0, sparse.direction()[7]);
    }

    @Test
    void badSettingsNameTheField() {
        double[][] x = new double[20][1];
        boolean[] labels = new boolean[20];
        for (int i = 0; i < 20; i++) {
            x[i][0] = i;
            labels[i] = i < 4;
        }
        DenseMatrix m = DenseMatrix.of(x);
        IllegalArgumentException folds = assertThrows(IllegalArgumentException.class,
                () -> AttributeProbe.evaluate(m, labels, new ProbeSettings(5, 1, 2, 0)));
        assertTrue(folds.getMessage().startsWith("folds"), folds.getMessage());
        IllegalArgumentException min = assertThrows(IllegalArgumentException.class,
                () -> AttributeProbe.evaluate(m, labels, ProbeSettings.defaults(0)));
        assertTrue(min.getMessage().contains("minPositives"), min.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProbeSettings(1, 1, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new ProbeSettings(5, -1, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new ProbeSettings(5, 1, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> AttributeProbe.evaluate(m, new boolean[19], ProbeSettings.defaults(0)));
    }

    private static double[][] orthogonal(Random random, int p) {
        double[][] q = gaussian(random, p, p);
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < i; k++) {
                double d = 0;
                for (int j = 0; j < p; j++) {
                    d += q[i][j] * q[k][j];
                }
                for (int j = 0; j < p; j++) {
                    q[i][j] -= d * q[k][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < p; j++) {
                norm += q[i][j] * q[i][j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < p; j++) {
                q[i][j] /= norm;
            }
        }
        return q;
    }

    private static double[] multiply(double[][] q, double[] v) {
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += q[i][j] * v[j];
            }
        }
        return out;
    }


    /**
     * The design shared across attributes ({@link AttributeProbe.Prepared}): every out-of-fold
     * score must be the one of a Newton fit on that fold's training rows, made here
     * independently with the public solver, the refitted direction the Newton fit on all rows,
     * and the values exactly those of the plain call.
     */
    @Test
    void preparedDesignGivesTheNewtonOptimaOfEveryFold() {
        Random random = new Random(41);
        int n = 240;
        int p = 24;
        double[][] rows = gaussian(random, n, p);
        double[] data = new double[n * p];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, data, i * p, p);
        }
        DenseMatrix x = DenseMatrix.of(rows);
        AttributeProbe.Prepared prepared = new AttributeProbe.Prepared(x);
        for (int attribute = 0; attribute < 3; attribute++) {
            boolean[] labels = new boolean[n];
            for (int i = 0; i < n; i++) {
                double t = 0.5 * random.nextGaussian();
                for (int j = 0; j < p; j++) {
                    t += ((j + attribute) % 4 - 1.5) * rows[i][j] / 4;
                }
                labels[i] = t > 0.2;
            }
            ProbeSettings settings = new ProbeSettings(4, 1.0, 5, 7L + attribute);
            int[] fold = AttributeProbe.foldAssignment(labels, 4, 7L + attribute);
            ProbeResult probe = AttributeProbe.evaluate(prepared, labels, fold, settings);
            for (int f = 0; f < 4; f++) {
                final int held = f;
                int[] train = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
                LogisticFit cold = LogisticRegression.fit(data, p, train, labels, 1.0, LogisticRegression.Solver.NEWTON);
                for (int i = 0; i < n; i++) {
                    if (fold[i] != held) {
                        continue;
                    }
                    double t = cold.intercept();
                    for (int j = 0; j < p; j++) {
                        t += cold.weights()[j] * rows[i][j];
                    }
                    assertEquals(t, probe.outOfFoldScores()[i], 1e-6 * Math.max(1, Math.abs(t)),
                            "attribute " + attribute + ", fold " + f + ", row " + i);
                }
            }
            int[] all = java.util.stream.IntStream.range(0, n).toArray();
            LogisticFit full = LogisticRegression.fit(data, p, all, labels, 1.0, LogisticRegression.Solver.NEWTON);
            assertArrayEquals(full.weights(), probe.direction(), 1e-6);
            // the prepared matrix gives exactly what the plain call gives
            ProbeResult plain = AttributeProbe.evaluate(x, labels, fold, settings);
            assertArrayEquals(plain.outOfFoldScores(), probe.outOfFoldScores(), 0.0);
            assertArrayEquals(plain.direction(), probe.direction(), 0.0);
        }
    }

    /** The same for SAE-like codes fitted by L-BFGS on the CSR matrix (many latents). */
    @Test
    void preparedCodesGiveTheNewtonOptimaOfEveryFold() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int n = 300;
        int m = 40;
        org.repalign.compute.data.CsrMatrix codes = LogisticSolversTest.codes(random, n, m, 4);
        double[] data = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int q = codes.rowStart(i); q < codes.rowEnd(i); q++) {
                data[i * m + codes.columnAt(q)] += codes.valueAt(q);
            }
        }
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = data[i * m] + data[i * m + 1] - data[i * m + 2] + 0.4 * random.nextDouble() > 0.3;
        }
        ProbeSettings settings = new ProbeSettings(3, 1.0, 5, 3L);
        int[] fold = AttributeProbe.foldAssignment(labels, 3, 3L);
        ProbeResult probe = AttributeProbe.evaluate(new AttributeProbe.Prepared(codes), labels, fold, settings);
        for (int f = 0; f < 3; f++) {
            final int held = f;
            int[] train = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
            LogisticFit cold = LogisticRegression.fit(data, m, train, labels, 1.0, LogisticRegression.Solver.NEWTON);
            for (int i = 0; i < n; i++) {
                if (fold[i] == held) {
                    double t = cold.intercept();
                    for (int j = 0; j < m; j++) {
                        t += cold.weights()[j] * data[i * m + j];
                    }
                    assertEquals(t, probe.outOfFoldScores()[i], 1e-6 * Math.max(1, Math.abs(t)), "fold " + f + ", row " + i);
                }
            }
        }
    }
}
