package org.repalign.compute.tests.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.families.FamilyMatrices.affine;
import static org.repalign.compute.tests.families.FamilyMatrices.column;
import static org.repalign.compute.tests.families.FamilyMatrices.multiply;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.orthogonal;
import static org.repalign.compute.tests.kernel.TestMatrices.value;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.rsa.internal.RdmComparison;

/**
 * {@code rsa} against hand values and against a plain re-implementation of the definitions
 * (explicit RDM loops, ranks by counting, Kendall by the O(N²) pair loop).
 */
class RsaMetricTest {

    @Test
    void handComputedOneDimensionalCase() {
        // squared distances (d = 1) of x = (0, 1, 3, 6): a = (1, 9, 36, 4, 25, 9) over (0,1), (0,2), (0,3),
        // (1,2), (1,3), (2,3); of y = (0, 2, 3, 4): b = (4, 9, 16, 1, 4, 1).
        double[][] x = column(0, 1, 3, 6);
        double[][] y = column(0, 2, 3, 4);
        // of the 15 pairs of entries 9 are concordant, 3 discordant, 3 tied in a or b: τ_a = 6/15
        assertEquals(0.4, number("rsa:rdm=euclidean;compare=kendall_tau_a", x, y), 1e-15);
        // average ranks (1, 3.5, 6, 2, 5, 3.5) and (3.5, 5, 6, 1.5, 3.5, 1.5): Σdadb = 9.25, Σda² = 17, Σdb² = 16.5
        assertEquals(9.25 / Math.sqrt(17 * 16.5), number("rsa:rdm=euclidean;compare=spearman", x, y), 1e-14);
        // Σab = 774, Σa² = 2100, Σb² = 371
        assertEquals(774 / Math.sqrt(2100.0 * 371), number("rsa:rdm=euclidean;compare=cosine", x, y), 1e-14);
        // Σa = 84, Σb = 35, N = 6: Σ(a−ā)(b−b̄) = 774 − 84·35/6 = 284, Σ(a−ā)² = 2100 − 84²/6 = 924,
        // Σ(b−b̄)² = 371 − 35²/6 = 1001/6
        assertEquals(284 / Math.sqrt(924 * 1001.0 / 6), number("rsa:rdm=euclidean;compare=pearson", x, y), 1e-14);
        // two identical columns: the sums double, divided by d = 2 they are the same
        double[][] x2 = { { 0, 0 }, { 1, 1 }, { 3, 3 }, { 6, 6 } };
        assertEquals(0.4, number("rsa:rdm=euclidean,compare=kendall_tau_a", x2, y), 1e-15);
    }

    @Test
    void correlationDistanceByHand() {
        // rows (1, 2, 3), (3, 2, 1), (1, 3, 2): r(0,1) = −1, r(0,2) = 0.5, r(1,2) = −0.5 → RDM (2, 0.5, 1.5);
        // rows (0, 0, 1), (0, 1, 1), (1, 0, 0): r(0,1) = 0.5, r(0,2) = −0.5, r(1,2) = −1 → RDM (0.5, 1.5, 2).
        double[][] x = { { 1, 2, 3 }, { 3, 2, 1 }, { 1, 3, 2 } };
        double[][] y = { { 0, 0, 1 }, { 0, 1, 1 }, { 1, 0, 0 } };
        // a = (2, 0.5, 1.5), b = (0.5, 1.5, 2): centred (2/3, −5/6, 1/6) and (−5/6, 1/6, 2/3)
        double expectedPearson = (-10.0 / 18 - 5.0 / 36 + 4.0 / 36) / (4.0 / 9 + 25.0 / 36 + 1.0 / 36);
        assertEquals(expectedPearson, number("rsa:compare=pearson", x, y), 1e-14);
        // ranks (3, 1, 2) and (1, 2, 3): ρ = −0.5; pairs: (0,1) −, (0,2) −, (1,2) + → τ_a = −1/3
        assertEquals(-0.5, number("rsa", x, y), 1e-14);
        assertEquals(-1.0 / 3, number("rsa:compare=kendall_tau_a", x, y), 1e-15);
        assertEquals((1 + 0.75 + 3) / Math.sqrt(6.5 * 6.5), number("rsa:compare=cosine", x, y), 1e-14);
    }

    @Test
    void agreesWithAPlainImplementationOfTheDefinitions() {
        double[][] x = gaussian(25, 4, 1);
        double[][] y = affine(gaussian(25, 3, 2), 1, 5);
        for (int i = 0; i < 25; i++) {
            y[i][0] += x[i][0];
        }
        for (String rdm : new String[] { "correlation", "euclidean" }) {
            double[] a = rdm(x, rdm);
            double[] b = rdm(y, rdm);
            String prefix = "rsa:rdm=" + rdm + ";compare=";
            assertEquals(pearson(ranks(a), ranks(b)), number(prefix + "spearman", x, y), 1e-12, rdm);
            assertEquals(pearson(a, b), number(prefix + "pearson", x, y), 1e-12, rdm);
            assertEquals(kendallByPairs(a, b), number(prefix + "kendall_tau_a", x, y), 1e-14, rdm);
            assertEquals(cosine(a, b), number(prefix + "cosine", x, y), 1e-12, rdm);
        }
    }

