package org.repalign.compute.tests.knn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.knn.KnnTestData.context;
import static org.repalign.compute.tests.knn.KnnTestData.dense;
import static org.repalign.compute.tests.knn.KnnTestData.value;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;

class KnnInvariantsTest {

    private static final List<String> METRICS = List.of("mutual_knn_10", "knn_edit_10", "knn_edit_sim_10", "cknna:k=10",
            "cycle_knn:k=10", "lcs_knn:k=10", "mutual_knn:k=7");

    @Test
    void identicalInputsArePerfect() {
        DenseMatrix x = dense(KnnTestData.unitGaussian(120, 16, 1));
        for (TieRule rule : TieRule.values()) {
            MetricContext context = context(rule, 3);
            assertEquals(1.0, value("mutual_knn_10", x, x, context));
            assertEquals(0.0, value("knn_edit_10", x, x, context));
            assertEquals(1.0, value("knn_edit_sim_10", x, x, context));
            assertEquals(10.0, value("lcs_knn:k=10", x, x, context));
            assertEquals(1.0, value("cycle_knn:k=10", x, x, context));
            assertEquals(1.0, value("cknna:k=10", x, x, context), 1e-12);
        }
    }

    @Test
    void rotationAndIsotropicScalingOfOneSideChangeNothing() {
        double[][] x = KnnTestData.unitGaussian(150, 12, 2);
        double[][] rotated = KnnTestData.rotateAndScale(x, KnnTestData.randomRotation(12, 5), 3.5);
        DenseMatrix other = dense(KnnTestData.unitGaussian(150, 20, 4));
        // other representation: x plus noise, so that the values are neither 0 nor 1
        double[][] noisy = KnnTestData.unitGaussian(150, 12, 6);
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < 12; c++) {
                noisy[r][c] = x[r][c] + 0.3 * noisy[r][c];
            }
        }
        for (DenseMatrix y : List.of(other, dense(noisy))) {
            for (String metric : METRICS) {
                MetricContext context = context(TieRule.RANDOM, 9);
                double original = value(metric, dense(x), y, context);
                double transformed = value(metric, dense(rotated), y, context(TieRule.RANDOM, 9));
                assertEquals(original, transformed, 1e-12, metric);
            }
        }
        double aligned = value("mutual_knn_10", dense(x), dense(noisy), context(TieRule.RANDOM, 9));
        assertTrue(aligned > 0.3, "noisy copy should align, got " + aligned);
    }

    @Test
    void symmetricInTheTwoRepresentations() {
        DenseMatrix a = dense(KnnTestData.unitGaussian(100, 8, 7));
        DenseMatrix b = dense(KnnTestData.unitGaussian(100, 6, 8));
        // cknna (reference formula, term 1ᵀAB1 of non-symmetric masked kernels) and cycle_knn are not symmetric
        for (String metric : List.of("mutual_knn_10", "knn_edit_10", "knn_edit_sim_10", "lcs_knn:k=10")) {
            assertEquals(value(metric, a, b, context(TieRule.RANDOM, 1)), value(metric, b, a, context(TieRule.RANDOM, 1)),
                    1e-12, metric);
        }
        // with ties, index order is the same rule on both sides, so symmetry holds exactly
        var p = KnnTestData.binaryCodes(150, 40, 2, 1);
        var q = KnnTestData.binaryCodes(150, 40, 2, 2);
        assertEquals(value("mutual_knn_10", p, q, context(TieRule.INDEX, 0)),
                value("mutual_knn_10", q, p, context(TieRule.INDEX, 0)));
    }

    @Test
    void kMustBeBelowRowCount() {
        DenseMatrix x = dense(KnnTestData.unitGaussian(5, 3, 1));
        MetricRegistry registry = KnnTestData.registry();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.create("mutual_knn:k=5").compute(x, x, MetricContext.defaults()));
        assertTrue(e.getMessage().contains("mutual_knn:k=5") && e.getMessage().contains("k = 5")
                && e.getMessage().contains("n = 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> registry.create("knn_edit_10").compute(x, x, MetricContext.defaults()));
        assertEquals(1.0, registry.create("mutual_knn:k=4").compute(x, x, MetricContext.defaults()).value());
        assertThrows(IllegalArgumentException.class, () -> registry.create("mutual_knn:k=0"));
        assertThrows(IllegalArgumentException.class, () -> registry.create("cknna:k=1"));
    }

    @Test
    void shorthandsAndDirections() {
        MetricRegistry registry = KnnTestData.registry();
        assertEquals(Direction.LOWER_IS_BETTER, registry.create("knn_edit_100").direction());
        assertEquals(Direction.HIGHER_IS_BETTER, registry.create("knn_edit_sim_100").direction());
        assertEquals(Direction.HIGHER_IS_BETTER, registry.create("mutual_knn_100").direction());
        DenseMatrix a = dense(KnnTestData.unitGaussian(200, 8, 1));
        DenseMatrix b = dense(KnnTestData.unitGaussian(200, 8, 2));
        MetricContext shared = context(TieRule.RANDOM, 4);
        // k = 10 after k = 100 in the same context (prefix of the shared lists) equals a fresh search
        double k100 = value("mutual_knn_100", a, b, shared);
        assertEquals(value("mutual_knn_10", a, b, context(TieRule.RANDOM, 4)), value("mutual_knn_10", a, b, shared));
        assertEquals(k100, value("mutual_knn:k=100", a, b, context(TieRule.RANDOM, 4)));
    }
}
