package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.MetricSummary;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.ProgressListener;

/** Data on which no alignment means anything gives undefined values with the reason, not numbers. */
class DegenerateRowsTest {

    private static final EvaluationProtocol WHOLE = new EvaluationProtocol(0, 0, 1, 4, TieRule.RANDOM,
            OptionalDouble.empty());

    private static AlignmentMetric cka() {
        return MetricRegistry.installed().create("cka");
    }

    private static double[][] gaussian(long seed, int n, int d) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return rows;
    }

    private static MetricSummary evaluate(double[][] x, double[][] y, AlignmentMetric metric) {
        PairEvaluation evaluation = PairEvaluator.evaluate(DenseMatrix.of(x), DenseMatrix.of(y), List.of(metric), WHOLE,
                ProgressListener.NONE, () -> false);
        return evaluation.metrics().get(0);
    }

    /** Linear CKA of two rows is 1 for any data (both centred Grams have rank one): undefined instead. */
    @Test
    void twoRowsAreUndefinedWhereCkaWouldSayOne() {
        double[][] x = { { 1, 0, 3 }, { -2, 5, 1 } };
        double[][] y = { { 7, 1 }, { 0, -4 } };
        assertEquals(1.0, cka().compute(DenseMatrix.of(x), DenseMatrix.of(y), MetricContext.defaults()).value(),
                1e-12, "the metric alone: always 1 on two rows");
        MetricSummary summary = evaluate(x, y, cka());
        assertTrue(Double.isNaN(summary.mean()));
        assertTrue(summary.warnings().stream().anyMatch(w -> w.contains("2 rows")), summary.warnings().toString());
    }

    @Test
    void constantRowsOnEitherSideAreUndefined() {
        double[][] constant = new double[30][4];
        for (double[] row : constant) {
            row[0] = 0.5;
            row[1] = -0.5;
            row[2] = 0.5;
            row[3] = -0.5;
        }
        double[][] varied = gaussian(5, 30, 4);
        MetricSummary first = evaluate(constant, varied, cka());
        assertTrue(Double.isNaN(first.mean()));
        assertTrue(first.warnings().stream().anyMatch(w -> w.contains("first representation")), first.warnings().toString());
        MetricSummary second = evaluate(varied, constant, cka());
        assertTrue(second.warnings().stream().anyMatch(w -> w.contains("second representation")),
                second.warnings().toString());
    }

    @Test
    void threeOrMoreVariedRowsAreComputedAsBefore() {
        double[][] x = gaussian(1, 40, 5);
        double[][] y = gaussian(2, 40, 3);
        double direct = cka().compute(DenseMatrix.of(x), DenseMatrix.of(y), MetricContext.defaults()).value();
        MetricSummary summary = evaluate(x, y, cka());
        assertEquals(direct, summary.mean(), 0.0);
        assertTrue(summary.warnings().isEmpty(), summary.warnings().toString());
        // one row differing in the last column is enough to be varied
        double[][] almost = new double[10][2];
        almost[9][1] = 1;
        assertTrue(Double.isFinite(evaluate(almost, gaussian(3, 10, 2), cka()).mean()));
    }
}
