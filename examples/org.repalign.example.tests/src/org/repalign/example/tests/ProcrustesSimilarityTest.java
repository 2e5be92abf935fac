package org.repalign.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.example.ProcrustesSimilarityFactory;

/** The example metric against hand-computed values and its invariances. */
class ProcrustesSimilarityTest {

    private static double procrustes(double[][] x, double[][] y, String key) {
        AlignmentMetric metric = new ProcrustesSimilarityFactory().create(MetricSpec.parse(key));
        MetricValue value = metric.compute(DenseMatrix.of(x), DenseMatrix.of(y), MetricContext.defaults());
        return value.value();
    }

    private static double procrustes(double[][] x, double[][] y) {
        return procrustes(x, y, "example_procrustes");
    }

    private static double[][] random(long seed, int n, int d) {
        Random random = new Random(seed);
        double[][] values = new double[n][d];
        for (double[] row : values) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return values;
    }

    private static double[][] times(double[][] x, double[][] q) {
        double[][] out = new double[x.length][q[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < q[0].length; j++) {
                for (int k = 0; k < q.length; k++) {
                    out[i][j] += x[i][k] * q[k][j];
                }
            }
        }
        return out;
    }

    @Test
    void handComputedValue() {
        // X = rows ±e1, ±e2 (centred, ‖X‖_F = 2); Y = rows ±e1, ±2e2 (centred, ‖Y‖_F = √10).
        // XᵀY = Σ x_i y_iᵀ = diag(1 + 1, 2 + 2) = diag(2, 4); scaled: diag(2, 4) / (2·√10),
        // nuclear norm = 6 / (2√10) = 3/√10 = 0.9486832980505138.
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        double[][] y = {{1, 0}, {0, 2}, {-1, 0}, {0, -2}};
        assertEquals(3 / Math.sqrt(10), procrustes(x, y), 1e-12);
    }

    @Test
    void handComputedValueWithMoreColumnsOnTheRight() {
        // as above with a zero third column on the right: XᵀY = diag(2, 4) padded to 2 x 3, the
        // smaller Gram matrix is MMᵀ (2 x 2) and the value is again 3/√10
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        double[][] y = {{1, 0, 0}, {0, 2, 0}, {-1, 0, 0}, {0, -2, 0}};
        assertEquals(3 / Math.sqrt(10), procrustes(x, y), 1e-12);
        assertEquals(3 / Math.sqrt(10), procrustes(y, x), 1e-12);
    }

    @Test
    void rotatedCopyInTwelveDimensionsScoresOne() {
        double[][] x = random(7, 60, 12);
        double[] seed = new double[12 * 12];
        Random random = new Random(8);
        for (int i = 0; i < seed.length; i++) {
            seed[i] = random.nextGaussian();
        }
        double[] q = DenseLinalg.thinQr(seed, 12, 12).q();
        double[][] rotation = new double[12][12];
        for (int i = 0; i < 12; i++) {
            System.arraycopy(q, i * 12, rotation[i], 0, 12);
        }
        assertEquals(1.0, procrustes(x, times(x, rotation)), 1e-10);
    }

    @Test
    void handComputedValueWithoutCentering() {
        // center=0: X = [[1,0],[1,0]] (‖X‖_F = √2), Y = [[0,1],[0,1]] (‖Y‖_F = √2).
        // XᵀY = [[0,2],[0,0]] / 2 = [[0,1],[0,0]]: one singular value 1, so the value is 1
        // (Y is X rotated by 90°); with centering both are constant and the value is undefined.
        double[][] x = {{1, 0}, {1, 0}};
        double[][] y = {{0, 1}, {0, 1}};
        assertEquals(1.0, procrustes(x, y, "example_procrustes:center=0"), 1e-12);
        assertTrue(Double.isNaN(procrustes(x, y)), "constant representations have no direction");
    }

    @Test
    void rotatedAndScaledCopyScoresOne() {
        double[][] x = random(1, 40, 3);
        double angle = 0.7;
        double[][] rotation = {{Math.cos(angle), -Math.sin(angle), 0}, {Math.sin(angle), Math.cos(angle), 0}, {0, 0, 1}};
        double[][] y = times(x, rotation);
        for (double[] row : y) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 5 * row[j] + 3;
            }
        }
        assertEquals(1.0, procrustes(x, y), 1e-10);
    }

    @Test
    void invariantToRowAndColumnPermutationsAndSymmetric() {
        double[][] x = random(2, 30, 4);
        double[][] y = random(3, 30, 6);
        double value = procrustes(x, y);
        assertTrue(value > 0 && value < 1, "independent noise is partly aligned by chance: " + value);
        assertEquals(value, procrustes(y, x), 1e-10, "symmetric");
        double[][] xRows = new double[30][];
        double[][] yRows = new double[30][];
        double[][] yColumns = new double[30][6];
        for (int i = 0; i < 30; i++) {
            xRows[i] = x[(i * 7) % 30];
            yRows[i] = y[(i * 7) % 30];
            for (int j = 0; j < 6; j++) {
                yColumns[i][j] = y[i][(j + 2) % 6];
            }
        }
        assertEquals(value, procrustes(xRows, yRows), 1e-10, "a common permutation of the rows");
        assertEquals(value, procrustes(x, yColumns), 1e-10, "a permutation of the columns");
    }

    @Test
    void notInvariantToAnisotropicScaling() {
        double[][] x = random(4, 50, 2);
        double[][] y = new double[50][2];
        for (int i = 0; i < 50; i++) {
            y[i][0] = x[i][0] * 10;
            y[i][1] = x[i][1];
        }
        double value = procrustes(x, y);
        assertTrue(value < 0.99, "stretching one axis lowers the similarity: " + value);
    }

    @Test
    void rejectsUnpairedRowsAndBadParameters() {
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> procrustes(random(5, 10, 2), random(6, 11, 2)));
        assertTrue(rows.getMessage().contains("procrustes"), rows.getMessage());
        assertFalse(new ProcrustesSimilarityFactory().parameters().isEmpty());
        assertEquals(Map.of(), new ProcrustesSimilarityFactory().shorthands());
    }
}
