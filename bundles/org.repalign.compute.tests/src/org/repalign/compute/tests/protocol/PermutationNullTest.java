package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.PermutationNull;
import org.repalign.compute.protocol.PermutationResult;
import org.repalign.compute.protocol.PermutationSettings;
import org.repalign.compute.protocol.ProgressListener;

class PermutationNullTest {

    private static final int P = 99;

    private static DenseMatrix gaussian(Random random, int n, int d) {
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = random.nextGaussian();
            }
        }
        return DenseMatrix.of(rows);
    }

    private static PermutationSettings settings(long seed) {
        return new PermutationSettings(P, seed, 0, TieRule.RANDOM, OptionalDouble.empty());
    }

    @Test
    void perfectlyAlignedPairHasTheSmallestPossiblePAndPositiveZ() {
        // Σ⟨xᵢ, xᵢ⟩ > Σ⟨xᵢ, x_π(i)⟩ for every non-identity π when rows are distinct
        DenseMatrix x = gaussian(new Random(1), 60, 5);
        PermutationResult result = PermutationNull.run(x, x, TestMetrics.meanRowDot(), settings(10),
                ProgressListener.NONE, () -> false);
        assertEquals(1.0 / (P + 1), result.p(), 1e-15);
        assertTrue(result.z() > 5, "z = " + result.z());
        assertEquals(P, result.definedNulls());
        assertEquals(P, result.nullValues().length);
    }

    @Test
    void lowerIsBetterMetricGivesNegativeZ() {
        DenseMatrix x = gaussian(new Random(2), 60, 5);
        PermutationResult result = PermutationNull.run(x, x, TestMetrics.meanRowSquaredDistance(), settings(10),
                ProgressListener.NONE, () -> false);
        assertEquals(0, result.observed());
        assertEquals(Direction.LOWER_IS_BETTER, result.direction());
        assertTrue(result.z() < -5, "z = " + result.z());
        assertEquals(1.0 / (P + 1), result.p(), 1e-15);
    }

    @Test
    void independentDataGivesRoughlyUniformPValues() {
        Random random = new Random(3);
        int datasets = 60;
        double sum = 0;
        int below10 = 0;
        for (int t = 0; t < datasets; t++) {
            DenseMatrix x = gaussian(random, 30, 3);
            DenseMatrix y = gaussian(random, 30, 3);
            PermutationResult result = PermutationNull.run(x, y, TestMetrics.meanRowDot(), settings(100 + t),
                    ProgressListener.NONE, () -> false);
            assertTrue(result.p() >= 1.0 / (P + 1) && result.p() <= 1, "p = " + result.p());
            sum += result.p();
            if (result.p() <= 0.1) {
                below10++;
            }
        }
        double meanP = sum / datasets;
        assertTrue(meanP > 0.35 && meanP < 0.65, "mean p = " + meanP);
        assertTrue(below10 <= 15, "p ≤ 0.1 in " + below10 + " of " + datasets);
    }

    @Test
    void nullStatisticsAndPFollowTheirDefinitions() {
        DenseMatrix x = gaussian(new Random(4), 25, 2);
        DenseMatrix y = gaussian(new Random(5), 25, 2);
        PermutationResult result = PermutationNull.run(x, y, TestMetrics.meanRowDot(), settings(6),
                ProgressListener.NONE, () -> false);
        double[] nulls = result.nullValues();
        double mean = Arrays.stream(nulls).average().orElseThrow();
        double squares = Arrays.stream(nulls).map(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(squares / (P - 1));
        long asGood = Arrays.stream(nulls).filter(v -> v >= result.observed()).count();
        assertEquals(TestMetrics.meanDot(x, y), result.observed(), 1e-12);
        assertEquals(mean, result.nullMean(), 1e-12);
        assertEquals(sd, result.nullStandardDeviation(), 1e-12);
        assertEquals((result.observed() - mean) / sd, result.z(), 1e-9);
        assertEquals((1.0 + asGood) / (P + 1), result.p(), 1e-15);
    }

    @Test
    void seededAndOnlyYIsShuffled() {
        DenseMatrix x = gaussian(new Random(6), 40, 2);
        DenseMatrix y = gaussian(new Random(7), 40, 2);
        PermutationResult a = PermutationNull.run(x, y, TestMetrics.meanRowDot(), settings(1), ProgressListener.NONE,
                () -> false);
        PermutationResult b = PermutationNull.run(x, y, TestMetrics.meanRowDot(), settings(1), ProgressListener.NONE,
                () -> false);
        PermutationResult c = PermutationNull.run(x, y, TestMetrics.meanRowDot(), settings(2), ProgressListener.NONE,
                () -> false);
        assertArrayEquals(a.nullValues(), b.nullValues());
        assertFalse(Arrays.equals(a.nullValues(), c.nullValues()));
        // a metric that only reads x sees the same value every time
        double[] firstRow = x.row(0);
        AlignmentMetric xOnly = TestMetrics.fromContext("x_first", (m, context) -> MetricValue.of(m.row(0)[0]));
        PermutationResult fixed = PermutationNull.run(x, y, xOnly, settings(1), ProgressListener.NONE, () -> false);
        for (double v : fixed.nullValues()) {
            assertEquals(firstRow[0], v);
        }
    }

    @Test
    void zeroNullSpreadGivesUndefinedZ() {
        DenseMatrix x = gaussian(new Random(8), 10, 2);
        AlignmentMetric constant = TestMetrics.of("constant", Direction.HIGHER_IS_BETTER, (a, b) -> 0.5);
        PermutationResult result = PermutationNull.run(x, x, constant, settings(3), ProgressListener.NONE, () -> false);
        assertEquals(0, result.nullStandardDeviation());
        assertTrue(Double.isNaN(result.z()));
        assertEquals(1.0, result.p());
    }

    @Test
    void undefinedNullsAreExcluded() {
        DenseMatrix x = gaussian(new Random(9), 10, 1);
        AtomicInteger calls = new AtomicInteger();
        AlignmentMetric sometimes = TestMetrics.fromContext("sometimes", (m, context) -> {
            int call = calls.getAndIncrement();
            return call > 0 && call % 3 == 0 ? MetricValue.undefined("no value") : MetricValue.of(call);
        });
        PermutationResult result = PermutationNull.run(x, x, sometimes,
                new PermutationSettings(9, 1, 0, TieRule.RANDOM, OptionalDouble.empty()), ProgressListener.NONE,
                () -> false);
        // observed = 0; nulls are calls 1..9, undefined at 3, 6, 9 → 6 defined, all ≥ 0
        assertEquals(6, result.definedNulls());
        assertEquals((1 + 2 + 4 + 5 + 7 + 8) / 6.0, result.nullMean(), 1e-12);
        assertEquals(1.0, result.p());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("3 of 9")), result.warnings().toString());
    }

    @Test
    void progressCancellationAndPairSettings() {
        DenseMatrix x = gaussian(new Random(10), 20, 2);
        AtomicInteger steps = new AtomicInteger();
        assertThrows(CancellationException.class, () -> PermutationNull.run(x, x, TestMetrics.meanRowDot(), settings(1),
                (done, total) -> steps.incrementAndGet(), () -> steps.get() >= 5));
        assertEquals(5, steps.get());

        EvaluationProtocol protocol = EvaluationProtocol.paper(7);
        PermutationSettings forPair = PermutationSettings.forPair(protocol, 10);
        assertEquals(12345, forPair.metricSeed());
        assertTrue(forPair.permutationSeed() != protocol.subsampleSeed());
        assertTrue(forPair.permutationSeed() != PermutationSettings.forPair(protocol.forPair(8), 10).permutationSeed());
        assertThrows(IllegalArgumentException.class,
                () -> new PermutationSettings(-1, 0, 0, TieRule.RANDOM, OptionalDouble.empty()));
    }

    /** All metrics on one shuffle each share a context; every metric's null is its own run's, bit for bit. */
    @Test
    void runAllEqualsEachMetricsOwnRun() {
        Random random = new Random(12);
        DenseMatrix x = gaussian(random, 70, 14);
        DenseMatrix y = gaussian(random, 70, 11);
        java.util.List<AlignmentMetric> metrics = org.repalign.compute.metrics.MetricRegistry.installed()
                .createAll(java.util.List.of("cka", "unbiased_cka", "svcca_10", "mutual_knn_10", "knn_edit_10"));
        PermutationSettings settings = new PermutationSettings(9, 77, 5, TieRule.RANDOM, OptionalDouble.empty());
        AtomicInteger calls = new AtomicInteger();
        java.util.List<PermutationResult> all = PermutationNull.runAll(x, y, metrics, settings,
                (done, total) -> calls.incrementAndGet(), () -> false);
        assertEquals(10, calls.get());
        for (int k = 0; k < metrics.size(); k++) {
            PermutationResult own = PermutationNull.run(x, y, metrics.get(k), settings, ProgressListener.NONE,
                    () -> false);
            assertEquals(own.observed(), all.get(k).observed(), 0.0, own.key());
            assertArrayEquals(own.nullValues(), all.get(k).nullValues(), 0.0, own.key());
            assertEquals(own.p(), all.get(k).p(), 0.0, own.key());
        }
    }
}
