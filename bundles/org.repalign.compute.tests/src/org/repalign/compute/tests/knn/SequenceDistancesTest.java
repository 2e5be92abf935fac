package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.knn.internal.SequenceDistances;

/** The Levenshtein distance of neighbour lists against a plain full table. */
class SequenceDistancesTest {

    private static int reference(int[] a, int[] b, int k) {
        int[][] table = new int[k + 1][k + 1];
        for (int i = 0; i <= k; i++) {
            table[i][0] = i;
            table[0][i] = i;
        }
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= k; j++) {
                table[i][j] = Math.min(table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1),
                        Math.min(table[i - 1][j], table[i][j - 1]) + 1);
            }
        }
        return table[k][k];
    }

    /** Distinct entries per list, as in neighbour lists; the lists overlap a lot, a little or not at all. */
    @Test
    void matchesTheFullTable() {
        Random random = new Random(8);
        int[] previous = new int[41];
        int[] current = new int[41];
        for (int trial = 0; trial < 3000; trial++) {
            int k = 1 + random.nextInt(40);
            int universe = k + random.nextInt(trial % 3 == 0 ? 4 : 400);
            int[] a = distinct(random, k, universe);
            int[] b = distinct(random, k, universe);
            if (trial % 5 == 0) {
                for (int p = 0; p < k; p++) {
                    b[p] = a[p] + universe; // disjoint
                }
            }
            assertEquals(reference(a, b, k), SequenceDistances.levenshtein(a, b, k, previous, current), "trial " + trial);
        }
    }

    private static int[] distinct(Random random, int k, int universe) {
        int[] all = new int[universe];
        for (int i = 0; i < universe; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(universe - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }
}
