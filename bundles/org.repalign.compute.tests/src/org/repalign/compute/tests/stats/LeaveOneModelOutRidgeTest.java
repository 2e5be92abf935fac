package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.LeaveOneModelOutFit;
import org.repalign.compute.stats.MultipleLinearFit;
import org.repalign.compute.stats.OrdinaryLeastSquares;
import org.repalign.compute.stats.RidgeRegression;

class LeaveOneModelOutRidgeTest {

    /** 4 models → 6 pairs in the order (0,1) (0,2) (0,3) (1,2) (1,3) (2,3). */
    private static final int[] FIRST = {0, 0, 0, 1, 1, 2};
    private static final int[] SECOND = {1, 2, 3, 2, 3, 3};
    private static final double[][] X = {{1}, {2}, {3}, {4}, {5}, {6}};
    private static final double[] Y = {1, 3, 2, 5, 4, 6};

    /**
     * Held-out predictions by hand for one feature: the ridge slope on a centred unit-norm
     * column is Sxy / (Sxx·(1 + λ)), the intercept ȳ − slope·x̄ (training rows only).
     * <ul>
     * <li>without 0: rows 3, 4, 5 (x 4, 5, 6; y 5, 4, 6): x̄ = 5, ȳ = 5, Sxy = 1, Sxx = 2;
     * predicts rows 0, 1, 2.</li>
     * <li>without 1: rows 1, 2, 5 (x 2, 3, 6; y 3, 2, 6): x̄ = ȳ = 11/3, Sxy = 69/9, Sxx = 78/9;
     * predicts rows 0, 3, 4.</li>
     * <li>without 2: rows 0, 2, 4 (x 1, 3, 5; y 1, 2, 4): x̄ = 3, ȳ = 7/3, Sxy = 6, Sxx = 8;
     * predicts rows 1, 3, 5.</li>
     * <li>without 3: rows 0, 1, 3 (x 1, 2, 4; y 1, 3, 5): x̄ = 7/3, ȳ = 3, Sxy = 6, Sxx = 42/9;
     * predicts rows 2, 4, 5.</li>
     * </ul>
     */
    private static double[][] handPredictions(double lambda) {
        double s0 = 1.0 / 2 / (1 + lambda);
        double s1 = (69.0 / 9) / (78.0 / 9) / (1 + lambda);
        double s2 = 6.0 / 8 / (1 + lambda);
        double s3 = 6.0 / (42.0 / 9) / (1 + lambda);
        double[] first = new double[6];
        double[] second = new double[6];
        // rows 0, 1, 2 have first model 0
        first[0] = 5 + s0 * (1 - 5);
        first[1] = 5 + s0 * (2 - 5);
        first[2] = 5 + s0 * (3 - 5);
        // rows 3, 4 have first model 1; row 0 has second model 1
        second[0] = 11.0 / 3 + s1 * (1 - 11.0 / 3);
        first[3] = 11.0 / 3 + s1 * (4 - 11.0 / 3);
        first[4] = 11.0 / 3 + s1 * (5 - 11.0 / 3);
        // row 5 has first model 2; rows 1, 3 have second model 2
        second[1] = 7.0 / 3 + s2 * (2 - 3);
        second[3] = 7.0 / 3 + s2 * (4 - 3);
        first[5] = 7.0 / 3 + s2 * (6 - 3);
        // rows 2, 4, 5 have second model 3
        second[2] = 3 + s3 * (3 - 7.0 / 3);
        second[4] = 3 + s3 * (5 - 7.0 / 3);
        second[5] = 3 + s3 * (6 - 7.0 / 3);
        return new double[][] {first, second};
    }

    private static double handSquaredError(double lambda) {
        double[][] p = handPredictions(lambda);
        double ss = 0;
        for (int i = 0; i < 6; i++) {
            ss += (Y[i] - p[0][i]) * (Y[i] - p[0][i]) + (Y[i] - p[1][i]) * (Y[i] - p[1][i]);
        }
        return ss;
    }

    @Test
    void fourModelsByHand() {
        for (double lambda : new double[] {0, 1}) {
            LeaveOneModelOutFit fit = RidgeRegression.crossValidatedByModel(X, Y, new double[] {lambda}, FIRST, SECOND,
                    4, true);
            double[][] p = handPredictions(lambda);
            assertArrayEquals(p[0], fit.heldOutFirst(), 1e-12);
            assertArrayEquals(p[1], fit.heldOutSecond(), 1e-12);
            double ss = handSquaredError(lambda);
            // ȳ = 3.5; Σ(y − ȳ)² = 6.25 + 0.25 + 2.25 + 2.25 + 0.25 + 6.25 = 17.5; 12 predictions
            assertEquals(ss / 12, fit.fit().crossValidationErrors()[0], 1e-12);
            assertEquals(1 - ss / (2 * 17.5), fit.crossValidatedRSquared(), 1e-12);
        }
    }

