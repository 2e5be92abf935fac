package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.SpearmanCorrelation;

class SpearmanCorrelationTest {

    @Test
    void averageRanksForTies() {
        assertArrayEquals(new double[] {2, 3.5, 3.5, 1}, SpearmanCorrelation.averageRanks(new double[] {10, 20, 20, 5}));
        assertArrayEquals(new double[] {2, 2, 2}, SpearmanCorrelation.averageRanks(new double[] {7, 7, 7}));
        assertArrayEquals(new double[] {5, 1, 3, 3, 3}, SpearmanCorrelation.averageRanks(new double[] {9, -1, 0, 0, 0}));
    }

    @Test
    void tiedSamplesByHand() {
        // ranks x: 1, 2.5, 2.5, 4 (deviations −1.5, 0, 0, 1.5); y: 1, 2, 3.5, 3.5 (−1.5, −0.5, 1, 1)
        // Σ dx·dy = 2.25 + 1.5 = 3.75, Σ dx² = 4.5, Σ dy² = 4.5 → ρ = 3.75/4.5 = 5/6
        double rho = SpearmanCorrelation.rho(new double[] {1, 2, 2, 3}, new double[] {10, 20, 30, 30});
        assertEquals(5.0 / 6, rho, 1e-12);
    }

    @Test
    void monotoneTransformsGiveOneAndMinusOne() {
        double[] x = {0.3, 1.5, -2, 8, 4};
        double[] cubes = new double[x.length];
        double[] negatives = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            cubes[i] = x[i] * x[i] * x[i];
            negatives[i] = -Math.exp(x[i]);
        }
        assertEquals(1, SpearmanCorrelation.rho(x, cubes), 1e-12);
        assertEquals(-1, SpearmanCorrelation.rho(x, negatives), 1e-12);
    }

    @Test
    void noTiesUsesTheClassicFormula() {
        // d = rank differences 0, −2, 1, 1, 0 → Σd² = 6; ρ = 1 − 6·6/(5·24) = 0.7
        double rho = SpearmanCorrelation.rho(new double[] {1, 2, 3, 4, 5}, new double[] {1, 4, 2, 3, 5});
        assertEquals(0.7, rho, 1e-12);
    }

    @Test
    void constantSampleIsUndefinedAndBadInputFails() {
        assertTrue(Double.isNaN(SpearmanCorrelation.rho(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
        assertThrows(IllegalArgumentException.class, () -> SpearmanCorrelation.rho(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> SpearmanCorrelation.rho(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> SpearmanCorrelation.averageRanks(new double[] {1, Double.NaN}));
    }
}
