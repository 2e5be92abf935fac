package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.knn.KnnTestData.context;
import static org.repalign.compute.tests.knn.KnnTestData.dense;
import static org.repalign.compute.tests.knn.KnnTestData.value;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.TieRule;

/** Shuffled or unrelated inputs must score at chance, with or without ties. */
class KnnTieTest {

    private static final int N = 400;

    @Test
    void shuffledDenseRowsScoreChance() {
        double[][] x = KnnTestData.unitGaussian(N, 24, 1);
        double[][] shuffled = KnnTestData.permuteRows(x, KnnTestData.randomPermutation(N, 2));
        double chance = 10.0 / (N - 1);
        double v = value("mutual_knn_10", dense(x), dense(shuffled), context(TieRule.RANDOM, 0));
        assertEquals(chance, v, 0.015);
    }

    /**
     * Binary codes with 2 active units out of 100: each row has about 4 rows with a positive
     * inner product, so most of its 20 neighbours are chosen among rows scoring exactly 0.
     * Index ties choose the same low-index rows in both representations and create agreement
     * between shuffled (unrelated) rows; random ties do not.
     */
    @Test
    void randomTiesDoNotCreateAgreementWhereIndexTiesDo() {
        CsrMatrix codes = KnnTestData.binaryCodes(N, 100, 2, 3);
        DenseMatrix dense = DenseMatrix.copyOf(codes);
        double[][] shuffled = KnnTestData.permuteRows(dense.toRows(), KnnTestData.randomPermutation(N, 4));
        CsrMatrix independent = KnnTestData.binaryCodes(N, 100, 2, 5);
        double chance = 20.0 / (N - 1);
        for (var other : new org.repalign.compute.data.RowMatrix[] { dense(shuffled), independent }) {
            MetricValue random = KnnTestData.registry().create("mutual_knn:k=20").compute(codes, other,
                    context(TieRule.RANDOM, 7));
            MetricValue index = KnnTestData.registry().create("mutual_knn:k=20").compute(codes, other,
                    context(TieRule.INDEX, 7));
            assertEquals(chance, random.value(), 0.015, "random ties");
            assertTrue(index.value() > 3 * chance, "index ties should inflate, got " + index.value());
            assertTrue(random.tieShare() > 0.9, "almost every row is tied at k, got " + random.tieShare());
            assertEquals(random.tieShare(), index.tieShare());
        }
    }

    @Test
    void randomTiesDependOnTheSeedOnlyThroughTies() {
        double[][] x = KnnTestData.unitGaussian(200, 10, 1);
        double[][] y = KnnTestData.unitGaussian(200, 10, 2);
        double a = value("knn_edit_10", dense(x), dense(y), context(TieRule.RANDOM, 1));
        double b = value("knn_edit_10", dense(x), dense(y), context(TieRule.RANDOM, 2));
        double c = value("knn_edit_10", dense(x), dense(y), context(TieRule.INDEX, 2));
        assertEquals(a, b);
        assertEquals(a, c);
        MetricValue noTies = KnnTestData.registry().create("knn_edit_10").compute(dense(x), dense(y),
                context(TieRule.RANDOM, 1));
        assertEquals(0.0, noTies.tieShare());
    }

    /** Rows 2k and 2k+1 are equal: each is the other's nearest neighbour, never its own. */
    @Test
    void selfIsExcludedEvenWithDuplicateRows() {
        double[][] base = KnnTestData.smallIntegers(30, 6, 8);
        double[][] doubled = new double[60][];
        for (int r = 0; r < 30; r++) {
            doubled[2 * r] = base[r].clone();
            doubled[2 * r + 1] = base[r].clone();
        }
        // unit rows, so that the duplicate scores the maximum ‖x‖² = 1 (integer rows never vanish here)
        for (double[] row : doubled) {
            double norm = 0;
            for (double v : row) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < row.length; c++) {
                row[c] /= norm;
            }
        }
        DenseMatrix x = dense(doubled);
        for (TieRule rule : TieRule.values()) {
            var lists = org.repalign.compute.metrics.knn.internal.NeighbourSearch.search(x, 5,
                    org.repalign.compute.metrics.knn.internal.TieOrder.keys(60, rule, 3,
                            org.repalign.compute.metrics.knn.internal.TieOrder.Side.X),
                    16, () -> {
                    });
            for (int i = 0; i < 60; i++) {
                for (int p = 0; p < lists.depth(); p++) {
                    assertTrue(lists.neighbour(i, p) != i, "row " + i + " is its own neighbour");
                }
                assertEquals(i ^ 1, lists.neighbour(i, 0), "row " + i);
            }
            // two copies of the same duplicated data agree completely at k = 1
            assertEquals(1.0, value("mutual_knn:k=1", x, dense(doubled), context(rule, 5)));
        }
    }
}