    @Test
    void chosenLambdaHasTheSmallestErrorAndIsRefitOnAllRows() {
        double[] grid = {0, 1, 10};
        LeaveOneModelOutFit fit = RidgeRegression.crossValidatedByModel(X, Y, grid, FIRST, SECOND, 4, true);
        double[] errors = new double[3];
        int best = 0;
        for (int l = 0; l < 3; l++) {
            errors[l] = handSquaredError(grid[l]) / 12;
            if (errors[l] < errors[best]) {
                best = l;
            }
        }
        assertArrayEquals(errors, fit.fit().crossValidationErrors(), 1e-12);
        assertEquals(grid[best], fit.lambda());
        // all rows: x̄ = ȳ = 3.5, Sxx = 17.5, Sxy = Σ dx·dy =
        // (−2.5)(−2.5) + (−1.5)(−0.5) + (−0.5)(−1.5) + (0.5)(1.5) + (1.5)(0.5) + (2.5)(2.5) = 15.5
        double slope = 15.5 / 17.5 / (1 + grid[best]);
        assertEquals(slope, fit.fit().coefficients()[0], 1e-12);
        assertEquals(3.5 - slope * 3.5, fit.fit().intercept(), 1e-12);
        // standardized: β = slope·‖xc‖ = slope·√17.5
        assertEquals(slope * Math.sqrt(17.5), fit.fit().standardizedCoefficients()[0], 1e-12);
        assertEquals(1 - handSquaredError(grid[best]) / 35, fit.crossValidatedRSquared(), 1e-12);
    }

    @Test
    void lambdaZeroEqualsOrdinaryLeastSquaresPerHeldOutModel() {
        // 6 models, 15 pairs, 2 features: each held-out prediction equals OLS on the training rows
        Random random = new Random(21);
        int models = 6;
        int n = models * (models - 1) / 2;
        int[] first = new int[n];
        int[] second = new int[n];
        double[][] x = new double[n][2];
        double[] y = new double[n];
        int row = 0;
        for (int a = 0; a < models; a++) {
            for (int b = a + 1; b < models; b++) {
                first[row] = a;
                second[row] = b;
                x[row][0] = random.nextGaussian();
                x[row][1] = random.nextGaussian() + 3;
                y[row] = 1 + 2 * x[row][0] - x[row][1] + 0.3 * random.nextGaussian();
                row++;
            }
        }
        LeaveOneModelOutFit fit = RidgeRegression.crossValidatedByModel(x, y, new double[] {0}, first, second, models,
                true);
        double[] heldFirst = fit.heldOutFirst();
        double[] heldSecond = fit.heldOutSecond();
        for (int m = 0; m < models; m++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (first[i] != m && second[i] != m) {
                    count++;
                }
            }
            double[][] tx = new double[count][];
            double[] ty = new double[count];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (first[i] != m && second[i] != m) {
                    tx[k] = x[i];
                    ty[k++] = y[i];
                }
            }
            MultipleLinearFit ols = OrdinaryLeastSquares.fit(tx, ty);
            for (int i = 0; i < n; i++) {
                double expected = ols.intercept() + ols.coefficients()[0] * x[i][0] + ols.coefficients()[1] * x[i][1];
                if (first[i] == m) {
                    assertEquals(expected, heldFirst[i], 1e-9);
                } else if (second[i] == m) {
                    assertEquals(expected, heldSecond[i], 1e-9);
                }
            }
        }
        MultipleLinearFit all = OrdinaryLeastSquares.fit(x, y);
        assertArrayEquals(all.coefficients(), fit.fit().coefficients(), 1e-9);
        assertEquals(all.intercept(), fit.fit().intercept(), 1e-9);
        assertTrue(fit.crossValidatedRSquared() > 0.5 && fit.crossValidatedRSquared() < 1);
    }

    @Test
    void constantColumnsGetZeroNotNaN() {
        // column 1 is constant everywhere; column 2 (a one-hot that is 1 only for pairs with
        // model 0) becomes constant (all 0) once model 0 is left out
        double[][] x = new double[6][];
        for (int i = 0; i < 6; i++) {
            x[i] = new double[] {X[i][0], 7, FIRST[i] == 0 ? 1 : 0};
        }
        LeaveOneModelOutFit fit = RidgeRegression.crossValidatedByModel(x, Y, new double[] {0.1, 1}, FIRST, SECOND, 4,
                true);
        assertEquals(0, fit.fit().coefficients()[1]);
        assertEquals(0, fit.fit().standardizedCoefficients()[1]);
        for (double v : fit.heldOutFirst()) {
            assertTrue(Double.isFinite(v));
        }
        for (double v : fit.rSquared()) {
            assertTrue(Double.isFinite(v));
        }
        // without model 0 the one-hot is constant: those predictions ignore it, so they equal
        // the single-feature fit's
        LeaveOneModelOutFit single = RidgeRegression.crossValidatedByModel(X, Y, new double[] {fit.lambda()}, FIRST,
                SECOND, 4, true);
        for (int i = 0; i < 3; i++) {
            assertEquals(single.heldOutFirst()[i], fit.heldOutFirst()[i], 1e-12);
        }
    }

    @Test
    void constantResponseGivesNaNRSquared() {
        double[] y = {2, 2, 2, 2, 2, 2};
        LeaveOneModelOutFit fit = RidgeRegression.crossValidatedByModel(X, y, new double[] {1}, FIRST, SECOND, 4, true);
        assertTrue(Double.isNaN(fit.crossValidatedRSquared()));
        assertEquals(0, fit.fit().crossValidationErrors()[0], 1e-24);
    }

    @Test
    void badInputsAreRejected() {
        double[] grid = {1};
        assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.crossValidatedByModel(X, Y, grid, new int[] {0, 0, 0, 1, 1, 2},
                        new int[] {1, 2, 3, 2, 3, 2}, 4, true));
        assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.crossValidatedByModel(X, Y, grid, FIRST, SECOND, 3, true));
        assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.crossValidatedByModel(X, Y, new double[0], FIRST, SECOND, 4, true));
        // a star: model 0 in every row leaves nothing to train on
        IllegalArgumentException star = assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.crossValidatedByModel(new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3},
                        grid, new int[] {0, 0, 0}, new int[] {1, 2, 3}, 4, true));
        assertTrue(star.getMessage().contains("model 0"));
    }
}
