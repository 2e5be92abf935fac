package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.metrics.knn.internal.NeighbourLists;
import org.repalign.compute.metrics.knn.internal.NeighbourSearch;
import org.repalign.compute.metrics.knn.internal.NeighbourSearch.Precision;
import org.repalign.compute.metrics.knn.internal.TieOrder;
import org.repalign.compute.metrics.knn.internal.TieOrder.Side;

/** The float32-screened search gives the lists of the float64 search, ties included. */
class ScreenedSearchTest {

    private static final int[] BLOCK_SIZES = { 7, 64, 1024 };

    private static final Runnable NEVER = () -> {
    };

    /**
     * Same neighbours everywhere; scores equal bit for bit when {@code exactScores} (integer
     * data), else within float64 rounding (the paths may sum in different orders).
     */
    private static void assertSameLists(NeighbourLists expected, NeighbourLists actual, boolean exactScores,
            String what) {
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.depth(), actual.depth());
        assertEquals(expected.maxK(), actual.maxK());
        for (int i = 0; i < expected.rows(); i++) {
            for (int p = 0; p < expected.depth(); p++) {
                assertEquals(expected.neighbour(i, p), actual.neighbour(i, p), what + ": row " + i + " position " + p);
                if (exactScores) {
                    assertEquals(expected.score(i, p), actual.score(i, p), 0.0, what + ": score, row " + i);
                } else {
                    assertEquals(expected.score(i, p), actual.score(i, p), 1e-12 * (1 + Math.abs(expected.score(i, p))),
                            what + ": score, row " + i);
                }
            }
            for (int k = 1; k <= expected.maxK(); k++) {
                assertEquals(expected.kthTied(i, k), actual.kthTied(i, k), what + ": tie at k = " + k + ", row " + i);
            }
        }
    }

    /** Compares the screened search (default limits) with the float64 search for all block sizes and both rules. */
    private static int compare(RowMatrix screenedInput, RowMatrix float64Input, int k, boolean exactScores) {
        int n = screenedInput.rows();
        int fewestScreened = n;
        for (TieRule rule : TieRule.values()) {
            int[] keys = TieOrder.keys(n, rule, 11, Side.X);
            for (int block : BLOCK_SIZES) {
                NeighbourLists expected = NeighbourSearch.search(float64Input, k, keys, block, NEVER, Precision.FLOAT64);
                NeighbourLists actual = NeighbourSearch.search(screenedInput, k, keys, block, NEVER, Precision.SCREENED);
                assertSameLists(expected, actual, exactScores, "block " + block + ", " + rule + ", k " + k);
                assertEquals(0, expected.screenedRows());
                fewestScreened = Math.min(fewestScreened, actual.screenedRows());
            }
        }
        return fewestScreened;
    }

    @Test
    void gaussianRowsAreScreenedAndMatch() {
        double[][] rows = KnnTestData.unitGaussian(300, 40, 5);
        DenseMatrix matrix = DenseMatrix.of(rows);
        assertEquals(300, compare(matrix, matrix, 10, false));
        assertEquals(300, compare(matrix, matrix, 100, false));
        assertEquals(300, compare(matrix, matrix, 299, false));
    }

    @Test
    void integerRowsWithDuplicatesMatchBitForBit() {
        double[][] base = KnnTestData.smallIntegers(150, 6, 8);
        double[][] rows = new double[200][];
        Random random = new Random(3);
        for (int i = 0; i < rows.length; i++) {
            // the last 50 rows duplicate earlier ones
            rows[i] = i < base.length ? base[i] : base[random.nextInt(base.length)].clone();
        }
        DenseMatrix matrix = DenseMatrix.of(rows);
        compare(matrix, matrix, 12, true);
        compare(matrix, matrix, 100, true);
    }

    @Test
    void sparseCodesMatchTheCsrSearch() {
        CsrMatrix codes = KnnTestData.binaryCodes(240, 40, 3, 21);
        DenseMatrix dense = DenseMatrix.copyOf(codes);
        compare(dense, codes, 15, true);
        // CSR input itself is searched with float64 tiles whatever is asked
        int[] keys = TieOrder.keys(240, TieRule.RANDOM, 2, Side.Y);
        NeighbourLists csr = NeighbourSearch.search(codes, 15, keys, 32, NEVER, Precision.SCREENED);
        assertSameLists(NeighbourSearch.search(codes, 15, keys, 32, NEVER, Precision.FLOAT64), csr, true, "csr");
        assertEquals(0, csr.screenedRows());
    }

    @Test
    void rowsOfVeryDifferentNormsMatch() {
        double[][] rows = KnnTestData.unitGaussian(260, 24, 9);
        Random random = new Random(4);
        for (double[] row : rows) {
            double scale = Math.pow(10, random.nextInt(9) - 4);
            for (int c = 0; c < row.length; c++) {
                row[c] *= scale;
            }
        }
        // a few zero rows and a few far larger than the rest
        java.util.Arrays.fill(rows[3], 0.0);
        java.util.Arrays.fill(rows[77], 0.0);
        for (int c = 0; c < rows[5].length; c++) {
            rows[5][c] *= 1e6;
        }
        DenseMatrix matrix = DenseMatrix.of(rows);
        compare(matrix, matrix, 20, false);
    }

    @Test
    void tinyAndHugeScalesMatch() {
        // below a largest norm of 2^-400 the screening leaves the search to float64 tiles
        for (double scale : new double[] { 1e-150, 1e-100, 1e-30, 1e30, 1e120 }) {
            double[][] rows = KnnTestData.unitGaussian(120, 16, 13);
            for (double[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    row[c] *= scale;
                }
            }
            DenseMatrix matrix = DenseMatrix.of(rows);
            int[] keys = TieOrder.keys(120, TieRule.INDEX, 0, Side.X);
            NeighbourLists expected = NeighbourSearch.search(matrix, 10, keys, 32, NEVER, Precision.FLOAT64);
            NeighbourLists actual = NeighbourSearch.search(matrix, 10, keys, 32, NEVER, Precision.SCREENED);
            for (int i = 0; i < 120; i++) {
                for (int p = 0; p < expected.depth(); p++) {
                    assertEquals(expected.neighbour(i, p), actual.neighbour(i, p), "scale " + scale + ", row " + i);
                }
            }
            assertEquals(scale < 1e-120 ? 0 : 120, actual.screenedRows(), "scale " + scale);
        }
    }

    @Test
    void rowsThatCannotBeNarrowedDownFallBackToExactScans() {
        // mass ties: most scores are 0 or 1, so many rows have far more candidates than the cap
        CsrMatrix codes = KnnTestData.binaryCodes(200, 60, 3, 17);
        DenseMatrix dense = DenseMatrix.copyOf(codes);
        for (TieRule rule : TieRule.values()) {
            int[] keys = TieOrder.keys(200, rule, 5, Side.X);
            for (int block : BLOCK_SIZES) {
                NeighbourLists expected = NeighbourSearch.search(codes, 8, keys, block, NEVER, Precision.FLOAT64);
                // per-row fallback: a small cap, any number of fallback rows
                NeighbourLists perRow = NeighbourSearch.searchScreened(dense, 8, keys, block, NEVER, 40, 200);
                assertSameLists(expected, perRow, true, "per-row fallback, block " + block + ", " + rule);
                assertTrue(perRow.screenedRows() < 200, "some rows must fall back: " + perRow.screenedRows());
                assertTrue(perRow.screenedRows() > 0, "some rows must be screened: " + perRow.screenedRows());
                // whole-search fallback: no row may fall back, so the float64 tiles are used
                NeighbourLists whole = NeighbourSearch.searchScreened(dense, 8, keys, block, NEVER, 0, 0);
                assertSameLists(expected, whole, true, "whole fallback, block " + block + ", " + rule);
                assertEquals(0, whole.screenedRows());
            }
        }
    }

    @Test
    void screenedShorterListsArePrefixesOfLongerOnes() {
        double[][] rows = KnnTestData.smallIntegers(150, 4, 31);
        DenseMatrix matrix = DenseMatrix.of(rows);
        int[] keys = TieOrder.keys(150, TieRule.RANDOM, 1, Side.X);
        NeighbourLists longer = NeighbourSearch.search(matrix, 60, keys, 16, NEVER, Precision.SCREENED);
        NeighbourLists shorter = NeighbourSearch.search(matrix, 5, keys, 16, NEVER, Precision.SCREENED);
        for (int i = 0; i < 150; i++) {
            for (int p = 0; p < shorter.depth(); p++) {
                assertEquals(longer.neighbour(i, p), shorter.neighbour(i, p));
            }
            assertEquals(longer.kthTied(i, 5), shorter.kthTied(i, 5));
        }
    }

    @Test
    void screenedSearchMatchesAPlainSort() {
        // independent of the float64 search: the brute-force reference of NeighbourSearchTest
        double[][] rows = KnnTestData.smallIntegers(90, 3, 5);
        int[] keys = TieOrder.keys(90, TieRule.RANDOM, 42, Side.Y);
        for (int block : BLOCK_SIZES) {
            NeighbourLists lists = NeighbourSearch.search(DenseMatrix.of(rows), 12, keys, block, NEVER,
                    Precision.SCREENED);
            for (int i = 0; i < 90; i++) {
                java.util.List<Integer> expected = bruteForce(rows, i, keys);
                for (int p = 0; p < lists.depth(); p++) {
                    assertEquals(expected.get(p), lists.neighbour(i, p), "row " + i + " position " + p);
                }
            }
        }
    }

    private static java.util.List<Integer> bruteForce(double[][] rows, int i, int[] keys) {
        java.util.List<Integer> others = new java.util.ArrayList<>();
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
}
