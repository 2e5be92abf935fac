package org.repalign.compute.tests.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.multiply;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.orthogonal;
import static org.repalign.compute.tests.kernel.TestMatrices.plusNoise;
import static org.repalign.compute.tests.kernel.TestMatrices.shuffledRows;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.TieRule;

class CkaMetricsTest {

    /** X = [[0,0],[1,0],[0,1],[1,1]], Y = row sums of X. */
    private static final double[][] X = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
    private static final double[][] Y = { { 0 }, { 1 }, { 1 }, { 2 } };

    /** x = (1,1,0,0)ᵀ and y = (1,0,1,0)ᵀ, one feature each. */
    private static final double[][] PAIR_X = { { 1 }, { 1 }, { 0 }, { 0 } };
    private static final double[][] PAIR_Y = { { 1 }, { 0 }, { 1 }, { 0 } };

    /**
     * Centred: X̃ = [[-½,-½],[½,-½],[-½,½],[½,½]], Ỹ = [[-1],[0],[0],[1]].
     * tr(KHKH) = ‖X̃ᵀX̃‖²_F = ‖I‖² = 2; tr(LHLH) = ‖ỸᵀỸ‖² = 2² = 4; tr(KHLH) = ‖X̃ᵀỸ‖² = ‖(1,1)‖² = 2.
     * CKA = 2/√(2·4) = 1/√2.
     */
    @Test
    void biasedMatchesHandComputation() {
        assertEquals(1 / Math.sqrt(2), number("cka", X, Y), 1e-12);
    }

    /**
     * Reference clamp with ε = 100 on the same pair: √max(2·4, 100) = 10, so CKA = 2/10 = 0.2;
     * the clamped quantities are tr(KHKH) = 2 and tr(LHLH) = 4, without the 1/(n−1)² = 1/9 factor
     * (with it the product would be 8/81 and the value 2/9/10).
     */
    @Test
    void biasedEpsilonClampsTheUnscaledTraces() {
        MetricContext clamp = new MetricContext(0, TieRule.RANDOM, OptionalDouble.of(100), () -> false);
        assertEquals(0.2, TestMatrices.value("cka", DenseMatrix.of(X), DenseMatrix.of(Y), clamp).value(), 1e-12);
        MetricContext tiny = new MetricContext(0, TieRule.RANDOM, OptionalDouble.of(1e-6), () -> false);
        assertEquals(1 / Math.sqrt(2), TestMatrices.value("cka", DenseMatrix.of(X), DenseMatrix.of(Y), tiny).value(),
                1e-12);
    }

    /**
     * n = 4, K = xxᵀ, L = yyᵀ. K̃ (zero diagonal) has ones at (1,2),(2,1) only; L̃ at (1,3),(3,1).
     * (n−1)(n−2) = 6, n−2 = 2, n(n−3) = 4.
     * HSIC_u(K,L): tr(K̃L̃) = 0, 1ᵀK̃1 = 2, 1ᵀL̃1 = 2, K̃1 = (1,1,0,0), L̃1 = (1,0,1,0), 1ᵀK̃L̃1 = 1
     *   → [0 + 4/6 − 2·1/2]/4 = −1/12.
     * HSIC_u(K,K): tr(K̃K̃) = 2, (2·2)/6 = 2/3, 1ᵀK̃K̃1 = 2 → [2 + 2/3 − 2]/4 = 1/6; same for L.
     * Unbiased CKA = (−1/12)/(1/6) = −1/2.
     * Biased: x̃ = (½,½,−½,−½), ỹ = (½,−½,½,−½), x̃·ỹ = 0 → CKA = 0.
     */
    @Test
    void unbiasedMatchesHandComputation() {
        assertEquals(-0.5, number("unbiased_cka", PAIR_X, PAIR_Y), 1e-12);
        assertEquals(0.0, number("cka", PAIR_X, PAIR_Y), 1e-12);
    }

    /** Same pair with ε = 1: √max(1/6·1/6, 1) = 1, so the value is HSIC_u(K,L) = −1/12 itself. */
    @Test
    void unbiasedEpsilonClampsTheScaledEstimate() {
        MetricContext clamp = new MetricContext(0, TieRule.RANDOM, OptionalDouble.of(1), () -> false);
        assertEquals(-1.0 / 12,
                TestMatrices.value("unbiased_cka", DenseMatrix.of(PAIR_X), DenseMatrix.of(PAIR_Y), clamp).value(), 1e-12);
    }

    @Test
    void identicalInputsGiveOne() {
        double[][] x = gaussian(30, 5, 1);
        assertEquals(1.0, number("cka", x, x), 1e-12);
        assertEquals(1.0, number("unbiased_cka", x, x), 1e-12);
    }

    @Test
    void invariantToRotationAndIsotropicScaling() {
        double[][] x = gaussian(40, 6, 2);
        double[][] z = plusNoise(multiply(x, gaussian(6, 4, 3), 1), 1.0, 4);
        double[][] rotated = multiply(x, orthogonal(6, 5), 2.5);
        for (String metric : new String[] { "cka", "unbiased_cka" }) {
            assertEquals(1.0, number(metric, x, rotated), 1e-10, metric);
            assertEquals(number(metric, x, z), number(metric, rotated, z), 1e-10, metric);
        }
    }

