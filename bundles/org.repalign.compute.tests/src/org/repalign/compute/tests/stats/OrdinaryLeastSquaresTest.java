package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.MultipleLinearFit;
import org.repalign.compute.stats.OrdinaryLeastSquares;
import org.repalign.compute.stats.SimpleLinearFit;

class OrdinaryLeastSquaresTest {

    private static final double EPS = 1e-12;

    @Test
    void fourPointsByHand() {
        // x̄ = 5/2, ȳ = 7/2, Sxx = 5, Sxy = 4 → b = 4/5, a = 7/2 − 2 = 3/2
        // residuals −3/10, −1/10, 11/10, −7/10 → RSS = 9/5; Syy = 5 → R² = 16/25
        // σ̂² = (9/5)/2 = 9/10; se(b) = √(9/50); se(a) = √(9/10 · (1/4 + (25/4)/5)) = √(27/20)
        SimpleLinearFit fit = OrdinaryLeastSquares.fit(new double[] {1, 2, 3, 4}, new double[] {2, 3, 5, 4});
        assertEquals(0.8, fit.slope(), EPS);
        assertEquals(1.5, fit.intercept(), EPS);
        assertEquals(16.0 / 25, fit.rSquared(), EPS);
        assertEquals(0.9, fit.residualVariance(), EPS);
        assertEquals(Math.sqrt(9.0 / 50), fit.slopeStandardError(), EPS);
        assertEquals(Math.sqrt(27.0 / 20), fit.interceptStandardError(), EPS);
        assertEquals(4, fit.n());
    }

    @Test
    void fivePointsByHand() {
        // x̄ = 2, ȳ = 3, Sxx = 10, Sxy = 8 → b = 4/5, a = 7/5
        // residuals −2/5, 4/5, −1, 6/5, −3/5 → RSS = 18/5; Syy = 10 → R² = 16/25
        // σ̂² = (18/5)/3 = 6/5; se(b) = √(6/50); se(a) = √(6/5 · (1/5 + 4/10)) = √(18/25)
        SimpleLinearFit fit = OrdinaryLeastSquares.fit(new double[] {0, 1, 2, 3, 4}, new double[] {1, 3, 2, 5, 4});
        assertEquals(0.8, fit.slope(), EPS);
        assertEquals(1.4, fit.intercept(), EPS);
        assertEquals(0.64, fit.rSquared(), EPS);
        assertEquals(Math.sqrt(0.12), fit.slopeStandardError(), EPS);
        assertEquals(Math.sqrt(0.72), fit.interceptStandardError(), EPS);
    }

    @Test
    void negativeSlopeAndPerfectFit() {
        SimpleLinearFit fit = OrdinaryLeastSquares.fit(new double[] {1, 2, 3}, new double[] {7, 5, 3});
        assertEquals(-2, fit.slope(), EPS);
        assertEquals(9, fit.intercept(), EPS);
        assertEquals(1, fit.rSquared(), EPS);
        assertEquals(0, fit.slopeStandardError(), EPS);
    }

    @Test
    void constantResponseHasUndefinedRSquared() {
        SimpleLinearFit fit = OrdinaryLeastSquares.fit(new double[] {1, 2, 3}, new double[] {4, 4, 4});
        assertEquals(0, fit.slope(), EPS);
        assertTrue(Double.isNaN(fit.rSquared()));
    }

    @Test
    void simpleErrors() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> OrdinaryLeastSquares.fit(new double[] {1, 2}, new double[] {1, 2}));
        assertTrue(few.getMessage().contains("n = 2"), few.getMessage());
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> OrdinaryLeastSquares.fit(new double[] {3, 3, 3}, new double[] {1, 2, 3}));
        assertTrue(flat.getMessage().contains("zero variance"), flat.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OrdinaryLeastSquares.fit(new double[] {1, 2, 3}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> OrdinaryLeastSquares.fit(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}));
    }

    @Test
    void twoOrthogonalFeaturesByHand() {
        // centred orthogonal columns, XcᵀXc = diag(4, 4): b1 = 8/4 = 2, b2 = 4/4 = 1, a = ȳ = 7/2
        // residuals 1/2, −1/2, −1/2, 1/2 → RSS = 1, σ̂² = 1/(4 − 2 − 1) = 1
        // se(bj) = √(1/4) = 1/2, se(a) = √(1/4) = 1/2; TSS = 21 → R² = 20/21
        double[][] x = {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
        MultipleLinearFit fit = OrdinaryLeastSquares.fit(x, new double[] {1, 2, 4, 7});
        assertEquals(2, fit.coefficients()[0], EPS);
        assertEquals(1, fit.coefficients()[1], EPS);
        assertEquals(3.5, fit.intercept(), EPS);
        assertEquals(0.5, fit.coefficientStandardErrors()[0], EPS);
        assertEquals(0.5, fit.coefficientStandardErrors()[1], EPS);
        assertEquals(0.5, fit.interceptStandardError(), EPS);
        assertEquals(20.0 / 21, fit.rSquared(), EPS);
        assertEquals(1, fit.residualVariance(), EPS);
    }

    @Test
    void oneFeatureMultipleMatchesTheHandComputedLine() {
        double[][] x = {{1}, {2}, {3}, {4}};
        MultipleLinearFit fit = OrdinaryLeastSquares.fit(x, new double[] {2, 3, 5, 4});
        assertEquals(0.8, fit.coefficients()[0], EPS);
        assertEquals(1.5, fit.intercept(), EPS);
        assertEquals(Math.sqrt(9.0 / 50), fit.coefficientStandardErrors()[0], EPS);
        assertEquals(Math.sqrt(27.0 / 20), fit.interceptStandardError(), EPS);
    }

    @Test
    void exactPlaneIsRecovered() {
        double[][] x = {{0, 1}, {1, 0}, {2, 3}, {3, 1}, {4, 4}, {5, 2}};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 + 2 * x[i][0] - 3 * x[i][1];
        }
        MultipleLinearFit fit = OrdinaryLeastSquares.fit(x, y);
        assertEquals(1, fit.intercept(), 1e-10);
        assertEquals(2, fit.coefficients()[0], 1e-10);
        assertEquals(-3, fit.coefficients()[1], 1e-10);
        assertEquals(1, fit.rSquared(), 1e-12);
    }

    @Test
    void multipleErrors() {
        double[][] collinear = {{1, 2}, {2, 4}, {3, 6}, {4, 8}, {5, 10}};
        assertThrows(IllegalArgumentException.class, () -> OrdinaryLeastSquares.fit(collinear, new double[] {1, 2, 3, 4, 6}));
        double[][] constant = {{1, 5}, {2, 5}, {3, 5}, {4, 5}};
        assertThrows(IllegalArgumentException.class, () -> OrdinaryLeastSquares.fit(constant, new double[] {1, 2, 3, 5}));
        double[][] few = {{1, 0}, {0, 1}, {1, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrdinaryLeastSquares.fit(few, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("n = 3"), e.getMessage());
    }
}
