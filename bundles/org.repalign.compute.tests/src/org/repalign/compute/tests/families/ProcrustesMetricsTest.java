package org.repalign.compute.tests.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.families.FamilyMatrices.affine;
import static org.repalign.compute.tests.families.FamilyMatrices.multiply;
import static org.repalign.compute.tests.families.FamilyMatrices.withZeroColumns;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.orthogonal;
import static org.repalign.compute.tests.kernel.TestMatrices.shuffledRows;
import static org.repalign.compute.tests.kernel.TestMatrices.value;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;

/** {@code procrustes} and {@code procrustes_angular} against hand values and their invariances. */
class ProcrustesMetricsTest {

    /**
     * Nuclear norm of a 2 × 2 matrix in closed form: σ₁² + σ₂² = ‖M‖²_F and σ₁σ₂ = |det M|, so
     * σ₁ + σ₂ = √(‖M‖²_F + 2|det M|).
     */
    private static double procrustesByClosedForm(double[][] x, double[][] y) {
        double[][] xc = centred(x);
        double[][] yc = centred(y);
        double[][] m = new double[2][2];
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < 2; a++) {
                xx += xc[i][a] * xc[i][a];
                yy += yc[i][a] * yc[i][a];
                for (int b = 0; b < 2; b++) {
                    m[a][b] += xc[i][a] * yc[i][b];
                }
            }
        }
        double frobenius = m[0][0] * m[0][0] + m[0][1] * m[0][1] + m[1][0] * m[1][0] + m[1][1] * m[1][1];
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        return Math.sqrt(frobenius + 2 * Math.abs(det)) / Math.sqrt(xx * yy);
    }

    private static double[][] centred(double[][] a) {
        double[][] c = new double[a.length][a[0].length];
        for (int j = 0; j < a[0].length; j++) {
            double mean = 0;
            for (double[] row : a) {
                mean += row[j];
            }
            mean /= a.length;
            for (int i = 0; i < a.length; i++) {
                c[i][j] = a[i][j] - mean;
            }
        }
        return c;
    }

    @Test
    void handComputedThreeByTwo() {
        // X and Y are centred; XᵀY = [[2, 2], [1, 4]]: ‖·‖²_F = 25, det = 6, nuclear norm √37;
        // ‖X‖²_F = 4, ‖Y‖²_F = 10, so s = √37/√40
        double[][] x = { { 1, 0 }, { 0, 1 }, { -1, -1 } };
        double[][] y = { { 1, 0 }, { 0, 2 }, { -1, -2 } };
        assertEquals(Math.sqrt(37.0 / 40), number("procrustes", x, y), 1e-14);
        // translations do not matter
        assertEquals(Math.sqrt(37.0 / 40), number("procrustes", affine(x, 1, 5, -3), affine(y, 1, 1, 1)), 1e-14);
        assertEquals(Math.acos(Math.sqrt(37.0 / 40)), number("procrustes_angular", x, y), 1e-14);
    }

    @Test
    void agreesWithTheClosedFormOnRandomTwoColumnMatrices() {
        for (long seed = 1; seed <= 5; seed++) {
            double[][] x = affine(gaussian(7, 2, seed), 1, 3, -2);
            double[][] y = gaussian(7, 2, seed + 100);
            double expected = procrustesByClosedForm(x, y);
            assertEquals(expected, number("procrustes", x, y), 1e-13);
            assertEquals(Math.acos(expected), number("procrustes_angular", x, y), 1e-12);
        }
    }

    @Test
    void unequalWidths() {
        // x̃ᵀỸ = (2, 2), nuclear norm 2√2; ‖x̃‖ = √2, ‖Ỹ‖_F = √10: s = 2/√10
        double[][] x = { { 1 }, { 0 }, { -1 } };
        double[][] y = { { 1, 0 }, { 0, 2 }, { -1, -2 } };
        assertEquals(2 / Math.sqrt(10), number("procrustes", x, y), 1e-14);
        assertEquals(2 / Math.sqrt(10), number("procrustes", y, x), 1e-14);
    }

    @Test
    void widerThanTallTakesTheReducedRouteToTheSameValue() {
        // zero columns do not change X̃ᵀỸ's singular values; a rotation of the padded matrix mixes them in
        double[][] narrow = gaussian(5, 2, 7);
        double[][] y = gaussian(5, 3, 8);
        double reference = number("procrustes", narrow, y);
        double[][] wide = multiply(withZeroColumns(narrow, 6), orthogonal(8, 9));
        double[][] wideY = multiply(withZeroColumns(y, 4), orthogonal(7, 10));
        assertEquals(reference, number("procrustes", wide, y), 1e-12);
        assertEquals(reference, number("procrustes", wide, wideY), 1e-12);
        assertEquals(reference, number("procrustes", wideY, wide), 1e-12);
    }

    @Test
    void invariances() {
        double[][] x = gaussian(30, 4, 1);
        double[][] y = gaussian(30, 6, 2);
        double value = number("procrustes", x, y);
        double angle = number("procrustes_angular", x, y);
        assertTrue(value > 0 && value < 1, "s " + value);
        assertEquals(value, number("procrustes", multiply(x, orthogonal(4, 3)), y), 1e-12, "orthogonal map of X");
        assertEquals(value, number("procrustes", x, multiply(y, orthogonal(6, 4))), 1e-12, "orthogonal map of Y");
        assertEquals(value, number("procrustes", affine(x, 3.7, 1, 2, 3), affine(y, 0.01, -5)), 1e-12,
                "isotropic scaling and translation");
        assertEquals(value, number("procrustes", y, x), 1e-12, "symmetric");
        assertEquals(value, number("procrustes", shuffledRows(x, 5), shuffledRows(y, 5)), 1e-12, "common row order");
        assertEquals(angle, number("procrustes_angular", y, x), 1e-12);
        // not invariant to an anisotropic scaling
        double[][] stretched = multiply(x, new double[][] { { 5, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } });
        assertTrue(Math.abs(number("procrustes", stretched, y) - value) > 1e-3);
    }

    @Test
    void angleIsAccurateForNearlyIdenticalShapes() {
        // u and v are centred and orthonormal; y = cos φ·u + sin φ·v is at angle φ from x = u
        double[] u = { 1 / Math.sqrt(2), -1 / Math.sqrt(2), 0 };
        double[] v = { 1 / Math.sqrt(6), 1 / Math.sqrt(6), -2 / Math.sqrt(6) };
        for (double phi : new double[] { 1e-4, 1e-2, 0.3, 1.2 }) {
            double[][] x = new double[3][1];
            double[][] y = new double[3][1];
            for (int i = 0; i < 3; i++) {
                x[i][0] = u[i];
                y[i][0] = Math.cos(phi) * u[i] + Math.sin(phi) * v[i];
            }
            assertEquals(phi, number("procrustes_angular", x, y), 1e-11, "φ = " + phi);
            assertEquals(Math.cos(phi), number("procrustes", x, y), 1e-14);
        }
        double[][] x = gaussian(20, 3, 4);
        double[][] rotated = affine(multiply(x, orthogonal(3, 5)), 2, 1);
        double identical = number("procrustes_angular", x, rotated);
        assertTrue(identical >= 0 && identical < 1e-7, "θ of a rotated copy " + identical);
        assertEquals(1.0, number("procrustes", x, rotated), 1e-14);
    }

    @Test
    void directionsAndUndefinedAndBadInput() {
        MetricRegistry registry = MetricRegistry.installed();
        assertEquals(Direction.HIGHER_IS_BETTER, registry.factory("procrustes").orElseThrow().direction());
        assertEquals(Direction.LOWER_IS_BETTER, registry.factory("procrustes_angular").orElseThrow().direction());
        MetricValue constant = value("procrustes", new double[][] { { 1, 2 }, { 1, 2 }, { 1, 2 } }, gaussian(3, 2, 1));
        assertFalse(constant.isDefined());
        assertTrue(constant.warnings().get(0).contains("constant"), constant.warnings().toString());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> value("procrustes_angular", gaussian(4, 2, 1), gaussian(5, 2, 2)));
        assertTrue(rows.getMessage().contains("procrustes_angular"), rows.getMessage());
        assertThrows(IllegalArgumentException.class, () -> value("procrustes", gaussian(1, 2, 1), gaussian(1, 2, 2)));
    }
}
