package org.repalign.compute.tests.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.families.FamilyMatrices.affine;
import static org.repalign.compute.tests.families.FamilyMatrices.column;
import static org.repalign.compute.tests.families.FamilyMatrices.multiply;
import static org.repalign.compute.tests.families.FamilyMatrices.withZeroColumns;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.orthogonal;
import static org.repalign.compute.tests.kernel.TestMatrices.value;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;

/** {@code linear_r2} and {@code linear_r2_sym} against hand values and closed-form ridge fits. */
class LinearPredictivityTest {

    @Test
    void handComputedFourRowsTwoFolds() {
        // x = (0, 1, 2, 3), y = (0, 1, 1, 3), lambda = 1, folds {0, 2} and {1, 3}.
        // Test rows 0, 2, training rows 1, 3: Sxx = 2, Sxy = 2, α = 2, w = 2/4; ŷ = (1, 2).
        // Test rows 1, 3, training rows 0, 2: Sxx = 2, Sxy = 1, α = 2, w = 1/4; ŷ = (0.5, 1).
        // Residuals (−1, 0.5, −1, 2): 6.25; around ȳ = 1.25: 4.75. R² = 1 − 6.25/4.75 = −6/19.
        double[][] x = column(0, 1, 2, 3);
        double[][] y = column(0, 1, 1, 3);
        assertEquals(-6.0 / 19, number("linear_r2:lambda=1;folds=2", x, y), 1e-14);
        // y to x: w = 2/4 then 1/(0.5 + 0.5); x̂ = (1, 1.5, 1.5, 3.5); residuals 1.75 around 5: R² = 0.65
        assertEquals(0.65, number("linear_r2:lambda=1;folds=2", y, x), 1e-14);
        assertEquals((-6.0 / 19 + 0.65) / 2, number("linear_r2_sym:lambda=1;folds=2", x, y), 1e-14);
        assertEquals((-6.0 / 19 + 0.65) / 2, number("linear_r2_sym:lambda=1;folds=2", y, x), 1e-14);
    }

    @Test
    void agreesWithAClosedFormRidgeOnTwoPredictors() {
        double[][] x = affine(gaussian(23, 2, 1), 1, 4, -1);
        double[][] y = gaussian(23, 3, 2);
        for (int i = 0; i < 23; i++) {
            y[i][0] += 2 * x[i][0] - x[i][1];
            y[i][2] += 0.5 * x[i][1];
        }
        for (int folds : new int[] { 2, 5, 7 }) {
            for (double lambda : new double[] { 1e-3, 0.5 }) {
                String key = "linear_r2:lambda=" + lambda + ";folds=" + folds;
                assertEquals(closedFormR2(x, y, lambda, folds), number(key, x, y), 1e-12, key);
            }
        }
        assertEquals(closedFormR2(x, y, 1e-3, 5), number("linear_r2", x, y), 1e-12, "defaults lambda=1e-3, folds=5");
    }

    @Test
    void widePredictorsTakeTheKernelFormToTheSameValue() {
        // zero columns add nothing to X̃ᵀX̃ but its trace is divided by more columns, so lambda scales
        // with d1 (0.01 · 12/2 = 0.06); 12 columns exceed the 8 training rows of each fold
        double[][] narrow = gaussian(12, 2, 3);
        double[][] y = gaussian(12, 2, 4);
        for (int i = 0; i < 12; i++) {
            y[i][1] += narrow[i][0];
        }
        double reference = number("linear_r2:lambda=0.01;folds=3", narrow, y);
        double[][] wide = multiply(withZeroColumns(narrow, 10), orthogonal(12, 5));
        assertEquals(reference, number("linear_r2:lambda=0.06;folds=3", wide, y), 1e-10);
    }

