package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.metrics.knn.internal.NeighbourLists;
import org.repalign.compute.metrics.knn.internal.NeighbourSearch;
import org.repalign.compute.metrics.knn.internal.SequenceDistances;
import org.repalign.compute.metrics.knn.internal.TieOrder;
import org.repalign.compute.metrics.knn.internal.TieOrder.Side;

/** The blocked search against a plain full sort of every row. */
class NeighbourSearchTest {

    private static final int[] BLOCK_SIZES = { 5, 32, 1024 };

    /** Reference: all other rows, sorted by score descending, then tie key ascending. */
    private static List<Integer> bruteForce(double[][] rows, int i, int[] keys) {
        List<Integer> others = new ArrayList<>();
        double[] score = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            double s = 0;
            for (int c = 0; c < rows[i].length; c++) {
                s += rows[i][c] * rows[j][c];
            }
            score[j] = s;
            if (j != i) {
                others.add(j);
            }
        }
        others.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(keys[a], keys[b]));
        return others;
    }

    private static void assertMatchesBruteForce(RowMatrix matrix, double[][] rows, int k, TieRule rule) {
        int n = rows.length;
        int[] keys = TieOrder.keys(n, rule, 42, Side.Y);
        double[] gram = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < rows[i].length; c++) {
                    gram[i * n + j] += rows[i][c] * rows[j][c];
                }
            }
        }
        NeighbourLists fromGram = NeighbourSearch.searchGram(gram, n, k, keys, () -> {
        });
        for (int i = 0; i < n; i++) {
            List<Integer> expected = bruteForce(rows, i, keys);
            for (int p = 0; p < fromGram.depth(); p++) {
                assertEquals(expected.get(p), fromGram.neighbour(i, p), "Gram path, row " + i + " position " + p);
            }
        }
        for (int block : BLOCK_SIZES) {
            NeighbourLists lists = NeighbourSearch.search(matrix, k, keys, block, () -> {
            });
            assertEquals(Math.min(k + 1, n - 1), lists.depth());
            for (int i = 0; i < n; i++) {
                List<Integer> expected = bruteForce(rows, i, keys);
                for (int p = 0; p < lists.depth(); p++) {
                    assertEquals(expected.get(p), lists.neighbour(i, p), "row " + i + " position " + p + " block " + block
                            + " rule " + rule);
                }
            }
        }
    }

    /** Reference: row's other rows by a full sort, score descending, then tie key ascending. */
    private static List<Integer> fullSort(double[] gram, int n, int row, int[] keys) {
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (j != row) {
                others.add(j);
            }
        }
        others.sort((a, b) -> gram[row * n + a] != gram[row * n + b]
                ? Double.compare(gram[row * n + b], gram[row * n + a])
                : Integer.compare(keys[a], keys[b]));
        return others;
    }

    /**
     * The Gram path on inner products with only a few distinct values, +0 and −0 among them (the
     * same score), for every list depth up to all other rows: positions equal the total order
     * (score descending, then tie key ascending) computed by a full sort.
     */
    @Test
    void gramPathWithFewDistinctScoresAndSignedZeros() {
        double[] levels = { -1.5, -0.0, 0.0, 0.25, 2.0 };
        java.util.Random random = new java.util.Random(5);
        for (int n : new int[] { 2, 3, 17, 64, 301 }) {
            double[] gram = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    gram[i * n + j] = levels[random.nextInt(levels.length)];
                    gram[j * n + i] = gram[i * n + j];
                }
            }
            int[] keys = TieOrder.keys(n, TieRule.RANDOM, n, Side.X);
            for (int k : new int[] { 1, Math.max(1, n / 3), n - 1 }) {
                NeighbourLists lists = NeighbourSearch.searchGram(gram, n, k, keys, () -> {
                });
                for (int i = 0; i < n; i++) {
                    List<Integer> expected = fullSort(gram, n, i, keys);
                    for (int p = 0; p < lists.depth(); p++) {
                        assertEquals(expected.get(p), lists.neighbour(i, p), "n " + n + ", k " + k + ", row " + i
                                + ", position " + p);
                    }
                }
            }
        }
    }

    /**
     * Long rows, where the selection first cuts each row down to the scores above a threshold
     * taken from a sample: continuous scores (the cut holds enough), scores on a few levels (ties
     * at the threshold), and rows whose sampled positions hold the largest scores (too few above
     * the threshold, so all scores are searched): every list equals a full sort's.
     */
    @Test
    void gramPathOnLongRowsEqualsAFullSort() {
        java.util.Random random = new java.util.Random(11);
        for (int n : new int[] { 600, 1001 }) {
            for (int pattern = 0; pattern < 3; pattern++) {
                double[] gram = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = i; j < n; j++) {
                        double value = switch (pattern) {
                            case 0 -> random.nextGaussian();
                            case 1 -> random.nextInt(6) * 0.5;
                            default -> j % 7 == 0 ? 10 + random.nextDouble() : random.nextDouble();
                        };
                        gram[i * n + j] = value;
                        gram[j * n + i] = value;
                    }
                }
                int[] keys = TieOrder.keys(n, TieRule.RANDOM, n + pattern, Side.X);
                for (int k : new int[] { 10, 100, (n - 1) / 4 - 1, (n - 1) / 4 + 2 }) {
                    NeighbourLists lists = NeighbourSearch.searchGram(gram, n, k, keys, () -> {
                    });
                    for (int i = 0; i < n; i += 7) {
                        List<Integer> expected = fullSort(gram, n, i, keys);
                        for (int p = 0; p < lists.depth(); p++) {
                            assertEquals(expected.get(p), lists.neighbour(i, p), "n " + n + ", pattern " + pattern
                                    + ", k " + k + ", row " + i + ", position " + p);
                        }
                    }
                }
            }
        }
    }

    @Test
    void denseWithoutTies() {
        double[][] rows = KnnTestData.unitGaussian(130, 9, 3);
        for (TieRule rule : TieRule.values()) {
            assertMatchesBruteForce(DenseMatrix.of(rows), rows, 10, rule);
        }
    }

    @Test
    void denseIntegersWithManyTies() {
        double[][] rows = KnnTestData.smallIntegers(90, 3, 5);
        for (TieRule rule : TieRule.values()) {
            assertMatchesBruteForce(DenseMatrix.of(rows), rows, 12, rule);
            assertMatchesBruteForce(DenseMatrix.of(rows), rows, 89, rule);
        }
    }

    @Test
    void sparseCodesWithManyTies() {
        CsrMatrix codes = KnnTestData.binaryCodes(110, 30, 2, 9);
        double[][] rows = DenseMatrix.copyOf(codes).toRows();
        for (TieRule rule : TieRule.values()) {
            assertMatchesBruteForce(codes, rows, 15, rule);
        }
    }

    /**
     * Sparse codes above the size whose lists are selected from all inner products go through the
     * heaps: the same lists as selection from the exact Gram matrix (0/1 codes, so every inner
     * product is an exact small integer and ties abound).
     */
    @Test
    void largeSparseCodesThroughTheHeapsMatchSelection() {
        int n = NeighbourSearch.SPARSE_SELECTION_ROWS + 52;
        CsrMatrix codes = KnnTestData.binaryCodes(n, 30, 2, 17);
        double[] gram = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = codes.rowStart(i); p < codes.rowEnd(i); p++) {
                    for (int q = codes.rowStart(j); q < codes.rowEnd(j); q++) {
                        if (codes.columnAt(p) == codes.columnAt(q)) {
                            sum += codes.valueAt(p) * codes.valueAt(q);
                        }
                    }
                }
                gram[i * n + j] = sum;
            }
        }
        int[] keys = TieOrder.keys(n, TieRule.RANDOM, 3, Side.Y);
        NeighbourLists heaps = NeighbourSearch.search(codes, 12, keys, 256, () -> {
        });
        NeighbourLists selected = NeighbourSearch.searchGram(gram, n, 12, keys, () -> {
        });
        assertEquals(selected.depth(), heaps.depth());
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < heaps.depth(); p++) {
                assertEquals(selected.neighbour(i, p), heaps.neighbour(i, p), "row " + i + " position " + p);
            }
        }
    }

    @Test
    void shorterListsArePrefixesOfLongerOnes() {
        CsrMatrix codes = KnnTestData.binaryCodes(80, 20, 2, 4);
        int[] keys = TieOrder.keys(80, TieRule.RANDOM, 1, Side.X);
        NeighbourLists longer = NeighbourSearch.search(codes, 40, keys, 16, () -> {
        });
        NeighbourLists shorter = NeighbourSearch.search(codes, 5, keys, 16, () -> {
        });
        for (int i = 0; i < 80; i++) {
            for (int p = 0; p < shorter.depth(); p++) {
                assertEquals(longer.neighbour(i, p), shorter.neighbour(i, p));
            }
            assertEquals(longer.kthTied(i, 5), shorter.kthTied(i, 5));
        }
    }

    @Test
    void randomKeysDifferBetweenSidesAndAreAPermutation() {
        int[] x = TieOrder.keys(50, TieRule.RANDOM, 7, Side.X);
        int[] y = TieOrder.keys(50, TieRule.RANDOM, 7, Side.Y);
        assertEquals(false, java.util.Arrays.equals(x, y));
        int[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        assertEquals(true, java.util.Arrays.equals(x, TieOrder.keys(50, TieRule.RANDOM, 7, Side.X)));
    }

    /** LCS of 1234 and 2341 is 3; of ABCBDAB and BDCABA it is 4. */
    @Test
    void sequenceDistances() {
        int[] scratchA = new int[8];
        int[] scratchB = new int[8];
        int[] a = { 1, 2, 3, 4 };
        int[] b = { 2, 3, 4, 1 };
        assertEquals(3, SequenceDistances.longestCommonSubsequence(a, b, 4, scratchA, scratchB));
        int[] p = { 'A', 'B', 'C', 'B', 'D', 'A', 'B' };
        int[] q = { 'B', 'D', 'C', 'A', 'B', 'A', 'C' };
        assertEquals(4, SequenceDistances.longestCommonSubsequence(p, q, 7, scratchA, scratchB));
    }
}
