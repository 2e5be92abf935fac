package org.repalign.compute.tests.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.families.FamilyMatrices.affine;
import static org.repalign.compute.tests.families.FamilyMatrices.column;
import static org.repalign.compute.tests.families.FamilyMatrices.columns;
import static org.repalign.compute.tests.families.FamilyMatrices.multiply;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.shuffledRows;
import static org.repalign.compute.tests.kernel.TestMatrices.value;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.MetricValue;

/** {@code pwcca} against hand values, its asymmetry, its invariances and its errors. */
class PwccaMetricTest {

    private static final double R2 = Math.sqrt(2);

    /** Centred, mutually orthogonal unit vectors over six rows. */
    private static final double[] U1 = { 1 / R2, -1 / R2, 0, 0, 0, 0 };
    private static final double[] U2 = { 0, 0, 1 / R2, -1 / R2, 0, 0 };
    private static final double[] U3 = { 0, 0, 0, 0, 1 / R2, -1 / R2 };

    private static double[][] fromColumns(double[]... columns) {
        double[][] a = new double[columns[0].length][columns.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                a[i][j] = columns[j][i];
            }
        }
        return a;
    }

    private static double[] combine(double a, double[] u, double b, double[] v) {
        double[] c = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            c[i] = a * u[i] + b * v[i];
        }
        return c;
    }

    @Test
    void oneColumnEachIsTheAbsoluteCorrelation() {
        // x̃ = (−1.5, −0.5, 0.5, 1.5), ỹ = (−1.5, 0.5, −0.5, 1.5): x̃·ỹ = 4, ‖x̃‖² = ‖ỹ‖² = 5, r = 0.8;
        // one canonical pair, so its weight is 1
        double[][] x = column(1, 2, 3, 4);
        double[][] y = column(1, 3, 2, 4);
        assertEquals(0.8, number("pwcca", x, y), 1e-14);
        assertEquals(0.8, number("pwcca", x, affine(y, -2, 7)), 1e-14, "sign and scale of y");
    }

    @Test
    void handComputedWeightsAndTheAsymmetry() {
        // X = [3u₁, u₂], Y = [u₁, cos φ·u₂ + sin φ·u₃]: Q_XᵀQ_Y = diag(1, cos φ), H = [u₁, u₂];
        // weights Σⱼ|hᵢᵀxⱼ| = (3, 1), so pwcca(X, Y) = (3·1 + 1·cos φ)/4; from Y's side the weights are
        // (1, 1): pwcca(Y, X) = (1 + cos φ)/2
        double phi = Math.PI / 3;
        double[][] x = affine(fromColumns(combine(3, U1, 0, U2), U2), 1, 10, -4);
        double[][] y = fromColumns(U1, combine(Math.cos(phi), U2, Math.sin(phi), U3));
        assertEquals((3 + Math.cos(phi)) / 4, number("pwcca", x, y), 1e-13);
        assertEquals((1 + Math.cos(phi)) / 2, number("pwcca", y, x), 1e-13);
    }

    @Test
    void rankDeficientSideUsesItsNumericalRankAndSaysSo() {
        // X = [3u₁, 6u₁] has rank 1 and u₁ lies in Y's column space: one correlation, equal to 1
        double[][] x = fromColumns(combine(3, U1, 0, U2), combine(6, U1, 0, U2));
        double[][] y = fromColumns(U1, combine(0.6, U2, 0.8, U3));
        MetricValue value = value("pwcca", x, y);
        assertEquals(1.0, value.value(), 1e-13);
        assertTrue(value.warnings().stream().anyMatch(w -> w.contains("numerical ranks 1 of 2")), value.warnings().toString());
    }

    @Test
    void invariances() {
        double[][] x = gaussian(80, 3, 1);
        double[][] y = affine(multiply(x, gaussian(3, 4, 2)), 1, 0.5);
        double[][] noise = gaussian(80, 4, 3);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < 4; j++) {
                y[i][j] += 2 * noise[i][j];
            }
        }
        double value = number("pwcca", x, y);
        assertTrue(value > 0.05 && value < 0.95, "pwcca " + value);
        assertEquals(value, number("pwcca", x, multiply(y, gaussian(4, 4, 4))), 1e-10,
                "any invertible map of the second side");
        assertEquals(value, number("pwcca", affine(x, 4.5, 1, 2, 3), y), 1e-12, "isotropic scaling and translation of X");
        assertEquals(value, number("pwcca", columns(affine(x, -1, 0), 2, 0, 1), y), 1e-12,
                "permutation and sign of X's columns");
        assertEquals(value, number("pwcca", shuffledRows(x, 6), shuffledRows(y, 6)), 1e-12, "common row order");
        assertTrue(Math.abs(number("pwcca", y, x) - value) > 1e-4, "asymmetric");
        assertTrue(value("pwcca", x, y).warnings().isEmpty(), "(3 + 4)/80 < 0.1: no warning");
    }

    @Test
    void tooFewRowsIsAnErrorPointingToSvcca() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> value("pwcca", gaussian(8, 3, 1), gaussian(8, 4, 2)));
        assertTrue(error.getMessage().contains("n - 1 > d1 + d2") && error.getMessage().contains("svcca"),
                error.getMessage());
        // n − 1 = 8 > 7 is enough, with a warning: (3 + 4)/9 > 0.1
        MetricValue value = value("pwcca", gaussian(9, 3, 1), gaussian(9, 4, 2));
        assertTrue(value.isDefined());
        assertTrue(value.warnings().stream().anyMatch(w -> w.contains("inflated")), value.warnings().toString());
    }

    @Test
    void constantSideIsUndefined() {
        double[][] constant = new double[10][2];
        MetricValue value = value("pwcca", constant, gaussian(10, 2, 1));
        assertFalse(value.isDefined());
        assertTrue(value.warnings().stream().anyMatch(w -> w.contains("constant")), value.warnings().toString());
    }
}