    @Test
    void kendallHandlesTiesAsTauADefines() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(300);
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(1 + trial % 6);
                b[i] = trial % 3 == 0 ? random.nextGaussian() : random.nextInt(4);
            }
            double expected = n < 2 ? Double.NaN : kendallByPairs(a, b);
            assertEquals(expected, RdmComparison.KENDALL_TAU_A.compare(a, b), 1e-15, "trial " + trial);
            assertEquals(pearson(ranks(a), ranks(b)), RdmComparison.SPEARMAN.compare(a, b), 1e-12, "trial " + trial);
        }
    }

    @Test
    void kendallOnAThousandRowsIsFast() {
        // 499,500 dissimilarities: the O(N²) pair loop would take minutes
        double[][] x = gaussian(1000, 8, 1);
        double[][] y = gaussian(1000, 8, 2);
        long start = System.nanoTime();
        double value = number("rsa:compare=kendall_tau_a", x, y);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(Math.abs(value) < 0.05, "independent data: τ " + value);
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void invariances() {
        double[][] x = gaussian(20, 5, 4);
        double[][] y = affine(multiply(x, gaussian(5, 3, 5)), 1, 2);
        for (String key : new String[] { "rsa", "rsa:rdm=euclidean", "rsa:rdm=euclidean;compare=kendall_tau_a",
                "rsa:compare=pearson" }) {
            double value = number(key, x, y);
            assertEquals(value, number(key, y, x), 1e-12, key + " symmetric");
        }
        for (String compare : new String[] { "spearman", "pearson", "kendall_tau_a", "cosine" }) {
            String key = "rsa:rdm=euclidean;compare=" + compare;
            double value = number(key, x, y);
            assertEquals(value, number(key, affine(multiply(x, orthogonal(5, 6)), 3, 1, -7), y), 1e-12,
                    key + ": rotation, isotropic scaling and translation");
        }
        // the correlation distance ignores each row's offset and scale
        double[][] rowwise = new double[20][];
        for (int i = 0; i < 20; i++) {
            rowwise[i] = affine(new double[][] { x[i] }, 1 + i, 3 * i - 10)[0];
        }
        assertEquals(number("rsa", x, y), number("rsa", rowwise, y), 1e-12);
        assertEquals(1.0, number("rsa", x, affine(x, 2, 1)), 1e-14);
    }

    @Test
    void badInputAndUndefinedValues() {
        IllegalArgumentException choice = assertThrows(IllegalArgumentException.class,
                () -> MetricRegistry.installed().create("rsa:compare=kendall"));
        assertTrue(choice.getMessage().contains("kendall_tau_a") && choice.getMessage().contains("spearman"),
                choice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricRegistry.installed().create("rsa:rdm=cosine"));
        assertThrows(IllegalArgumentException.class, () -> value("rsa", gaussian(2, 3, 1), gaussian(2, 3, 2)));
        MetricValue constantRow = value("rsa", new double[][] { { 1, 1 }, { 1, 2 }, { 0, 3 } }, gaussian(3, 2, 1));
        assertFalse(constantRow.isDefined());
        assertTrue(constantRow.warnings().get(0).contains("constant"), constantRow.warnings().toString());
        // equidistant rows: a constant RDM has no rank correlation
        double[][] simplex = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        assertFalse(value("rsa:rdm=euclidean", simplex, gaussian(3, 2, 1)).isDefined());
        assertEquals(0.0, number("rsa:rdm=euclidean;compare=kendall_tau_a", simplex, gaussian(3, 2, 1)), 0,
                "τ_a counts the tied pairs in its denominator");
    }

    // --- a plain implementation of the definitions ---

    private static double[] rdm(double[][] x, String kind) {
        int n = x.length;
        int d = x[0].length;
        double[] values = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (kind.equals("euclidean")) {
                    double sum = 0;
                    for (int c = 0; c < d; c++) {
                        sum += (x[i][c] - x[j][c]) * (x[i][c] - x[j][c]);
                    }
                    values[k++] = sum / d;
                } else {
                    values[k++] = 1 - pearson(x[i], x[j]);
                }
            }
        }
        return values;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    /** Rank = 1 + (number smaller) + (number equal − 1)/2. */
    private static double[] ranks(double[] a) {
        double[] ranks = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            int smaller = 0;
            int equal = 0;
            for (double value : a) {
                smaller += value < a[i] ? 1 : 0;
                equal += value == a[i] ? 1 : 0;
            }
            ranks[i] = 1 + smaller + (equal - 1) / 2.0;
        }
        return ranks;
    }

    private static double kendallByPairs(double[] a, double[] b) {
        long sum = 0;
        long pairs = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                sum += (long) Math.signum(a[i] - a[j]) * (long) Math.signum(b[i] - b[j]);
                pairs++;
            }
        }
        return (double) sum / pairs;
    }
}
