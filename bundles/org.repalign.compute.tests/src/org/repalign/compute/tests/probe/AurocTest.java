package org.repalign.compute.tests.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.probe.Auroc;
import org.repalign.compute.probe.LatentAuroc;
import org.repalign.compute.probe.LatentAurocResult;

class AurocTest {

    @Test
    void fourPointsByHand() {
        // positives 0.35, 0.8; negatives 0.1, 0.4: 0.35 beats 0.1 only, 0.8 beats both → 3/4
        assertEquals(0.75, Auroc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}),
                1e-15);
    }

    @Test
    void tiesCountHalf() {
        // positives 1, 2; negatives 1, 0: (1 vs 1) ½ + (1 vs 0) 1 + (2 vs both) 2 = 3.5 of 4
        assertEquals(0.875, Auroc.of(new double[] {1, 1, 2, 0}, new boolean[] {true, false, true, false}), 1e-15);
        // all scores equal → ½
        assertEquals(0.5, Auroc.of(new double[] {3, 3, 3, 3, 3}, new boolean[] {true, false, false, true, false}),
                1e-15);
        // perfectly reversed → 0
        assertEquals(0, Auroc.of(new double[] {5, 4, 1, 0}, new boolean[] {false, false, true, true}), 1e-15);
    }

    @Test
    void agreesWithPairCountingOnRandomTiedScores() {
        Random random = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            int n = 3 + random.nextInt(40);
            double[] scores = new double[n];
            boolean[] labels = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(5);
                labels[i] = i < 2 ? i == 0 : random.nextBoolean();
            }
            double wins = 0;
            int pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (labels[i] && !labels[j]) {
                        pairs++;
                        wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    }
                }
            }
            assertEquals(wins / pairs, Auroc.of(scores, labels), 1e-12);
        }
    }

    @Test
    void singleClassIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[] {1, 2}, new boolean[] {true, true}));
        assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[] {1}, new boolean[] {true, false}));
    }

    @Test
    void latentAurocByHand() {
        // labels T T F F F
        // latent 0: 2 0 1 0 0 → positive 2 beats 3; positive 0 loses to 1, ties two 0s → 4/6
        // latent 1: 0 3 0 0 0 → positive 3 beats 3; positive 0 ties three 0s → 4.5/6
        // latent 2: never active → ½
        // latent 3: −1 0 0 2 0 → positive −1 beats nothing; positive 0 loses to 2, ties two → 1/6
        double[][] z = {{2, 0, 0, -1}, {0, 3, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 2}, {0, 0, 0, 0}};
        boolean[] labels = {true, true, false, false, false};
        LatentAurocResult result = LatentAuroc.evaluate(csr(z), labels);
        double[] aurocs = result.aurocs();
        assertEquals(4.0 / 6, aurocs[0], 1e-15);
        assertEquals(4.5 / 6, aurocs[1], 1e-15);
        assertEquals(0.5, aurocs[2], 1e-15);
        assertEquals(1.0 / 6, aurocs[3], 1e-15);
        assertEquals(1, result.bestLatent());
        assertEquals(0.75, result.bestAuroc(), 1e-15);
        assertEquals(2, result.positives());
        assertEquals(3, result.negatives());
    }

    @Test
    void latentAurocMatchesDenseColumnsWithStoredZerosAndDuplicates() {
        Random random = new Random(8);
        int n = 60;
        int m = 12;
        double[][] z = new double[n][m];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(3) == 0;
            for (int j = 0; j < m; j++) {
                if (random.nextInt(4) == 0) {
                    z[i][j] = random.nextInt(3) - 0.5 * random.nextInt(2); // ties and negatives
                }
            }
        }
        labels[0] = true;
        labels[1] = false;
        // store every nonzero as two halves, plus an explicit stored zero in column 0 of each row
        int[] indptr = new int[n + 1];
        int[] indices = new int[n * (2 * m + 1)];
        double[] values = new double[indices.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            indices[k] = 0;
            values[k++] = 0;
            for (int j = 0; j < m; j++) {
                if (z[i][j] != 0) {
                    indices[k] = j;
                    values[k++] = z[i][j] / 2;
                    indices[k] = j;
                    values[k++] = z[i][j] / 2;
                }
            }
            indptr[i + 1] = k;
        }
        CsrMatrix codes = CsrMatrix.of(n, m, indptr, java.util.Arrays.copyOf(indices, k),
                java.util.Arrays.copyOf(values, k));
        double[] aurocs = LatentAuroc.evaluate(codes, labels).aurocs();
        for (int j = 0; j < m; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = z[i][j];
            }
            assertEquals(Auroc.of(column, labels), aurocs[j], 1e-12, "latent " + j);
        }
        // one label-free index serves any number of attributes
        LatentAuroc index = LatentAuroc.index(codes);
        for (int t = 0; t < 5; t++) {
            boolean[] other = new boolean[n];
            for (int i = 0; i < n; i++) {
                other[i] = random.nextInt(2 + t) == 0;
            }
            other[0] = true;
            other[1] = false;
            double[] reused = index.evaluate(other).aurocs();
            for (int j = 0; j < m; j++) {
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = z[i][j];
                }
                assertEquals(Auroc.of(column, other), reused[j], 1e-12, "attribute " + t + ", latent " + j);
            }
        }
    }

    static CsrMatrix csr(double[][] rows) {
        int n = rows.length;
        int m = rows[0].length;
        int[] indptr = new int[n + 1];
        int[] indices = new int[n * m];
        double[] values = new double[n * m];
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
        return CsrMatrix.of(n, m, indptr, java.util.Arrays.copyOf(indices, k), java.util.Arrays.copyOf(values, k));
    }
}
