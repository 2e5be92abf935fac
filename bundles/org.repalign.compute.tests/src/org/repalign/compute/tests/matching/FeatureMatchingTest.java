package org.repalign.compute.tests.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.matching.FeatureMatch;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.compute.matching.FeatureMatchingNull;
import org.repalign.compute.stats.LinearAssignment;

class FeatureMatchingTest {

    private static final double[][] Z1 = {{1, 0, 2}, {0, 3, 0}, {1, 1, 0}};
    private static final double[][] Z2 = {{0, 2, 0}, {1, 0, 0}, {0, 1, 1}};

    @Test
    void threeByThreeByHand() {
        // G = Z1ᵀZ2: row 0 (col (1,0,1) of Z1) = (0, 3, 1); row 1 ((0,3,1)) = (3, 1, 1);
        // row 2 ((2,0,0)) = (0, 4, 0). The six assignments give 1, 5, 6, 4, 8, 2: the best is
        // π = (2, 0, 1) with 1 + 3 + 4 = 8. ‖Z1‖² = 1+4+9+1+1 = 16, ‖Z2‖² = 4+1+1+1 = 7.
        FeatureMatch m = FeatureMatching.match(csr(Z1), csr(Z2), false);
        assertEquals(8, m.matchedSum(), 1e-12);
        assertArrayEquals(new int[] {2, 0, 1}, m.partnerOfLatent());
        assertEquals(4, m.firstNorm(), 1e-12);
        assertEquals(Math.sqrt(7), m.secondNorm(), 1e-12);
        assertEquals(8 / (4 * Math.sqrt(7)), m.score(), 1e-12);
        assertEquals(3, m.activeFirst());
        assertEquals(3, m.activeSecond());
    }

    @Test
    void binaryByHand() {
        // B1 = [[1,0,1],[0,1,0],[1,1,0]], B2 = Z2 > 0 = [[0,1,0],[1,0,0],[0,1,1]].
        // GB rows: (0, 2, 1), (1, 1, 1), (0, 1, 0); assignments give 1, 2, 3, 3, 3, 2: best 3.
        // ‖B1‖² = 5 and ‖B2‖² = 4, so the score is 3 / (√5 · 2).
        FeatureMatch m = FeatureMatching.match(csr(Z1), csr(Z2), true);
        assertTrue(m.binary());
        assertEquals(3, m.matchedSum(), 1e-12);
        assertEquals(3 / (Math.sqrt(5) * 2), m.score(), 1e-12);
        assertEquals(3, distinct(m.partnerOfLatent()));
        // values that are not > 0 become 0 in the binary version (negative codes allowed there)
        double[][] signed = {{1, 0, 2}, {0, 3, -5}, {1, 1, 0}};
        assertEquals(m.score(), FeatureMatching.match(csr(signed), csr(Z2), true).score(), 1e-12);
    }

    @Test
    void inactiveLatentsAreLeftOutWithoutChangingTheOptimum() {
        // Z1 with two never-firing latents (columns 1 and 4); Z2 with one (column 0)
        Random random = new Random(7);
        double[][] a = sparse(random, 40, 6, 0.3);
        double[][] b = sparse(random, 40, 5, 0.3);
        for (double[] row : a) {
            row[1] = 0;
            row[4] = 0;
        }
        for (double[] row : b) {
            row[0] = 0;
        }
        FeatureMatch m = FeatureMatching.match(csr(a), csr(b), false);
        assertEquals(4, m.activeFirst());
        assertEquals(4, m.activeSecond());
        assertEquals(-1, m.partnerOfLatent()[1]);
        assertEquals(-1, m.partnerOfLatent()[4]);
        // the full dense 6 × 5 problem, G computed densely here
        double[] g = denseGram(a, b);
        double full = LinearAssignment.maximize(g, 6, 5).total();
        assertEquals(full, m.matchedSum(), 1e-9);
        double check = 0;
        int[] partner = m.partnerOfLatent();
        for (int j = 0; j < 6; j++) {
            if (partner[j] >= 0) {
                check += g[j * 5 + partner[j]];
            }
        }
        assertEquals(m.matchedSum(), check, 1e-9);
        assertEquals(distinct(partner), Arrays.stream(partner).filter(p -> p >= 0).count());
    }