    @Test
    void symmetricAndBounded() {
        double[][] x = gaussian(50, 4, 6);
        double[][] y = plusNoise(multiply(x, gaussian(4, 7, 7), 1), 2.0, 8);
        double biased = number("cka", x, y);
        assertEquals(biased, number("cka", y, x), 1e-12);
        assertTrue(biased > 0 && biased < 1, "cka " + biased);
        double unbiased = number("unbiased_cka", x, y);
        assertEquals(unbiased, number("unbiased_cka", y, x), 1e-12);
        assertTrue(unbiased > -1 && unbiased < 1, "unbiased_cka " + unbiased);
    }

    @Test
    void shufflingOneSideDropsToChance() {
        double[][] x = gaussian(300, 8, 9);
        double[][] y = plusNoise(multiply(x, orthogonal(8, 10), 1), 0.3, 11);
        double[][] shuffled = shuffledRows(y, 12);
        assertTrue(number("cka", x, y) > 0.8);
        assertTrue(number("unbiased_cka", x, y) > 0.8);
        // chance level of biased linear CKA for independent 8-dimensional Gaussians at n = 300 is
        // about 8/300 ≈ 0.03; the unbiased estimator is centred on 0
        assertTrue(number("cka", x, shuffled) < 0.15, "shuffled cka " + number("cka", x, shuffled));
        assertTrue(Math.abs(number("unbiased_cka", x, shuffled)) < 0.05);
    }

    @Test
    void constantInputIsUndefinedWithWarning() {
        double[][] constant = new double[10][3];
        for (double[] row : constant) {
            row[0] = 0.3;
            row[1] = -1.7;
            row[2] = 2.0;
        }
        double[][] y = gaussian(10, 2, 13);
        for (String metric : new String[] { "cka", "unbiased_cka" }) {
            MetricValue value = TestMatrices.value(metric, constant, y);
            assertFalse(value.isDefined(), metric);
            assertTrue(value.warnings().get(0).contains("first representation"), value.warnings().toString());
        }
    }

    @Test
    void unbiasedNeedsFourRows() {
        double[][] three = gaussian(3, 2, 14);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> number("unbiased_cka", three, three));
        assertTrue(error.getMessage().contains("unbiased_cka") && error.getMessage().contains("n >= 4"),
                error.getMessage());
    }

    @Test
    void rowCountsMustMatch() {
        assertThrows(IllegalArgumentException.class, () -> number("cka", gaussian(5, 2, 1), gaussian(6, 2, 1)));
    }

    /**
     * Above 2048 rows the linear metrics switch to feature-space formulas. Compared with the
     * definitions evaluated directly on explicit n × n matrices (Song et al. 2012, eq. 5, and
     * tr(KHLH) by double centring).
     */
    @Test
    void featureSpacePathMatchesDefinitions() {
        int n = 2050;
        double[][] x = gaussian(n, 3, 15);
        double[][] y = plusNoise(multiply(x, gaussian(3, 2, 16), 1), 1.0, 17);
        double[][] k = gram(x);
        double[][] l = gram(y);
        double biased = biasedHsic(k, l) / Math.sqrt(biasedHsic(k, k) * biasedHsic(l, l));
        double unbiased = unbiasedHsic(k, l) / Math.sqrt(unbiasedHsic(k, k) * unbiasedHsic(l, l));
        assertEquals(biased, number("cka", x, y), 1e-9);
        assertEquals(unbiased, number("unbiased_cka", x, y), 1e-9);
    }

    private static double[][] gram(double[][] x) {
        int n = x.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int c = 0; c < x[0].length; c++) {
                    dot += x[i][c] * x[j][c];
                }
                k[i][j] = dot;
            }
        }
        return k;
    }

    private static double biasedHsic(double[][] k, double[][] l) {
        double[][] kc = doubleCentred(k);
        double[][] lc = doubleCentred(l);
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                sum += kc[i][j] * lc[j][i];
            }
        }
        return sum;
    }

    private static double[][] doubleCentred(double[][] k) {
        int n = k.length;
        double[] rowMean = new double[n];
        double[] columnMean = new double[n];
        double all = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowMean[i] += k[i][j] / n;
                columnMean[j] += k[i][j] / n;
                all += k[i][j] / ((double) n * n);
            }
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = k[i][j] - rowMean[i] - columnMean[j] + all;
            }
        }
        return c;
    }

    private static double unbiasedHsic(double[][] k, double[][] l) {
        int n = k.length;
        double trace = 0;
        double sumK = 0;
        double sumL = 0;
        double[] kOnes = new double[n];
        double[] lOnes = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    trace += k[i][j] * l[j][i];
                    sumK += k[i][j];
                    sumL += l[i][j];
                    kOnes[i] += k[i][j];
                    lOnes[i] += l[i][j];
                }
            }
        }
        double middle = 0;
        for (int i = 0; i < n; i++) {
            middle += kOnes[i] * lOnes[i];
        }
        return (trace + sumK * sumL / ((n - 1.0) * (n - 2.0)) - 2 * middle / (n - 2.0)) / (n * (n - 3.0));
    }
}
