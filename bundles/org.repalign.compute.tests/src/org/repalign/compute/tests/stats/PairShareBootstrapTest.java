package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.PairShareBootstrap;

/**
 * The bootstrap over models against the exact distribution of its replicates, enumerated over
 * every ordered draw of the models, and its percentile interval by hand.
 */
class PairShareBootstrapTest {

    private static final int[] FIRST = { 0, 0, 1 };
    private static final int[] SECOND = { 1, 2, 2 };

    /** Exact: each of the 3³ ordered draws is equally likely; a share per draw with a defined pair. */
    private static Map<Double, Double> exactDistribution(double[] outcomes) {
        Map<Double, Double> probability = new TreeMap<>();
        int defined = 0;
        Map<Double, Integer> counts = new TreeMap<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int c = 0; c < 3; c++) {
                    int[] multiplicity = new int[3];
                    multiplicity[a]++;
                    multiplicity[b]++;
                    multiplicity[c]++;
                    double weight = 0;
                    double counted = 0;
                    for (int p = 0; p < 3; p++) {
                        double w = multiplicity[FIRST[p]] * multiplicity[SECOND[p]];
                        weight += w;
                        counted += w * outcomes[p];
                    }
                    if (weight > 0) {
                        counts.merge(counted / weight, 1, Integer::sum);
                        defined++;
                    }
                }
            }
        }
        for (Map.Entry<Double, Integer> entry : counts.entrySet()) {
            probability.put(entry.getKey(), entry.getValue() / (double) defined);
        }
        return probability;
    }

    @Test
    void replicatesFollowTheExactDistributionOfTheModelResample() {
        double[] outcomes = { 1, 1, 0 };
        Map<Double, Double> exact = exactDistribution(outcomes);
        // by hand: draws {0,0,1}-like give share 1 (only pair 0-1), {1,1,2}-like give 0, all three
        // models give 2/3, {0,2}-like give 1; the 3 draws of one model alone are left out
        assertEquals(3, exact.size(), exact.toString());
        int replicates = 48_000;
        double[] shares = PairShareBootstrap.replicates(3, FIRST, SECOND, outcomes, replicates, 17);
        // 3 of the 27 draws repeat one model: about 1/9 of the replicates are left out
        assertEquals(replicates * 24 / 27.0, shares.length, 4 * Math.sqrt(replicates * (3 / 27.0) * (24 / 27.0)));
        for (Map.Entry<Double, Double> atom : exact.entrySet()) {
            long hits = 0;
            for (double share : shares) {
                hits += Math.abs(share - atom.getKey()) < 1e-12 ? 1 : 0;
            }
            double p = atom.getValue();
            assertEquals(p, hits / (double) shares.length, 4 * Math.sqrt(p * (1 - p) / shares.length),
                    "share " + atom.getKey());
        }
    }

    @Test
    void percentileIntervalByHand() {
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) {
            values[100 - i] = i; // order does not matter
        }
        assertArrayEquals(new double[] { 2.5, 97.5 }, PairShareBootstrap.percentileInterval(values, 0.95), 1e-12);
        assertArrayEquals(new double[] { 5, 95 }, PairShareBootstrap.percentileInterval(values, 0.9), 1e-12);
        double[] none = PairShareBootstrap.percentileInterval(new double[0], 0.95);
        assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]));
    }

    @Test
    void everyPairImprovedGivesOneAndUndefinedPairsAreLeftOut() {
        double[] shares = PairShareBootstrap.replicates(3, FIRST, SECOND, new double[] { 1, 1, 1 }, 500, 3);
        assertArrayEquals(new double[] { 1, 1 }, PairShareBootstrap.percentileInterval(shares, 0.95), 0.0);
        // pair 1-2 undefined: only draws with 0 and another model count
        double[] partial = PairShareBootstrap.replicates(3, FIRST, SECOND, new double[] { 1, 0, Double.NaN }, 2000, 4);
        for (double share : partial) {
            assertTrue(share == 0 || share == 1 || Math.abs(share - 0.5) < 1e-12 || Math.abs(share - 2.0 / 3) < 1e-12
                    || Math.abs(share - 1.0 / 3) < 1e-12, "share " + share);
        }
        // the same seed, the same replicates
        assertArrayEquals(partial, PairShareBootstrap.replicates(3, FIRST, SECOND, new double[] { 1, 0, Double.NaN },
                2000, 4), 0.0);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PairShareBootstrap.replicates(3, new int[] { 0 }, new int[] { 0 }, new double[] { 1 }, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PairShareBootstrap.replicates(3, new int[] { 0 }, new int[] { 3 }, new double[] { 1 }, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PairShareBootstrap.replicates(3, new int[] { 0 }, new int[] { 1 }, new double[] { 0.5 }, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PairShareBootstrap.percentileInterval(new double[] { 1 }, 1.0));
    }
}