    @Test
    void permutedColumnsWithACommonScaleScoreOne() {
        Random random = new Random(11);
        double[][] a = sparse(random, 60, 7, 0.3);
        int[][] permutations = {{0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, {3, 0, 6, 1, 5, 2, 4}};
        for (int[] sigma : permutations) {
            // column k of Z2 is 2.5 × column sigma[k] of Z1
            double[][] b = new double[60][7];
            for (int i = 0; i < 60; i++) {
                for (int k = 0; k < 7; k++) {
                    b[i][k] = 2.5 * a[i][sigma[k]];
                }
            }
            FeatureMatch m = FeatureMatching.match(csr(a), csr(b), false);
            assertEquals(1, m.score(), 1e-12);
            // the partner of latent sigma[k] of Z1 is latent k of Z2
            int[] partner = m.partnerOfLatent();
            for (int k = 0; k < 7; k++) {
                assertEquals(k, partner[sigma[k]]);
            }
            assertEquals(1, FeatureMatching.match(csr(a), csr(b), true).score(), 1e-12);
        }
    }

    @Test
    void permutedRectangularNullsEqualDenseRecomputation() {
        // every null score recomputed here from the permuted rows of Z₂: dense G, the assignment
        // on it, divided by the norms; 9 × 13 latents with never-firing ones on both sides
        Random random = new Random(41);
        double[][] a = sparse(random, 70, 9, 0.25);
        double[][] b = sparse(random, 70, 13, 0.2);
        for (double[] row : a) {
            row[3] = 0;
        }
        for (double[] row : b) {
            row[0] = 0;
            row[7] = 0;
        }
        long seed = 12;
        FeatureMatchingNull nulls = FeatureMatching.nulls(csr(a), csr(b), false, 4, seed);
        double norms = Math.sqrt(sumOfSquares(a)) * Math.sqrt(sumOfSquares(b));
        assertEquals(LinearAssignment.maximize(denseGram(a, b), 9, 13).total() / norms, nulls.matched().score(), 1e-12);
        org.repalign.compute.stats.SplitMix64 rng = new org.repalign.compute.stats.SplitMix64(seed);
        double[] scores = nulls.scores();
        for (int t = 0; t < 4; t++) {
            int[] perm = org.repalign.compute.stats.Shuffles.permutation(70, rng);
            double[][] permuted = new double[70][];
            for (int i = 0; i < 70; i++) {
                permuted[i] = b[perm[i]];
            }
            double expected = LinearAssignment.maximize(denseGram(a, permuted), 9, 13).total() / norms;
            assertEquals(expected, scores[t], 1e-12, "permutation " + t);
        }
    }

    private static double sumOfSquares(double[][] z) {
        double ss = 0;
        for (double[] row : z) {
            for (double v : row) {
                ss += v * v;
            }
        }
        return ss;
    }

    @Test
    void columnWiseScalesScoreOneOnlyWhenBinary() {
        // Z2 = Z1 with column j scaled by s_j > 0: the matching keeps j ↔ j, and by
        // Cauchy–Schwarz the weighted score is Σ s_j c_j / (√(Σ c_j) · √(Σ s_j² c_j)) with
        // c_j = ‖z_j‖², below 1 unless the scales are equal; the binary score is exactly 1.
        Random random = new Random(3);
        double[][] a = sparse(random, 80, 5, 0.4);
        double[] s = {0.5, 1, 2, 3, 0.25};
        double[][] b = new double[80][5];
        double[] c = new double[5];
        for (int i = 0; i < 80; i++) {
            for (int j = 0; j < 5; j++) {
                b[i][j] = s[j] * a[i][j];
                c[j] += a[i][j] * a[i][j];
            }
        }
        double num = 0;
        double sc = 0;
        double ssc = 0;
        for (int j = 0; j < 5; j++) {
            num += s[j] * c[j];
            sc += c[j];
            ssc += s[j] * s[j] * c[j];
        }
        FeatureMatch weighted = FeatureMatching.match(csr(a), csr(b), false);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, weighted.partnerOfLatent());
        assertEquals(num / (Math.sqrt(sc) * Math.sqrt(ssc)), weighted.score(), 1e-12);
        assertTrue(weighted.score() < 1);
        assertEquals(1, FeatureMatching.match(csr(a), csr(b), true).score(), 1e-12);
    }

    @Test
    void scoreIsSymmetric() {
        Random random = new Random(5);
        double[][] a = sparse(random, 50, 9, 0.2);
        double[][] b = sparse(random, 50, 6, 0.3);
        for (boolean binary : new boolean[] {false, true}) {
            FeatureMatch ab = FeatureMatching.match(csr(a), csr(b), binary);
            FeatureMatch ba = FeatureMatching.match(csr(b), csr(a), binary);
            assertEquals(ab.score(), ba.score(), 1e-12);
            assertTrue(ab.score() > 0 && ab.score() <= 1);
        }
    }

