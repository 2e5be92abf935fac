package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.RidgeFit;
import org.repalign.compute.stats.RidgeRegression;

class RidgeRegressionTest {

    /** Centred orthogonal columns with centred L2 norm 2 each; y = 1, 2, 4, 7. */
    private static final double[][] X = {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
    private static final double[] Y = {1, 2, 4, 7};

    @Test
    void lambdaZeroEqualsLeastSquares() {
        // OLS by hand: b = (2, 1), a = 7/2; standardized β = b · norm = (4, 2)
        for (double lambda : new double[] {0, 1e-12}) {
            RidgeFit fit = RidgeRegression.fit(X, Y, lambda, true);
            assertEquals(2, fit.coefficients()[0], 1e-9);
            assertEquals(1, fit.coefficients()[1], 1e-9);
            assertEquals(3.5, fit.intercept(), 1e-9);
            assertEquals(4, fit.standardizedCoefficients()[0], 1e-9);
        }
    }

    @Test
    void orthonormalColumnsShrinkByOneOverOnePlusLambda() {
        // with orthonormal standardized columns β(λ) = Zᵀyc / (1 + λ) = (4, 2)/(1 + λ)
        RidgeFit fit = RidgeRegression.fit(X, Y, 1, true);
        assertArrayEquals(new double[] {2, 1}, fit.standardizedCoefficients(), 1e-12);
        assertArrayEquals(new double[] {1, 0.5}, fit.coefficients(), 1e-12);
        assertEquals(3.5, fit.intercept(), 1e-12);
        assertEquals(1, fit.lambda());
        assertEquals(3.5 + 1 * 1 + 0.5 * -1, fit.predict(new double[] {1, -1}), 1e-12);
    }

    @Test
    void largeLambdaShrinksTowardsTheMean() {
        RidgeFit small = RidgeRegression.fit(X, Y, 0.1, true);
        RidgeFit large = RidgeRegression.fit(X, Y, 1e6, true);
        assertTrue(Math.abs(large.coefficients()[0]) < 1e-5);
        assertTrue(Math.abs(large.coefficients()[0]) < Math.abs(small.coefficients()[0]));
        assertEquals(3.5, large.intercept(), 1e-5);
    }

    @Test
    void shiftedFeaturesKeepTheSlopesAndMoveTheIntercept() {
        // x1 + 10, x2 − 3: same slopes, intercept 7/2 − 2·10 − 1·(−3) = −13.5
        double[][] shifted = new double[4][];
        for (int i = 0; i < 4; i++) {
            shifted[i] = new double[] {X[i][0] + 10, X[i][1] - 3};
        }
        RidgeFit fit = RidgeRegression.fit(shifted, Y, 0, true);
        assertEquals(2, fit.coefficients()[0], 1e-9);
        assertEquals(-13.5, fit.intercept(), 1e-9);
    }

    @Test
    void withoutInterceptTheResponseIsNotCentred() {
        // features centred: Zᵀy = Zᵀyc, so β is the same; the intercept is −Σ b·x̄ = 0 here, and
        // predictions miss the mean of y (7/2): the paper's fit_intercept=False quirk
        RidgeFit fit = RidgeRegression.fit(X, Y, 1, false);
        assertArrayEquals(new double[] {2, 1}, fit.standardizedCoefficients(), 1e-12);
        assertEquals(0, fit.intercept(), 1e-12);
        double[][] shifted = {{0, 0}, {0, 2}, {2, 0}, {2, 2}};
        // x̄ = (1, 1), b = (1, 0.5): intercept −(1 + 0.5) = −1.5
        assertEquals(-1.5, RidgeRegression.fit(shifted, Y, 1, false).intercept(), 1e-12);
    }

    @Test
    void constantFeatureGetsZero() {
        double[][] x = {{1, 5}, {2, 5}, {3, 5}, {4, 5}};
        RidgeFit fit = RidgeRegression.fit(x, new double[] {2, 4, 6, 8}, 0, true);
        assertEquals(2, fit.coefficients()[0], 1e-9);
        assertEquals(0, fit.coefficients()[1]);
        assertEquals(0, fit.intercept(), 1e-9);
    }

    @Test
    void foldsAreBalancedSeededAndStable() {
        int[] a = RidgeRegression.foldAssignment(23, 5, 7);
        int[] counts = new int[5];
        for (int f : a) {
            counts[f]++;
        }
        assertArrayEquals(new int[] {5, 5, 5, 4, 4}, counts);
        assertArrayEquals(a, RidgeRegression.foldAssignment(23, 5, 7));
        assertNotEquals(Arrays.toString(a), Arrays.toString(RidgeRegression.foldAssignment(23, 5, 8)));
    }

    @Test
    void leaveOneOutErrorMatchesTheHatMatrixFormula() {
        // one feature, λ = 0, k = n: the LOO residual of OLS is eᵢ/(1 − hᵢᵢ), hᵢᵢ = 1/n + (xᵢ − x̄)²/Sxx
        double[] x = {0, 1, 2, 3, 4, 6};
        double[] y = {1, 3, 2, 5, 4, 9};
        int n = x.length;
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double press = 0;
        for (int i = 0; i < n; i++) {
            double h = 1.0 / n + (x[i] - mx) * (x[i] - mx) / sxx;
            double e = (y[i] - a - b * x[i]) / (1 - h);
            press += e * e;
        }
        double[][] features = new double[n][];
        for (int i = 0; i < n; i++) {
            features[i] = new double[] {x[i]};
        }
        RidgeFit fit = RidgeRegression.crossValidated(features, y, new double[] {0}, n, 1, true);
        assertEquals(press / n, fit.crossValidationErrors()[0], 1e-10);
        assertEquals(b, fit.coefficients()[0], 1e-10);
    }

    @Test
    void crossValidationPrefersSmallLambdaForSignalAndLargeForNoise() {
        Random random = new Random(11);
        int n = 60;
        int p = 4;
        double[][] x = new double[n][p];
        double[] signal = new double[n];
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = random.nextGaussian();
            }
            signal[i] = 3 * x[i][0] - 2 * x[i][1] + 0.1 * random.nextGaussian();
            noise[i] = random.nextGaussian();
        }
        double[] grid = {0.001, 1000};
        RidgeFit withSignal = RidgeRegression.crossValidated(x, signal, grid, 5, 3, true);
        assertEquals(0.001, withSignal.lambda());
        assertTrue(withSignal.crossValidationErrors()[0] < withSignal.crossValidationErrors()[1]);
        assertEquals(3, withSignal.coefficients()[0], 0.1);

        double[][] wide = new double[20][12];
        double[] pure = new double[20];
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 12; j++) {
                wide[i][j] = random.nextGaussian();
            }
            pure[i] = random.nextGaussian();
        }
        RidgeFit withNoise = RidgeRegression.crossValidated(wide, pure, grid, 5, 3, true);
        assertEquals(1000, withNoise.lambda());
        assertArrayEquals(grid, withNoise.lambdas());
    }

    @Test
    void errorsNameTheParameter() {
        IllegalArgumentException folds = assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.crossValidated(X, Y, new double[] {1}, 1, 0, true));
        assertTrue(folds.getMessage().contains("folds"), folds.getMessage());
        IllegalArgumentException lambda = assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.fit(X, Y, -1, true));
        assertTrue(lambda.getMessage().contains("lambda"), lambda.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RidgeRegression.crossValidated(X, Y, new double[0], 2, 0, true));
        double[][] collinear = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
        assertThrows(IllegalArgumentException.class, () -> RidgeRegression.fit(collinear, Y, 0, true));
        assertEquals(2, RidgeRegression.fit(collinear, Y, 0.5, true).coefficients().length);
    }
}
