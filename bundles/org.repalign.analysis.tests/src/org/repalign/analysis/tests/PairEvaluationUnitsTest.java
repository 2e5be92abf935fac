package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkProgress;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.MetricSummary;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.stats.SplitMix64;

/**
 * A pair evaluation split into one unit per subsample, computed on two threads, gives exactly
 * the evaluation of the whole pair in one call, warnings and undefined values included.
 */
class PairEvaluationUnitsTest {

    @Test
    void subsampleUnitsCombineToTheWholeEvaluation() throws Exception {
        int n = 40;
        SplitMix64 rng = new SplitMix64(5);
        double[][] x = new double[n][6];
        double[][] y = new double[n][4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = rng.nextDouble();
            }
            for (int j = 0; j < 4; j++) {
                // rounded: many ties among neighbour distances
                y[i][j] = Math.round(3 * rng.nextDouble());
            }
        }
        DenseMatrix dx = DenseMatrix.of(x);
        DenseMatrix dy = DenseMatrix.of(y);
        List<String> specs = List.of("cka", "mutual_knn_10", "knn_edit_10");
        EvaluationProtocol protocol = new EvaluationProtocol(6, 16, 11, 2, TieRule.RANDOM, OptionalDouble.empty());
        RowSubsets subsets = RowSubsets.of(protocol, n);
        PairEvaluation whole = PairEvaluator.evaluate(dx, dy, MetricRegistry.installed().createAll(specs), protocol,
                ProgressListener.NONE, () -> false);

        List<WorkUnit> units = IntStream.range(0, subsets.count())
                .mapToObj(s -> WorkUnit.pairEvaluation(2, "raw", s)).toList();
        List<PairEvaluator.SubsetValues> values = new LocalExecutor(2).run(units,
                (unit, canceled) -> PairEvaluator.evaluateSubset(dx, dy, MetricRegistry.installed().createAll(specs),
                        protocol, subsets, unit.index(), canceled), WorkProgress.NONE, () -> false);
        List<AlignmentMetric> metrics = MetricRegistry.installed().createAll(specs);
        PairEvaluation combined = PairEvaluator.combine(metrics, protocol, subsets, new ArrayList<>(values), 0);

        assertEquals(whole.metrics().size(), combined.metrics().size());
        for (int k = 0; k < whole.metrics().size(); k++) {
            MetricSummary expected = whole.metrics().get(k);
            MetricSummary actual = combined.metrics().get(k);
            assertEquals(expected.key(), actual.key());
            assertArrayEquals(expected.values(), actual.values(), 0.0, expected.key());
            assertEquals(expected.definedCount(), actual.definedCount());
            assertEquals(expected.mean(), actual.mean(), 0.0, expected.key());
            assertEquals(expected.standardDeviation(), actual.standardDeviation(), 0.0, expected.key());
            assertEquals(expected.meanTieShare(), actual.meanTieShare(), 0.0, expected.key());
            assertEquals(expected.warnings(), actual.warnings(), expected.key());
            assertTrue(Double.isFinite(actual.mean()), expected.key() + " defined on these rows");
        }
        assertEquals(whole.subsets().streamSeed(), combined.subsets().streamSeed());
    }
}
