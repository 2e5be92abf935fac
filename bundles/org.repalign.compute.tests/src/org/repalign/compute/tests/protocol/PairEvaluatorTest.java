package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.MetricSummary;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.RowSubsets;

class PairEvaluatorTest {

    private static final int N = 200;
    private static final int D = 4;

    private static double[][] gaussian(long seed, int n, int d) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = random.nextGaussian();
            }
        }
        return rows;
    }

    private static EvaluationProtocol protocol(int subsamples, int size) {
        return new EvaluationProtocol(subsamples, size, 99, 4, TieRule.RANDOM, OptionalDouble.empty());
    }

    @Test
    void meanAndSdOverSubsamplesMatchADirectComputation() {
        double[][] x = gaussian(1, N, D);
        double[][] y = gaussian(2, N, D);
        PairEvaluation evaluation = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(y),
                List.of(TestMetrics.meanRowDot()), protocol(5, 50), ProgressListener.NONE, () -> false);
        MetricSummary summary = evaluation.metric("mean_row_dot");
        assertEquals(5, evaluation.subsets().count());
        double[] expected = new double[5];
        for (int s = 0; s < 5; s++) {
            double sum = 0;
            for (int row : evaluation.subsets().subset(s)) {
                for (int c = 0; c < D; c++) {
                    sum += x[row][c] * y[row][c];
                }
            }
            expected[s] = sum / 50;
        }
        assertArrayEquals(expected, summary.values(), 1e-12);
        double mean = (expected[0] + expected[1] + expected[2] + expected[3] + expected[4]) / 5;
        double squares = 0;
        for (double v : expected) {
            squares += (v - mean) * (v - mean);
        }
        assertEquals(mean, summary.mean(), 1e-12);
        assertEquals(Math.sqrt(squares / 4), summary.standardDeviation(), 1e-12);
        assertEquals(5, summary.definedCount());
        assertTrue(Double.isNaN(summary.meanTieShare()));
        assertTrue(summary.computeSeconds() >= 0);
        assertTrue(evaluation.wallSeconds() >= summary.computeSeconds());
    }

    @Test
    void subsamplesSideBySideGiveTheSameEvaluationAsOneAfterAnother() {
        // the paper's metrics (Gram matrices, eigendecompositions, neighbour lists, random tie
        // orders) on correlated data, so that a value mixed up between subsamples would show
        double[][] x = gaussian(3, 240, 12);
        double[][] noise = gaussian(4, 240, 9);
        double[][] y = new double[240][9];
        for (int i = 0; i < 240; i++) {
            for (int j = 0; j < 9; j++) {
                y[i][j] = x[i][j] + x[i][j + 3] + 0.5 * noise[i][j];
            }
        }
        List<AlignmentMetric> metrics = MetricRegistry.installed()
                .createAll(List.of("cka", "unbiased_cka", "svcca:q=5", "mutual_knn:k=5", "knn_edit:k=5"));
        EvaluationProtocol protocol = protocol(7, 60);
        RowSubsets subsets = RowSubsets.of(protocol, 240);
        PairEvaluation alone = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(y), metrics, protocol,
                subsets, 1, ProgressListener.NONE, () -> false);
        for (int threads : new int[] {2, 3, 16}) {
            List<Long> progress = new ArrayList<>();
            PairEvaluation sideBySide = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(y), metrics,
                    protocol, subsets, threads, (done, total) -> progress.add(done), () -> false);
            for (String key : metrics.stream().map(metric -> metric.spec().key()).toList()) {
                assertArrayEquals(alone.metric(key).values(), sideBySide.metric(key).values(), 0.0,
                        key + " with " + threads + " threads");
                assertEquals(alone.metric(key).mean(), sideBySide.metric(key).mean(), 0.0);
            }
            assertEquals(LongStream.rangeClosed(1, 35).boxed().toList(), progress,
                    "progress counts every (subsample, metric) once, in order");
        }
        // the subsamples differ, so equal values above are not a constant
        double[] cka = alone.metric("cka").values();
        assertTrue(Arrays.stream(cka).distinct().count() > 1, Arrays.toString(cka));
    }

    @Test
    void aFailingSubsampleFailsTheEvaluationOnceWhateverTheThreads() {
        AtomicInteger computed = new AtomicInteger();
        AlignmentMetric failing = TestMetrics.of("fails", Direction.HIGHER_IS_BETTER, (x, y) -> {
            if (computed.incrementAndGet() == 4) {
                throw new IllegalStateException("the fourth computation fails");
            }
            return 0.5;
        });
        for (int threads : new int[] {1, 2}) {
            computed.set(0);
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> PairEvaluator.evaluate(DenseMatrix.of(gaussian(5, N, D)), DenseMatrix.of(gaussian(6, N, D)),
                            List.of(failing), protocol(40, 20), RowSubsets.of(protocol(40, 20), N), threads,
                            ProgressListener.NONE, () -> false));
            assertEquals("the fourth computation fails", failure.getMessage());
            // one thread stops at the failure; with two, the other may finish what it took before the failure
            // was recorded (on a loaded machine, a few subsamples), but none of the 40 is left to run to the end
            if (threads == 1) {
                assertEquals(4, computed.get(), "the failing subsample is the last one computed");
            } else {
                assertTrue(computed.get() < 20, "after a failure the threads stop taking subsamples: "
                        + computed.get() + " of 40 computed");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> PairEvaluator.evaluate(DenseMatrix.of(gaussian(5, N, D)),
                DenseMatrix.of(gaussian(6, N, D)), List.of(failing), protocol(4, 20), RowSubsets.of(protocol(4, 20), N),
                0, ProgressListener.NONE, () -> false));
    }

    @Test
    void denseAndSparseCopiesOfTheSameDataGetTheSameSubsets() {
        double[][] x = gaussian(3, N, D);
        double[][] y = gaussian(4, N, D);
        PairEvaluation dense = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(y),
                List.of(TestMetrics.meanRowDot()), protocol(4, 30), ProgressListener.NONE, () -> false);
        PairEvaluation sparse = PairEvaluator.evaluate(toCsr(x), toCsr(y), List.of(TestMetrics.meanRowDot()),
                protocol(4, 30), ProgressListener.NONE, () -> false);
        assertTrue(java.util.Arrays.deepEquals(dense.subsets().toArray(), sparse.subsets().toArray()));
        assertArrayEquals(dense.metric("mean_row_dot").values(), sparse.metric("mean_row_dot").values(), 1e-12);
    }

    @Test
    void wholeMatrixHasOneValueAndUndefinedSd() {
        double[][] x = gaussian(5, 20, 3);
        PairEvaluation evaluation = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(x),
                List.of(TestMetrics.meanRowDot()), protocol(0, 0), ProgressListener.NONE, () -> false);
        MetricSummary summary = evaluation.metrics().get(0);
        assertEquals(1, summary.values().length);
        double norms = 0;
        for (double[] row : x) {
            for (double v : row) {
                norms += v * v;
            }
        }
        assertEquals(norms / 20, summary.mean(), 1e-12);
        assertTrue(Double.isNaN(summary.standardDeviation()));
    }

    @Test
    void undefinedValuesAreExcludedWithAWarning() {
        // NaN whenever the subsample contains row 0 (the metric sees row indices as column 0)
        double[][] ids = new double[N][1];
        for (int i = 0; i < N; i++) {
            ids[i][0] = i;
        }
        AlignmentMetric containsZero = TestMetrics.fromContext("contains_zero", (x, context) -> {
            for (int i = 0; i < x.rows(); i++) {
                if (x.row(i)[0] == 0) {
                    return MetricValue.undefined("row zero present");
                }
            }
            return MetricValue.of(x.rows());
        });
        EvaluationProtocol protocol = protocol(12, 100);
        PairEvaluation evaluation = PairEvaluator.evaluate(DenseMatrix.of(ids), DenseMatrix.of(ids),
                List.of(containsZero), protocol, ProgressListener.NONE, () -> false);
        MetricSummary summary = evaluation.metric("contains_zero");
        int counted = 0;
        for (int s = 0; s < 12; s++) {
            if (evaluation.subsets().subset(s)[0] == 0) {
                counted++;
            }
        }
        int withZero = counted;
        assertTrue(withZero > 0 && withZero < 12, "seed should give a mix, got " + withZero);
        assertEquals(12 - withZero, summary.definedCount());
        assertEquals(100, summary.mean(), 0);
        assertEquals(0, summary.standardDeviation(), 0);
        assertTrue(summary.warnings().stream().anyMatch(w -> w.contains("undefined on " + withZero + " of 12")),
                summary.warnings().toString());
        assertTrue(summary.warnings().stream().anyMatch(w -> w.startsWith("row zero present (subsamples")),
                summary.warnings().toString());
    }

    @Test
    void contextsAreFreshPerSubsampleSharedAcrossMetricsAndCarryTheSeed() {
        AtomicInteger computed = new AtomicInteger();
        AlignmentMetric first = TestMetrics.fromContext("first", (x, context) -> MetricValue.of(
                context.shared("gram", Integer.class, computed::incrementAndGet)));
        AlignmentMetric second = TestMetrics.fromContext("second", (x, context) -> MetricValue.of(
                context.shared("gram", Integer.class, computed::incrementAndGet)));
        AlignmentMetric seed = TestMetrics.fromContext("seed", (x, context) -> MetricValue.of(context.seed()));
        double[][] x = gaussian(6, N, 2);
        PairEvaluation evaluation = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(x),
                List.of(first, second, seed), protocol(3, 20), ProgressListener.NONE, () -> false);
        assertEquals(3, computed.get());
        assertArrayEquals(new double[] {1, 2, 3}, evaluation.metric("first").values());
        assertArrayEquals(new double[] {1, 2, 3}, evaluation.metric("second").values());
        assertArrayEquals(new double[] {99, 99, 99}, evaluation.metric("seed").values());
    }

    @Test
    void progressAndCancellation() {
        double[][] x = gaussian(7, N, 2);
        List<long[]> calls = new ArrayList<>();
        PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(x),
                List.of(TestMetrics.meanRowDot(), TestMetrics.meanRowSquaredDistance()), protocol(3, 20),
                (done, total) -> calls.add(new long[] {done, total}), () -> false);
        assertEquals(6, calls.size());
        assertArrayEquals(new long[] {6, 6}, calls.get(5));

        AtomicInteger steps = new AtomicInteger();
        assertThrows(CancellationException.class, () -> PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(x),
                List.of(TestMetrics.meanRowDot()), protocol(10, 20), (done, total) -> steps.incrementAndGet(),
                () -> steps.get() >= 2));
        assertEquals(2, steps.get());
    }

    @Test
    void mismatchedRowsAndDuplicateKeysFail() {
        assertThrows(IllegalArgumentException.class, () -> PairEvaluator.evaluate(DenseMatrix.of(gaussian(1, 10, 2)),
                DenseMatrix.of(gaussian(1, 11, 2)), List.of(TestMetrics.meanRowDot()), protocol(1, 5),
                ProgressListener.NONE, () -> false));
        assertThrows(IllegalArgumentException.class, () -> PairEvaluator.evaluate(DenseMatrix.of(gaussian(1, 10, 2)),
                DenseMatrix.of(gaussian(1, 10, 2)), List.of(TestMetrics.meanRowDot(), TestMetrics.meanRowDot()),
                protocol(1, 5), ProgressListener.NONE, () -> false));
    }

    private static CsrMatrix toCsr(double[][] rows) {
        int columns = rows[0].length;
        int[] indptr = new int[rows.length + 1];
        List<Integer> indices = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                if (rows[r][c] != 0) {
                    indices.add(c);
                    values.add(rows[r][c]);
                }
            }
            indptr[r + 1] = indices.size();
        }
        return CsrMatrix.of(rows.length, columns, indptr, indices.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
