package org.repalign.compute.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.LinearCka;

class LinearCkaTest {

    /**
     * X = [[0,0],[1,0],[0,1],[1,1]] (column means 1/2, 1/2), Y = [[0],[1],[1],[2]] = row sums of X.
     * Centred: X̃ = [[-½,-½],[½,-½],[-½,½],[½,½]], Ỹ = [[-1],[0],[0],[1]].
     * X̃ᵀX̃ = [[1,0],[0,1]] → ‖·‖²_F = 2.  ỸᵀỸ = [2] → ‖·‖²_F = 4.  X̃ᵀỸ = [1, 1]ᵀ → ‖·‖²_F = 2.
     * CKA = 2 / (√2 · √4) = 1/√2.
     */
    @Test
    void matchesHandComputedValue() {
        DenseMatrix x = DenseMatrix.of(new double[][] { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } });
        DenseMatrix y = DenseMatrix.of(new double[][] { { 0 }, { 1 }, { 1 }, { 2 } });
        assertEquals(1 / Math.sqrt(2), LinearCka.compute(x, y).getAsDouble(), 1e-12);
    }

    @Test
    void isOneForRotatedScaledCopyAndSymmetric() {
        Random random = new Random(7);
        double[][] x = new double[50][3];
        for (double[] row : x) {
            for (int c = 0; c < 3; c++) {
                row[c] = random.nextGaussian();
            }
        }
        // rotation by 30 degrees in the (0,1) plane, then scaling by 3 and a shift
        double cos = Math.cos(Math.PI / 6);
        double sin = Math.sin(Math.PI / 6);
        double[][] rotated = new double[50][3];
        for (int r = 0; r < 50; r++) {
            rotated[r][0] = 3 * (cos * x[r][0] - sin * x[r][1]) + 5;
            rotated[r][1] = 3 * (sin * x[r][0] + cos * x[r][1]) - 2;
            rotated[r][2] = 3 * x[r][2];
        }
        DenseMatrix a = DenseMatrix.of(x);
        DenseMatrix b = DenseMatrix.of(rotated);
        assertEquals(1.0, LinearCka.compute(a, b).getAsDouble(), 1e-12);

        double[][] other = new double[50][2];
        for (double[] row : other) {
            row[0] = random.nextGaussian();
            row[1] = random.nextGaussian();
        }
        DenseMatrix c = DenseMatrix.of(other);
        double ac = LinearCka.compute(a, c).getAsDouble();
        assertEquals(ac, LinearCka.compute(c, a).getAsDouble(), 1e-12);
        assertTrue(ac >= 0 && ac < 0.5, "independent Gaussian data should align weakly, got " + ac);
    }

    @Test
    void constantRepresentationIsUndefined() {
        DenseMatrix x = DenseMatrix.of(new double[][] { { 1, 2 }, { 1, 2 }, { 1, 2 } });
        DenseMatrix y = DenseMatrix.of(new double[][] { { 0 }, { 1 }, { 3 } });
        assertEquals(OptionalDouble.empty(), LinearCka.compute(x, y));
    }

    @Test
    void rejectsMismatchedRows() {
        DenseMatrix x = DenseMatrix.of(new double[][] { { 1 }, { 2 }, { 3 } });
        DenseMatrix y = DenseMatrix.of(new double[][] { { 1 }, { 2 } });
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LinearCka.compute(x, y));
        assertTrue(error.getMessage().contains("3") && error.getMessage().contains("2"), error.getMessage());
    }
}
