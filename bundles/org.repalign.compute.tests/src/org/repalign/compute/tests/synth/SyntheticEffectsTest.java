package org.repalign.compute.tests.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.DictionaryKind;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;

/** The three effects of the signal/bias/noise model, measured with the real metrics on the built-in example. */
class SyntheticEffectsTest {

    private static List<SyntheticRepresentation> example;
    private static final MetricRegistry REGISTRY = MetricRegistry.installed();

    @BeforeAll
    static void generate() {
        example = SyntheticGenerator.example().representations();
    }

    private static double metric(String id, RowMatrix x, RowMatrix y) {
        AlignmentMetric metric = REGISTRY.create(id);
        double value = metric.compute(x, y, MetricContext.defaults()).value();
        assertTrue(Double.isFinite(value), id);
        return value;
    }

    private static SyntheticRepresentation model(String name) {
        return example.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static DenseMatrix rows(RowMatrix m, int from, int to) {
        double[][] all = DenseMatrix.copyOf(m).toRows();
        double[][] part = new double[to - from][];
        System.arraycopy(all, from, part, 0, to - from);
        return DenseMatrix.of(part);
    }

    @Test
    void centeringRaisesAlignmentOfLargeBiasPair() {
        RowMatrix a = model("large-bias-a").matrix();
        RowMatrix b = model("large-bias-b").matrix();
        for (String id : List.of("mutual_knn:k=10", "cka")) {
            double raw = metric(id, Preprocessing.RAW.apply(a, null), Preprocessing.RAW.apply(b, null));
            double centered = metric(id, Preprocessing.CENTERED.apply(a, null), Preprocessing.CENTERED.apply(b, null));
            System.out.printf("bias effect %s: raw %.4f centered %.4f%n", id, raw, centered);
            assertTrue(centered > raw + (id.equals("cka") ? 0.005 : 0.0), id + ": centered " + centered + " vs raw " + raw);
        }
    }

    @Test
    void frequentItemsAlignBetterThanRareOnes() {
        int n = example.get(0).world().items();
        int half = n / 2;
        int pairs = 0;
        int rising = 0;
        double gap = 0;
        for (int i = 0; i < example.size(); i++) {
            for (int j = i + 1; j < example.size(); j++) {
                RowMatrix x = Preprocessing.CENTERED.apply(example.get(i).matrix(), null);
                RowMatrix y = Preprocessing.CENTERED.apply(example.get(j).matrix(), null);
                double top = metric("mutual_knn:k=10", rows(x, 0, half), rows(y, 0, half));
                double bottom = metric("mutual_knn:k=10", rows(x, half, n), rows(y, half, n));
                System.out.printf("noise effect %s/%s: top %.4f bottom %.4f%n", example.get(i).name(),
                        example.get(j).name(), top, bottom);
                pairs++;
                if (top > bottom) {
                    rising++;
                }
                gap += top - bottom;
                assertTrue(top > bottom, example.get(i).name() + "/" + example.get(j).name() + ": top " + top
                        + " vs bottom " + bottom);
            }
        }
        assertEquals(pairs, rising);
        assertTrue(gap / pairs > 0.02, "mean top − bottom " + gap / pairs);
    }

    @Test
    void noiselessUnbiasedOrthonormalModelsAreExactlyAlignedByCka() {
        SyntheticGenerator generator = new SyntheticGenerator(7L, 120, 40, 4, 1.0, 0.3, 1.0, 500.0, List.of(
                SyntheticModelSpec.of("p", 64, 0, 0).withDictionary(DictionaryKind.ORTHONORMAL),
                SyntheticModelSpec.of("q", 96, 0, 0).withDictionary(DictionaryKind.ORTHONORMAL)));
        List<SyntheticRepresentation> reps = generator.representations();
        double cka = metric("cka", reps.get(0).matrix(), reps.get(1).matrix());
        assertEquals(1.0, cka, 1e-9);
        // the same check with noise on is clearly below 1, so the check can fail
        SyntheticGenerator noisy = generator.withModels(List.of(generator.models().get(0).withNoiseScale(20),
                generator.models().get(1).withNoiseScale(20)));
        List<SyntheticRepresentation> noisyReps = noisy.representations();
        assertTrue(metric("cka", noisyReps.get(0).matrix(), noisyReps.get(1).matrix()) < 0.99);
    }
}