    @Test
    void duplicateStoredEntriesAreSummed() {
        // row 0 stores column 0 twice (1 + 2 = 3): the same as the merged matrix
        CsrMatrix duplicated = CsrMatrix.of(2, 2, new int[] {0, 3, 4}, new int[] {0, 1, 0, 1},
                new double[] {1, 4, 2, 5});
        CsrMatrix merged = csr(new double[][] {{3, 4}, {0, 5}});
        CsrMatrix other = csr(new double[][] {{1, 2}, {3, 0}});
        assertEquals(FeatureMatching.match(merged, other, false).score(),
                FeatureMatching.match(duplicated, other, false).score(), 1e-12);
    }

    @Test
    void nullsOfAnIdenticalPairAreFarBelowTheMatch() {
        Random random = new Random(13);
        double[][] a = topK(random, 300, 40, 4);
        for (boolean binary : new boolean[] {false, true}) {
            FeatureMatchingNull nulls = FeatureMatching.nulls(csr(a), csr(a), binary, 10, 99);
            assertEquals(1, nulls.matched().score(), 1e-12);
            assertEquals(10, nulls.permutations());
            assertEquals(99, nulls.seed());
            double[] scores = nulls.scores();
            double mean = Arrays.stream(scores).average().orElseThrow();
            double ss = Arrays.stream(scores).map(v -> (v - mean) * (v - mean)).sum();
            assertEquals(mean, nulls.mean(), 1e-12);
            assertEquals(Math.sqrt(ss / 9), nulls.sd(), 1e-12);
            assertEquals((1 - mean) / nulls.sd(), nulls.z(), 1e-9);
            for (double v : scores) {
                assertTrue(v < 0.6, "null score " + v);
            }
            assertTrue(nulls.z() > 20, "z = " + nulls.z());
            // same seed, same permutations
            assertArrayEquals(scores, FeatureMatching.nulls(csr(a), csr(a), binary, 10, 99).scores());
        }
        assertTrue(!Arrays.equals(FeatureMatching.nulls(csr(a), csr(a), false, 3, 1).scores(),
                FeatureMatching.nulls(csr(a), csr(a), false, 3, 2).scores()));
    }

    @Test
    void badInputsAreRejected() {
        CsrMatrix a = csr(Z1);
        assertThrows(IllegalArgumentException.class,
                () -> FeatureMatching.match(a, csr(new double[][] {{1, 0}, {0, 1}}), false));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatching.match(csr(new double[][] {{1, -1}, {0, 1}, {1, 1}}), a, false));
        assertTrue(negative.getMessage().contains("z1"));
        assertThrows(IllegalArgumentException.class,
                () -> FeatureMatching.match(a, csr(new double[3][2]), false));
        assertThrows(IllegalArgumentException.class, () -> FeatureMatching.nulls(a, a, false, 1, 0));
        assertThrows(CancellationException.class, () -> FeatureMatching.match(a, a, false, () -> true));
    }

    static CsrMatrix csr(double[][] rows) {
        int n = rows.length;
        int m = n == 0 ? 0 : rows[0].length;
        int[] indptr = new int[n + 1];
        int nnz = 0;
        for (double[] row : rows) {
            for (double v : row) {
                if (v != 0) {
                    nnz++;
                }
            }
        }
        int[] indices = new int[nnz];
        double[] values = new double[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (rows[i][j] != 0) {
                    indices[k] = j;
                    values[k++] = rows[i][j];
                }
            }
            indptr[i + 1] = k;
        }
        return CsrMatrix.of(n, m, indptr, indices, values);
    }

    private static double[][] sparse(Random random, int n, int m, double density) {
        double[][] z = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (random.nextDouble() < density) {
                    z[i][j] = 0.1 + random.nextDouble();
                }
            }
        }
        return z;
    }

    private static double[][] topK(Random random, int n, int m, int k) {
        double[][] z = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < k; t++) {
                z[i][random.nextInt(m)] = 0.1 + random.nextDouble();
            }
        }
        return z;
    }

    private static double[] denseGram(double[][] a, double[][] b) {
        int m1 = a[0].length;
        int m2 = b[0].length;
        double[] g = new double[m1 * m2];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < m1; j++) {
                for (int k = 0; k < m2; k++) {
                    g[j * m2 + k] += a[i][j] * b[i][k];
                }
            }
        }
        return g;
    }

    private static long distinct(int[] partner) {
        Set<Integer> seen = new HashSet<>();
        for (int p : partner) {
            if (p >= 0) {
                seen.add(p);
            }
        }
        return seen.size();
    }
}
