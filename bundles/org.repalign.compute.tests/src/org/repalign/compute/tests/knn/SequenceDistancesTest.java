package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.knn.internal.BitParallelLevenshtein;

/** The bit-parallel Levenshtein distance against a plain full table. */
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
        BitParallelLevenshtein levenshtein = new BitParallelLevenshtein();
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
            assertEquals(reference(a, b, k), levenshtein.distance(a, b, k), "trial " + trial);
        }
    }

    /**
     * Lengths around and across the 64-row blocks (one instance reused over lengths up and down),
     * with repeated elements and negative ones, near-identical lists (few edits) and unrelated ones.
     */
    @Test
    void matchesTheFullTableAcrossBlocksAndWithRepeats() {
        Random random = new Random(21);
        BitParallelLevenshtein levenshtein = new BitParallelLevenshtein();
        int[] lengths = { 1, 2, 63, 64, 65, 100, 127, 128, 129, 191, 192, 193, 250 };
        for (int trial = 0; trial < 600; trial++) {
            int k = lengths[trial % lengths.length];
            int alphabet = trial % 3 == 0 ? 3 : trial % 3 == 1 ? 2 * k : 10 * k;
            int[] a = new int[k + 2]; // longer than k: only the first k count
            for (int p = 0; p < a.length; p++) {
                a[p] = random.nextInt(alphabet) - alphabet / 2;
            }
            int[] b = a.clone();
            if (trial % 2 == 0) {
                for (int edit = random.nextInt(6); edit > 0; edit--) { // a few edits of a
                    int at = random.nextInt(k);
                    switch (random.nextInt(3)) {
                        case 0 -> b[at] = random.nextInt(alphabet) - alphabet / 2;
                        case 1 -> { // delete at, shift left, append
                            System.arraycopy(b, at + 1, b, at, b.length - at - 1);
                            b[b.length - 1] = random.nextInt(alphabet);
                        }
                        default -> { // insert at, shift right
                            System.arraycopy(b, at, b, at + 1, b.length - at - 1);
                            b[at] = random.nextInt(alphabet);
                        }
                    }
                }
            } else {
                for (int p = 0; p < b.length; p++) {
                    b[p] = random.nextInt(alphabet) - alphabet / 2;
                }
            }
            assertEquals(reference(a, b, k), levenshtein.distance(a, b, k), "k " + k + ", trial " + trial);
            assertEquals(reference(b, a, k), levenshtein.distance(b, a, k), "swapped, k " + k + ", trial " + trial);
        }
    }

    @Test
    void textbookCasesAndBounds() {
        BitParallelLevenshtein levenshtein = new BitParallelLevenshtein();
        int[] kitten = { 'k', 'i', 't', 't', 'e', 'n', ' ' };
        int[] sitting = { 's', 'i', 't', 't', 'i', 'n', 'g' };
        assertEquals(3, levenshtein.distance(kitten, sitting, 7)); // k→s, e→i, ' '→g
        assertEquals(2, levenshtein.distance(new int[] { 1, 2, 3, 4 }, new int[] { 2, 3, 4, 1 }, 4)); // delete 1, append 1
        assertEquals(0, levenshtein.distance(kitten, kitten, 7));
        assertEquals(0, levenshtein.distance(new int[0], new int[0], 0));
        int[] shifted = new int[130];
        int[] original = new int[130];
        for (int p = 0; p < 130; p++) {
            original[p] = p;
            shifted[p] = p + 1; // drop the first, append one new: 2 edits over two blocks and a bit
        }
        assertEquals(2, levenshtein.distance(original, shifted, 130));
        // 0..129 against 130 zeros: the first 0 matches, 129 substitutions
        assertEquals(129, levenshtein.distance(original, new int[130], 130));
        assertThrows(IllegalArgumentException.class,
                () -> levenshtein.distance(kitten, sitting, 8));
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
