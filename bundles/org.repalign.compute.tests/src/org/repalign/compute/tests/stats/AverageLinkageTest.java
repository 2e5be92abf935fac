package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.AverageLinkage;
import org.repalign.compute.stats.SplitMix64;

class AverageLinkageTest {

    @Test
    void pointsOnALineAreGroupedByNeighbourhood() {
        // positions 5, 0, 6, 1: {0, 2} and {1, 3} are the tight pairs (distance 1, a tie broken
        // by the lower indices), then the two pairs join with the one holding index 0 first
        assertArrayEquals(new int[] { 0, 2, 1, 3 }, AverageLinkage.leafOrder(line(5, 0, 6, 1)));
    }

    @Test
    void theMeanDistanceDecidesNotTheNearestMember() {
        // A–B 1; to C: A 2, B 9 (mean 5.5); to D: A 4, B 4 (mean 4); C–D 5.
        // Average linkage joins D to {A, B} first (single linkage would take C, at 2).
        double[][] d = {
                { 0, 1, 2, 4 },
                { 1, 0, 9, 4 },
                { 2, 9, 0, 5 },
                { 4, 4, 5, 0 } };
        assertArrayEquals(new int[] { 0, 1, 3, 2 }, AverageLinkage.leafOrder(d));
    }

    @Test
    void blocksStayTogetherUnderAnyPermutationOfTheInput() {
        // two blocks of 4 (within 1 ± small, across 10 ± small), shuffled many times: the
        // first 4 positions of the order always hold exactly one block
        SplitMix64 random = new SplitMix64(7);
        int n = 8;
        double[][] base = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = (i < 4) == (j < 4) ? 1 + 0.1 * random.nextDouble() : 10 + 0.1 * random.nextDouble();
                base[i][j] = d;
                base[j][i] = d;
            }
        }
        for (int trial = 0; trial < 20; trial++) {
            int[] perm = permutation(n, random);
            double[][] shuffled = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    shuffled[i][j] = base[perm[i]][perm[j]];
                }
            }
            int[] order = AverageLinkage.leafOrder(shuffled);
            Set<Boolean> firstHalf = new HashSet<>();
            for (int p = 0; p < 4; p++) {
                firstHalf.add(perm[order[p]] < 4);
            }
            assertEquals(1, firstHalf.size(), "one block in the first four positions");
            assertTrue(isPermutation(order));
        }
    }

    @Test
    void rowsWithoutDistancesComeLast() {
        double nan = Double.NaN;
        double[][] d = {
                { 0, nan, 3, 1 },
                { nan, 0, nan, nan },
                { 3, nan, 0, 2 },
                { 1, nan, 2, 0 } };
        int[] order = AverageLinkage.leafOrder(d);
        assertEquals(1, order[3], "the source measured against nobody is placed last");
        assertArrayEquals(new int[] { 0, 3, 2, 1 }, order);
    }

    @Test
    void badMatricesAreRefusedWithThePlace() {
        IllegalArgumentException asymmetric = assertThrows(IllegalArgumentException.class,
                () -> AverageLinkage.leafOrder(new double[][] { { 0, 1 }, { 2, 0 } }));
        assertTrue(asymmetric.getMessage().contains("not symmetric at (0, 1)"), asymmetric.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> AverageLinkage.leafOrder(new double[][] { { 0, -1 }, { -1, 0 } }));
        assertTrue(negative.getMessage().contains("(0, 1) = -1.0"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AverageLinkage.leafOrder(new double[][] { { 0, 1 } }));
        assertArrayEquals(new int[0], AverageLinkage.leafOrder(new double[0][0]));
        assertArrayEquals(new int[] { 0 }, AverageLinkage.leafOrder(new double[][] { { 0 } }));
    }

    private static double[][] line(double... x) {
        double[][] d = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                d[i][j] = Math.abs(x[i] - x[j]);
            }
        }
        return d;
    }

    private static int[] permutation(int n, SplitMix64 random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) Math.floor(random.nextDouble() * (i + 1));
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static boolean isPermutation(int[] order) {
        boolean[] seen = new boolean[order.length];
        for (int i : order) {
            if (seen[i]) {
                return false;
            }
            seen[i] = true;
        }
        return true;
    }
}
