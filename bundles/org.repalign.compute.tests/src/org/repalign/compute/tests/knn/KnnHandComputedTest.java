package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repalign.compute.tests.knn.KnnTestData.context;
import static org.repalign.compute.tests.knn.KnnTestData.registry;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.TieRule;

/**
 * Five points in 2-D with integer inner products, k = 2, index ties.
 *
 * <pre>
 *   X = (3,0) (2,1) (0,2) (-1,2) (1,-3)      Y = (2,1) (2,0) (1,2) (0,1) (0,-2)
 *
 *   XXᵀ =  9  6  0 -3  3                     YYᵀ =  5  4  4  1 -2
 *          6  5  2  0 -1                            4  4  2  0  0
 *          0  2  4  4 -6                            4  2  5  2 -4
 *         -3  0  4  5 -7                            1  0  2  1 -2
 *          3 -1 -6 -7 10                           -2  0 -4 -2  4
 *
 *   ordered lists (self excluded; equal scores → lower index first), scores in brackets:
 *   row  N_X                        N_Y
 *   0    1(6) 4(3) | 2(0)           1(4) 2(4) | 3(1)
 *   1    0(6) 2(2) | 3(0)           0(4) 2(2) | 3(0)
 *   2    3(4) 1(2) | 0(0)           0(4) 1(2) | 3(2)   ← Y tie across k
 *   3    2(4) 1(0) | 0(-3)          2(2) 0(1) | 1(0)
 *   4    0(3) 1(-1)| 2(-6)          1(0) 0(-2)| 3(-2)  ← Y tie across k
 *
 *   overlap |N_X ∩ N_Y| = 1 2 1 1 2           → mutual_knn = 7/10 = 0.7
 *   Levenshtein        = 1 0 1 1 2           → knn_edit = 1.0, knn_edit_sim = 1 − 1/2 = 0.5
 *   LCS                = 1 2 1 1 1           → lcs_knn = 6/5 = 1.2
 *   cycle: every i is among the X-neighbours of one of its Y-neighbours → cycle_knn = 1
 *   tie share: rows 2 and 4                  → 2/5 = 0.4
 *
 *   k = 1: N_X = 1 0 3 2 0, N_Y = 1 0 0 2 1 → mutual_knn = 3/5;
 *   cycle: i=0 via 1 (N_X(1)=0) yes, i=1 via 0 yes, i=2 via 0 (N_X(0)=1) no, i=3 via 2 yes,
 *   i=4 via 1 (N_X(1)=0) no → 3/5.
 *
 *   CKNNA, k = 2, Song unbiased HSIC with n = 5 (denominator n(n−3) = 10):
 *   α∘K (mutual entries): (0,1)=6 (1,0)=6 (1,2)=2 (2,1)=2 (3,2)=4 (4,0)=3 (4,1)=-1
 *   α∘L at the same entries:  4       4       2       2       2       -2      0
 *   HSIC(K,L) = [Σ A_ij B_ji + ΣA·ΣB/12 − 2·1ᵀAB1/3] / 10 = 1.8
 *   HSIC(K,K) = 7.008333…, HSIC(L,L) = 1.541666… (X lists alone, Y lists alone)
 *   CKNNA = 1.8 / √(7.008333… · 1.541666…) = 0.547608132318…
 *   Swapped (Y, X): the cross term 1ᵀAB1 becomes 1ᵀBA1, HSIC = 3.2666…, CKNNA = 0.993807351244…
 *   (the reference formula is not symmetric, because α∘K is not)
 * </pre>
 *
 * The values were also checked against a direct transcription of the PRH formulas.
 */
class KnnHandComputedTest {

    private static final DenseMatrix X = DenseMatrix.of(new double[][] { { 3, 0 }, { 2, 1 }, { 0, 2 }, { -1, 2 }, { 1, -3 } });
    private static final DenseMatrix Y = DenseMatrix.of(new double[][] { { 2, 1 }, { 2, 0 }, { 1, 2 }, { 0, 1 }, { 0, -2 } });

    private static MetricValue compute(String metric) {
        return registry().create(metric).compute(X, Y, context(TieRule.INDEX, 0));
    }

    @Test
    void mutualKnn() {
        assertEquals(0.7, compute("mutual_knn:k=2").value(), 1e-15);
        assertEquals(0.6, compute("mutual_knn:k=1").value(), 1e-15);
    }

    @Test
    void editDistanceAndSimilarity() {
        assertEquals(1.0, compute("knn_edit:k=2").value(), 1e-15);
        assertEquals(0.5, compute("knn_edit_sim:k=2").value(), 1e-15);
    }

    @Test
    void longestCommonSubsequence() {
        assertEquals(1.2, compute("lcs_knn:k=2").value(), 1e-15);
    }

    @Test
    void cycleKnn() {
        assertEquals(1.0, compute("cycle_knn:k=2").value(), 1e-15);
        assertEquals(0.6, compute("cycle_knn:k=1").value(), 1e-15);
    }

    @Test
    void cknna() {
        assertEquals(1.8 / Math.sqrt(7.008333333333333 * 1.5416666666666667), compute("cknna:k=2").value(), 1e-12);
        assertEquals(0.5476081323181465, compute("cknna:k=2").value(), 1e-12);
        double swapped = registry().create("cknna:k=2").compute(Y, X, context(TieRule.INDEX, 0)).value();
        assertEquals(0.9938073512440436, swapped, 1e-12);
    }

    @Test
    void tieShareCountsRowsTiedAcrossTheKthPosition() {
        assertEquals(0.4, compute("mutual_knn:k=2").tieShare(), 1e-15);
        // the share depends on scores only, not on the rule
        MetricContext random = context(TieRule.RANDOM, 11);
        assertEquals(0.4, registry().create("knn_edit:k=2").compute(X, Y, random).tieShare(), 1e-15);
        // k = 1: row 0 in Y has 4, 4 at positions 1, 2 → tied; nothing else
        assertEquals(0.2, compute("mutual_knn:k=1").tieShare(), 1e-15);
    }
}
