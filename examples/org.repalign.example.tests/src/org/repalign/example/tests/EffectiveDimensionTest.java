package org.repalign.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.example.EffectiveDimensionFactory;
import org.repalign.example.ParticipationRatio;

/** The example analysis' participation ratio against hand-computed values. */
class EffectiveDimensionTest {

    private static double ratio(double[][] rows) {
        return ParticipationRatio.of(DenseMatrix.of(rows), rows.length);
    }

    @Test
    void evenVarianceOverTwoDirectionsIsTwo() {
        // rows ±e1, ±e2: covariance ∝ diag(2, 2), PR = (2 + 2)² / (4 + 4) = 2
        assertEquals(2.0, ratio(new double[][] {{1, 0}, {0, 1}, {-1, 0}, {0, -1}}), 1e-12);
    }

    @Test
    void unevenVarianceIsBetweenOneAndTwo() {
        // rows ±e1, ±2e2: X̃ᵀX̃ = diag(2, 8), PR = (2 + 8)² / (4 + 64) = 100/68 = 1.4705882352941178
        assertEquals(100.0 / 68, ratio(new double[][] {{1, 0}, {0, 2}, {-1, 0}, {0, -2}}), 1e-12);
    }

    @Test
    void oneDirectionIsOneWhateverTheOffsetAndMoreColumnsThanRows() {
        // all rows on the line t·(1, 2, 3) + (5, 5, 5): a single direction of variance
        assertEquals(1.0, ratio(new double[][] {{6, 7, 8}, {7, 9, 11}, {3, 1, -1}}), 1e-12);
        // d > n takes the n × n Gram matrix: 2 rows always span one direction after centring
        assertEquals(1.0, ratio(new double[][] {{1, 2, 3, 4, 5}, {0, 1, 0, 1, 0}}), 1e-12);
        assertTrue(Double.isNaN(ratio(new double[][] {{1, 1}, {1, 1}})), "no variance");
    }

    @Test
    void settingsAreValidatedByTheContributor() {
        EffectiveDimensionFactory factory = new EffectiveDimensionFactory();
        factory.validate(Map.of("rows", "10"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> factory.validate(Map.of("rows", "1")))
                .getMessage().contains("rows"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> factory.validate(Map.of("colour", "red")))
                .getMessage().contains("colour"));
    }
}
