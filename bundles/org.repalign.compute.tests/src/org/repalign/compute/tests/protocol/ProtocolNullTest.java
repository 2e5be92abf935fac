package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.PermutationResult;
import org.repalign.compute.protocol.PermutationSettings;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.ProtocolNull;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * The null of a protocol's mean: every subsample shuffled, the null value the mean over
 * subsamples; checked against a recomputation from the documented seeds, invariants of the
 * p-value, independence of the thread count, and the calibrated score.
 */
class ProtocolNullTest {

    private static double[][] gaussian(Random random, int n, int d) {
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = random.nextGaussian();
            }
        }
        return rows;
    }

    private static PairEvaluation evaluate(DenseMatrix x, DenseMatrix y, List<AlignmentMetric> metrics,
            EvaluationProtocol protocol) {
        return PairEvaluator.evaluate(x, y, metrics, protocol, RowSubsets.of(protocol, x.rows()), 1,
                ProgressListener.NONE, () -> false);
    }

    /**
     * The null value of permutation p is the mean over subsamples of Σ⟨x_r(i), y_r(π(i))⟩/m, with
     * π drawn as documented: a Fisher–Yates shuffle from SplitMix64(mix(mix(base + s) + p)).
     */
    @Test
    void nullValuesAreTheMeansOfTheShuffledSubsamplesFromTheDocumentedSeeds() {
        Random random = new Random(4);
        double[][] a = gaussian(random, 80, 4);
        double[][] b = gaussian(random, 80, 4);
        DenseMatrix x = DenseMatrix.of(a);
        DenseMatrix y = DenseMatrix.of(b);
        EvaluationProtocol protocol = new EvaluationProtocol(3, 25, 9, 2, TieRule.RANDOM, OptionalDouble.empty());
        List<AlignmentMetric> metrics = List.of(TestMetrics.meanRowDot());
        PairEvaluation evaluation = evaluate(x, y, metrics, protocol);
        int permutations = 7;
        PermutationResult result = ProtocolNull.run(x, y, metrics, evaluation, permutations, 2,
                ProgressListener.NONE, () -> false).get(0);
        long base = PermutationSettings.forPair(protocol, permutations).permutationSeed();
        double[] expected = new double[permutations];
        for (int p = 0; p < permutations; p++) {
            double sum = 0;
            for (int s = 0; s < 3; s++) {
                int[] rows = evaluation.subsets().subset(s);
                int[] order = Shuffles.permutation(rows.length,
                        new SplitMix64(SplitMix64.mix(SplitMix64.mix(base + s) + p)));
                double dot = 0;
                for (int i = 0; i < rows.length; i++) {
                    for (int c = 0; c < 4; c++) {
                        dot += a[rows[i]][c] * b[rows[order[i]]][c];
                    }
                }
                sum += dot / rows.length;
            }
            expected[p] = sum / 3;
        }
        assertArrayEquals(expected, result.nullValues(), 1e-12);
        assertEquals(evaluation.metrics().get(0).mean(), result.observed(), 0.0);
        assertEquals(permutations, result.definedNulls());
    }

    @Test
    void identicalSidesHaveTheSmallestPossiblePAndCalibratedScoreOne() {
        DenseMatrix x = DenseMatrix.of(gaussian(new Random(5), 120, 6));
        EvaluationProtocol protocol = new EvaluationProtocol(4, 40, 1, 0, TieRule.RANDOM, OptionalDouble.empty());
        List<AlignmentMetric> metrics = MetricRegistry.installed().createAll(List.of("cka", "mutual_knn_10",
                "knn_edit_10"));
        PairEvaluation evaluation = evaluate(x, x, metrics, protocol);
        int permutations = 19;
        List<PermutationResult> results = ProtocolNull.run(x, x, metrics, evaluation, permutations, 2,
                ProgressListener.NONE, () -> false);
        for (int k = 0; k < metrics.size(); k++) {
            PermutationResult result = results.get(k);
            assertEquals(1.0 / (permutations + 1), result.p(), 1e-15, result.key());
            // a perfect alignment is the ideal value: calibrated 1, whatever the null mean
            assertEquals(1.0, result.calibrated(metrics.get(k).idealValue()), 1e-12, result.key());
        }
        assertEquals(Direction.LOWER_IS_BETTER, results.get(2).direction());
        assertTrue(results.get(2).z() < 0, "the edit distance is below its null: z " + results.get(2).z());
    }

    @Test
    void pIsNeverBelowItsFloorAndTheResultDoesNotDependOnTheThreads() {
        Random random = new Random(6);
        DenseMatrix x = DenseMatrix.of(gaussian(random, 90, 12));
        DenseMatrix y = DenseMatrix.of(gaussian(random, 90, 12));
        EvaluationProtocol protocol = new EvaluationProtocol(5, 30, 3, 1, TieRule.RANDOM, OptionalDouble.empty());
        List<AlignmentMetric> metrics = MetricRegistry.installed().createAll(List.of("cka", "svcca_10",
                "mutual_knn_10"));
        PairEvaluation evaluation = evaluate(x, y, metrics, protocol);
        List<PermutationResult> one = ProtocolNull.run(x, y, metrics, evaluation, 15, 1, ProgressListener.NONE,
                () -> false);
        List<PermutationResult> three = ProtocolNull.run(x, y, metrics, evaluation, 15, 3, ProgressListener.NONE,
                () -> false);
        for (int k = 0; k < metrics.size(); k++) {
            assertArrayEquals(one.get(k).nullValues(), three.get(k).nullValues(), 0.0);
            double p = one.get(k).p();
            assertTrue(p >= 1.0 / 16 && p <= 1, one.get(k).key() + ": p " + p);
        }
    }

    /** (observed − E₀)/(ideal − E₀) by hand, for a similarity and a distance, and when undefined. */
    @Test
    void calibratedScoreByHand() {
        PermutationResult similarity = PermutationResult.of("s", Direction.HIGHER_IS_BETTER, 0.6,
                new double[] { 0.1, 0.3 }, List.of());
        assertEquals(0.5, similarity.calibrated(OptionalDouble.of(1)), 1e-15); // (0.6 − 0.2)/(1 − 0.2)
        PermutationResult distance = PermutationResult.of("d", Direction.LOWER_IS_BETTER, 3, new double[] { 10, 14 },
                List.of());
        assertEquals(0.75, distance.calibrated(OptionalDouble.of(0)), 1e-15); // (12 − 3)/12
        assertTrue(Double.isNaN(similarity.calibrated(OptionalDouble.empty())));
        PermutationResult atIdeal = PermutationResult.of("s", Direction.HIGHER_IS_BETTER, 1, new double[] { 1, 1 },
                List.of());
        assertTrue(Double.isNaN(atIdeal.calibrated(OptionalDouble.of(1))));
    }

    @Test
    void idealValuesOfThePaperMetrics() {
        MetricRegistry registry = MetricRegistry.installed();
        for (String key : List.of("cka", "unbiased_cka", "svcca_10", "svcca_100", "mutual_knn_10",
                "mutual_knn_100")) {
            assertEquals(OptionalDouble.of(1), registry.create(key).idealValue(), key);
        }
        assertEquals(OptionalDouble.of(0), registry.create("knn_edit_10").idealValue());
        assertEquals(OptionalDouble.of(0), registry.create("knn_edit_100").idealValue());
        assertEquals(OptionalDouble.empty(), TestMetrics.meanRowDot().idealValue());
    }

    @Test
    void metricsThatAreNotTheEvaluationsAreRefused() {
        DenseMatrix x = DenseMatrix.of(gaussian(new Random(7), 20, 2));
        EvaluationProtocol protocol = new EvaluationProtocol(2, 10, 1, 0, TieRule.RANDOM, OptionalDouble.empty());
        PairEvaluation evaluation = evaluate(x, x, List.of(TestMetrics.meanRowDot()), protocol);
        assertThrows(IllegalArgumentException.class, () -> ProtocolNull.run(x, x,
                List.of(TestMetrics.meanRowSquaredDistance()), evaluation, 3, 1, ProgressListener.NONE, () -> false));
        assertThrows(IllegalArgumentException.class, () -> ProtocolNull.run(x, x, List.of(TestMetrics.meanRowDot()),
                evaluation, 0, 1, ProgressListener.NONE, () -> false));
    }
}
