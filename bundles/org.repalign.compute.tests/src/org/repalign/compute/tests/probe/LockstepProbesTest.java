package org.repalign.compute.tests.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.LogisticFit;
import org.repalign.compute.probe.LogisticRegression;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.probe.ProbeSettings;

/**
 * Many attributes probed at once ({@link AttributeProbe#evaluateAll}): the fits run in lockstep
 * and share their matrix products, and must still reach the optimum of every fold, as Newton's
 * method computes it fit by fit.
 */
class LockstepProbesTest {

    private static final int N = 360;
    private static final int P = 30;

    private final double[][] rows;
    private final double[] data;
    private final List<boolean[]> labels = new ArrayList<>();
    private final List<int[]> folds = new ArrayList<>();
    private final List<ProbeSettings> settings = new ArrayList<>();

    LockstepProbesTest() {
        Random random = new Random(77);
        rows = new double[N][P];
        data = new double[N * P];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < P; j++) {
                rows[i][j] = random.nextGaussian() * (1 + j % 3);
                data[i * P + j] = rows[i][j];
            }
        }
        // attributes from rare (about 8 %) to common, some nearly separable, some noisy
        for (int a = 0; a < 7; a++) {
            boolean[] label = new boolean[N];
            for (int i = 0; i < N; i++) {
                double t = (a % 2 == 0 ? 0.2 : 2.0) * random.nextGaussian();
                for (int j = 0; j < P; j++) {
                    t += ((j * (a + 1)) % 5 - 2) * rows[i][j] / 5;
                }
                label[i] = t > 0.5 + a * 0.8;
            }
            labels.add(label);
            folds.add(AttributeProbe.foldAssignment(label, 4, 100 + a));
            settings.add(new ProbeSettings(4, 1.0, 5, 100 + a));
        }
    }

    @Test
    void everyAttributeReachesTheNewtonOptimumOfEveryFold() {
        List<ProbeResult> probes = AttributeProbe.evaluateAll(new AttributeProbe.Prepared(DenseMatrix.of(rows)), labels,
                folds, settings);
        assertEquals(labels.size(), probes.size());
        for (int a = 0; a < labels.size(); a++) {
            boolean[] label = labels.get(a);
            int[] fold = folds.get(a);
            for (int f = 0; f < 4; f++) {
                int held = f;
                int[] train = IntStream.range(0, N).filter(i -> fold[i] != held).toArray();
                LogisticFit newton = LogisticRegression.fit(data, P, train, label, 1.0, LogisticRegression.Solver.NEWTON);
                for (int i = 0; i < N; i++) {
                    if (fold[i] == held) {
                        double t = newton.intercept();
                        for (int j = 0; j < P; j++) {
                            t += newton.weights()[j] * rows[i][j];
                        }
                        assertEquals(t, probes.get(a).outOfFoldScores()[i], 1e-6 * Math.max(1, Math.abs(t)),
                                "attribute " + a + ", fold " + f + ", row " + i);
                    }
                }
            }
            LogisticFit full = LogisticRegression.fit(data, P, IntStream.range(0, N).toArray(), label, 1.0,
                    LogisticRegression.Solver.NEWTON);
            assertArrayEquals(full.weights(), probes.get(a).direction(), 1e-6);
            // one by one, the products are summed in another order: the same to within rounding
            ProbeResult alone = AttributeProbe.evaluate(DenseMatrix.of(rows), label, fold, settings.get(a));
            assertArrayEquals(alone.direction(), probes.get(a).direction(), 1e-9);
            assertEquals(alone.auroc(), probes.get(a).auroc(), 1e-12);
        }
    }

    @Test
    void theSameInEveryRun() {
        List<ProbeResult> first = AttributeProbe.evaluateAll(new AttributeProbe.Prepared(DenseMatrix.of(rows)), labels,
                folds, settings);
        List<ProbeResult> second = AttributeProbe.evaluateAll(new AttributeProbe.Prepared(DenseMatrix.of(rows)), labels,
                folds, settings);
        for (int a = 0; a < labels.size(); a++) {
            assertArrayEquals(first.get(a).direction(), second.get(a).direction(), 0.0);
            assertArrayEquals(first.get(a).outOfFoldScores(), second.get(a).outOfFoldScores(), 0.0);
        }
    }

    @Test
    void aNonFiniteValueIsNamedByRowAndColumnAloneAndInLockstep() {
        double[][] bad = new double[N][];
        for (int i = 0; i < N; i++) {
            bad[i] = rows[i].clone();
        }
        bad[17][4] = Double.NaN;
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> AttributeProbe.evaluate(DenseMatrix.of(bad), labels.get(0), folds.get(0), settings.get(0)));
        assertTrue(alone.getMessage().contains("row 17, column 4"), alone.getMessage());
        AttributeProbe.AttributeFailure together = assertThrows(AttributeProbe.AttributeFailure.class,
                () -> AttributeProbe.evaluateAll(new AttributeProbe.Prepared(DenseMatrix.of(bad)), labels, folds,
                        settings));
        assertEquals(0, together.index());
        assertTrue(together.getMessage().contains("row 17, column 4"), together.getMessage());
    }

    @Test
    void aFailingAttributeIsNamedByItsPosition() {
        List<boolean[]> withBad = new ArrayList<>(labels);
        withBad.set(3, new boolean[N]); // no positive item
        AttributeProbe.AttributeFailure failure = assertThrows(AttributeProbe.AttributeFailure.class,
                () -> AttributeProbe.evaluateAll(new AttributeProbe.Prepared(DenseMatrix.of(rows)), withBad, folds,
                        settings));
        assertEquals(3, failure.index());
        assertTrue(failure.getMessage().contains("positive"), failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttributeProbe.evaluateAll(
                new AttributeProbe.Prepared(DenseMatrix.of(rows)), labels, folds.subList(0, 2), settings));
    }
}
