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

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;

class SvccaMetricTest {

    /**
     * One feature each, q = 1: the top left singular vector is the column itself, so SVCCA is
     * |Pearson r|. x = (1,2,3,4), y = (1,3,2,4); centred (−1.5,−.5,.5,1.5) and (−1.5,.5,−.5,1.5);
     * dot = 2.25 − .25 − .25 + 2.25 = 4, both squared norms 5, r = 4/5.
     */
    @Test
    void oneDirectionIsTheCorrelation() {
        double[][] x = { { 1 }, { 2 }, { 3 }, { 4 } };
        double[][] y = { { 1 }, { 3 }, { 2 }, { 4 } };
        assertEquals(0.8, number("svcca:q=1", x, y), 1e-12);
    }

    /**
     * X = [[3,0],[0,1],[3,0],[0,1]]: XᵀX = diag(18, 2), so u₁ ∝ Xe₁ = (3,0,3,0), centred
     * (1.5,−1.5,1.5,−1.5). y = (1,0,1,1), centred (.25,−.75,.25,.25).
     * r = (.375 + 1.125 + .375 − .375)/(√9 · √.75) = 1.5/(3·√3/2) = 1/√3.
     */
    @Test
    void topSingularDirectionIsUsed() {
        double[][] x = { { 3, 0 }, { 0, 1 }, { 3, 0 }, { 0, 1 } };
        double[][] y = { { 1 }, { 0 }, { 1 }, { 1 } };
        assertEquals(1 / Math.sqrt(3), number("svcca:q=1", x, y), 1e-12);
    }

    /**
     * X spans e₁, e₂ and Y spans e₃, e₄ in ℝ⁴ (q = 2). After centring (cᵢ = eᵢ − 1/4) both planes
     * lie in the 3-dimensional space orthogonal to 1, so they share c₁ + c₂ = −(c₃ + c₄)
     * (correlation 1); the remaining directions c₁ − c₂ and c₃ − c₄ are orthogonal to each other
     * and to the shared one (correlation 0). SVCCA = (1 + 0)/2 = 1/2.
     */
    @Test
    void disjointCoordinatePlanes() {
        double[][] x = { { 1, 0 }, { 0, 1 }, { 0, 0 }, { 0, 0 } };
        double[][] y = { { 0, 0 }, { 0, 0 }, { 1, 0 }, { 0, 1 } };
        assertEquals(0.5, number("svcca:q=2", x, y), 1e-12);
    }

    @Test
    void shorthandsAreTenAndHundred() {
        double[][] x = gaussian(120, 110, 1);
        double[][] y = plusNoise(x, 0.5, 2);
        assertEquals(number("svcca:q=10", x, y), number("svcca_10", x, y), 1e-12);
        assertEquals(number("svcca:q=100", x, y), number("svcca_100", x, y), 1e-12);
    }

    @Test
    void identicalRotatedAndScaledInputsGiveOne() {
        double[][] x = gaussian(40, 6, 3);
        assertEquals(1.0, number("svcca:q=3", x, x), 1e-10);
        double[][] rotated = multiply(x, orthogonal(6, 4), 0.01);
        assertEquals(1.0, number("svcca:q=3", x, rotated), 1e-10);
        double[][] z = plusNoise(multiply(x, gaussian(6, 5, 5), 1), 1.0, 6);
        assertEquals(number("svcca:q=3", x, z), number("svcca:q=3", rotated, z), 1e-10);
        assertEquals(number("svcca:q=3", x, z), number("svcca:q=3", z, x), 1e-10);
    }

    /** More rows than features and the other way round take different SVD routes; both give the same subspace. */
    @Test
    void bothSvdRoutesAgree() {
        double[][] tall = gaussian(30, 8, 7);
        double[][] wideY = plusNoise(multiply(tall, gaussian(8, 40, 8), 1), 3.0, 9);
        double forward = number("svcca:q=4", tall, wideY);
        assertEquals(forward, number("svcca:q=4", wideY, tall), 1e-10);
        assertTrue(forward > 0 && forward < 1);
    }

    @Test
    void shufflingOneSideDropsToChance() {
        // three strong directions, seven weak ones, so that the top-3 subspace is well separated
        double[][] x = multiply(gaussian(400, 10, 10), diagonal(5, 4, 3, 1, 1, 1, 1, 1, 1, 1), 1);
        double[][] y = plusNoise(multiply(x, orthogonal(10, 11), 1), 0.2, 12);
        assertTrue(number("svcca:q=3", x, y) > 0.9);
        // canonical correlations of unrelated 3-dimensional subspaces in n = 400 are about √(3/400) ≈ 0.09
        double shuffled = number("svcca:q=3", x, shuffledRows(y, 13));
        assertTrue(shuffled < 0.25, "shuffled " + shuffled);
    }

    @Test
    void qAboveBoundNamesKeyQAndBound() {
        double[][] x = gaussian(5, 3, 14);
        double[][] y = gaussian(5, 4, 15);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> number("svcca:q=4", x, y));
        assertTrue(error.getMessage().contains("'svcca:q=4'") && error.getMessage().contains("q=4")
                && error.getMessage().contains("= 3"), error.getMessage());
        double[][] small = gaussian(3, 5, 16);
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> number("svcca:q=3", small, small));
        assertTrue(rows.getMessage().contains("min(n - 1, d1, d2) = 2"), rows.getMessage());
    }

    @Test
    void rankDeficiencyUsesFewerDirectionsWithWarning() {
        // two identical columns: rank 1, so q = 2 falls back to one direction on each side
        double[][] x = { { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 } };
        double[][] y = { { 1, 0 }, { 3, 1 }, { 2, 5 }, { 4, 2 } };
        MetricValue value = TestMatrices.value("svcca:q=2", x, y);
        assertTrue(value.isDefined());
        assertTrue(value.warnings().get(0).contains("below q=2"), value.warnings().toString());
        assertTrue(value.value() >= 0 && value.value() <= 1);
    }

    @Test
    void constantInputIsUndefined() {
        double[][] constant = new double[6][2];
        for (double[] row : constant) {
            row[0] = 1;
            row[1] = 2;
        }
        MetricValue value = TestMatrices.value("svcca:q=1", constant, gaussian(6, 2, 17));
        assertFalse(value.isDefined());
        assertFalse(value.warnings().isEmpty());
    }

    @Test
    void tenAndHundredOnOneContextMatchFreshContexts() {
        double[][] x = gaussian(150, 120, 18);
        double[][] y = plusNoise(x, 1.0, 19);
        DenseMatrix a = DenseMatrix.of(x);
        DenseMatrix b = DenseMatrix.of(y);
        MetricContext context = MetricContext.defaults();
        double ten = TestMatrices.value("svcca_10", a, b, context).value();
        double hundred = TestMatrices.value("svcca_100", a, b, context).value();
        assertEquals(ten, TestMatrices.value("svcca_10", a, b, MetricContext.defaults()).value(), 1e-12);
        assertEquals(hundred, TestMatrices.value("svcca_100", a, b, MetricContext.defaults()).value(), 1e-12);
    }

    private static double[][] diagonal(double... values) {
        double[][] d = new double[values.length][values.length];
        for (int i = 0; i < values.length; i++) {
            d[i][i] = values[i];
        }
        return d;
    }
}