    @Test
    void invariancesAndLimits() {
        double[][] x = gaussian(40, 3, 6);
        double[][] y = affine(multiply(x, gaussian(3, 2, 7)), 1, 3);
        double[][] noise = gaussian(40, 2, 8);
        for (int i = 0; i < 40; i++) {
            y[i][0] += 0.3 * noise[i][0];
            y[i][1] += 0.3 * noise[i][1];
        }
        double value = number("linear_r2", x, y);
        assertTrue(value > 0.5 && value < 1, "R² " + value);
        assertEquals(value, number("linear_r2", affine(multiply(x, orthogonal(3, 9)), 2.5, 1, -4), y), 1e-10,
                "rotation, isotropic scaling and translation of X");
        assertEquals(value, number("linear_r2", x, affine(y, -3, 7)), 1e-10, "scaling and translation of Y");
        assertTrue(Math.abs(number("linear_r2", y, x) - value) > 1e-3, "asymmetric");
        assertEquals((value + number("linear_r2", y, x)) / 2, number("linear_r2_sym", x, y), 1e-14);
        // an exact linear map is recovered when the penalty is negligible
        assertEquals(1.0, number("linear_r2:lambda=1e-12", x, affine(multiply(x, gaussian(3, 4, 10)), 1, 2)), 1e-9);
    }

    @Test
    void badInputAndUndefinedValues() {
        IllegalArgumentException folds = assertThrows(IllegalArgumentException.class,
                () -> value("linear_r2:folds=6", gaussian(5, 2, 1), gaussian(5, 2, 2)));
        assertTrue(folds.getMessage().contains("folds=6"), folds.getMessage());
        IllegalArgumentException lambda = assertThrows(IllegalArgumentException.class,
                () -> MetricRegistry.installed().create("linear_r2:lambda=0"));
        assertTrue(lambda.getMessage().contains("lambda=0"), lambda.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricRegistry.installed().create("linear_r2_sym:folds=1"));
        MetricValue constant = value("linear_r2", gaussian(10, 2, 1), column(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertFalse(constant.isDefined());
        // a constant predictor predicts the training mean
        double[][] y = gaussian(10, 1, 3);
        double[][] flat = new double[10][2];
        assertTrue(number("linear_r2:folds=2", flat, y) < 0, "training means predict worse than the overall mean");
    }

    // --- the definition with the 2 × 2 system solved in closed form ---

    private static double closedFormR2(double[][] x, double[][] y, double lambda, int folds) {
        int n = x.length;
        int d2 = y[0].length;
        double[][] predicted = new double[n][d2];
        for (int fold = 0; fold < folds; fold++) {
            double[] xMean = new double[2];
            double[] yMean = new double[d2];
            int train = 0;
            for (int i = 0; i < n; i++) {
                if (i % folds != fold) {
                    train++;
                    for (int a = 0; a < 2; a++) {
                        xMean[a] += x[i][a];
                    }
                    for (int b = 0; b < d2; b++) {
                        yMean[b] += y[i][b];
                    }
                }
            }
            for (int a = 0; a < 2; a++) {
                xMean[a] /= train;
            }
            for (int b = 0; b < d2; b++) {
                yMean[b] /= train;
            }
            double sxx = 0;
            double sxy = 0;
            double syy = 0;
            double[][] cross = new double[2][d2];
            for (int i = 0; i < n; i++) {
                if (i % folds != fold) {
                    double u = x[i][0] - xMean[0];
                    double v = x[i][1] - xMean[1];
                    sxx += u * u;
                    sxy += u * v;
                    syy += v * v;
                    for (int b = 0; b < d2; b++) {
                        cross[0][b] += u * (y[i][b] - yMean[b]);
                        cross[1][b] += v * (y[i][b] - yMean[b]);
                    }
                }
            }
            double alpha = lambda * (sxx + syy) / 2;
            double a11 = sxx + alpha;
            double a22 = syy + alpha;
            double det = a11 * a22 - sxy * sxy;
            for (int i = 0; i < n; i++) {
                if (i % folds == fold) {
                    double u = x[i][0] - xMean[0];
                    double v = x[i][1] - xMean[1];
                    for (int b = 0; b < d2; b++) {
                        double w0 = (a22 * cross[0][b] - sxy * cross[1][b]) / det;
                        double w1 = (a11 * cross[1][b] - sxy * cross[0][b]) / det;
                        predicted[i][b] = yMean[b] + u * w0 + v * w1;
                    }
                }
            }
        }
        double[] mean = new double[d2];
        for (double[] row : y) {
            for (int b = 0; b < d2; b++) {
                mean[b] += row[b] / n;
            }
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < d2; b++) {
                residual += (y[i][b] - predicted[i][b]) * (y[i][b] - predicted[i][b]);
                total += (y[i][b] - mean[b]) * (y[i][b] - mean[b]);
            }
        }
        return 1 - residual / total;
    }
}
