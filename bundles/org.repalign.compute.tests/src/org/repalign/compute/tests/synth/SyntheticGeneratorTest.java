package org.repalign.compute.tests.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.synth.DictionaryKind;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;
import org.repalign.compute.synth.SyntheticWorld;

/** Determinism, shapes and ground truth of the synthetic generator. */
class SyntheticGeneratorTest {

    private static final SyntheticGenerator EXAMPLE = SyntheticGenerator.example();

    @Test
    void sameSeedGivesIdenticalMatricesAndOtherSeedDiffers() {
        List<SyntheticRepresentation> first = EXAMPLE.representations();
        List<SyntheticRepresentation> second = SyntheticGenerator.example().representations();
        List<SyntheticRepresentation> other = EXAMPLE.withSeed(EXAMPLE.seed() + 1).representations();
        assertEquals(first.size(), other.size());
        for (int m = 0; m < first.size(); m++) {
            assertArrayEquals(first.get(m).matrix().toArray(), second.get(m).matrix().toArray());
            assertArrayEquals(first.get(m).dictionary().toArray(), second.get(m).dictionary().toArray());
            assertFalse(Arrays.equals(first.get(m).matrix().toArray(), other.get(m).matrix().toArray()));
        }
        assertArrayEquals(EXAMPLE.world().codes().toArray(), SyntheticGenerator.example().world().codes().toArray());
        assertFalse(Arrays.equals(EXAMPLE.world().codes().toArray(),
                EXAMPLE.withSeed(EXAMPLE.seed() + 1).world().codes().toArray()));
    }

    @Test
    void exampleHasTheDocumentedShape() {
        assertTrue(EXAMPLE.models().size() >= 4 && EXAMPLE.models().size() <= 6);
        SyntheticWorld world = EXAMPLE.world();
        assertEquals(EXAMPLE.items(), world.items());
        assertEquals("item0001", world.itemNames().get(0));
        assertEquals("attr001", world.attributeNames().get(0));
        assertEquals(String.format("attr%03d", EXAMPLE.attributes()), world.attributeNames().get(EXAMPLE.attributes() - 1));
        for (SyntheticRepresentation rep : EXAMPLE.representations()) {
            int d = rep.spec().dimension();
            assertTrue(d >= 64 && d <= 256);
            assertEquals(world.items(), rep.matrix().rows());
            assertEquals(d, rep.matrix().columns());
            assertEquals(d, rep.dictionary().rows());
            assertEquals(EXAMPLE.attributes(), rep.dictionary().columns());
            assertEquals(d, rep.bias().length);
            assertEquals(rep.spec().biasNorm(), norm(rep.bias()), 1e-12);
            assertEquals(rep.spec().anisotropicDimensions(), rep.anisotropicCoordinates().length);
            double[][] rows = rep.matrix().toRows();
            for (double[] row : rows) {
                assertEquals(1.0, norm(row), 1e-12);
            }
            double[][] a = rep.dictionary().toRows();
            for (int j = 0; j < EXAMPLE.attributes(); j++) {
                double sq = 0;
                for (double[] r : a) {
                    sq += r[j] * r[j];
                }
                assertEquals(1.0, Math.sqrt(sq), 1e-12);
            }
            assertTrue(rep.coherence() < 0.6, "random unit columns are nearly incoherent: " + rep.coherence());
            double[] noise = rep.itemNoiseScales();
            for (int i = 0; i < world.items(); i++) {
                assertEquals(rep.noiseScale() / Math.sqrt(world.frequency(i)), noise[i], 1e-15);
            }
        }
    }

    @Test
    void theNoiseExponentSetsHowNoiseFallsWithFrequency() {
        SyntheticGenerator half = SyntheticGenerator.withDefaults(3L, List.of(SyntheticModelSpec.of("m", 32, 1.0, 2.0)));
        SyntheticRepresentation defaultRep = half.representations().get(0);
        SyntheticRepresentation explicitHalf = half.withModels(List.of(SyntheticModelSpec.of("m", 32, 1.0, 2.0)
                .withNoiseExponent(0.5))).representations().get(0);
        assertArrayEquals(defaultRep.matrix().toRows()[7], explicitHalf.matrix().toRows()[7], 0.0,
                "γ = ½ is the default, bit for bit");
        for (double gamma : new double[] { 0, 0.25, 0.75 }) {
            SyntheticRepresentation rep = half.withModels(List.of(SyntheticModelSpec.of("m", 32, 1.0, 2.0)
                    .withNoiseExponent(gamma))).representations().get(0);
            double[] noise = rep.itemNoiseScales();
            for (int i : new int[] { 0, 9, 99, 399 }) {
                // f(rank r) = 1000 / r, so σ f^−γ = 2 (1000 / (i + 1))^−γ
                assertEquals(2.0 * Math.pow((i + 1) / 1000.0, gamma), noise[i], 1e-12, "γ " + gamma + ", item " + i);
            }
            assertEquals(Math.pow(400, gamma), noise[399] / noise[0], 1e-9, "the rarest item over the most frequent");
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.of("m", 32, 1.0, 2.0)
                .withNoiseExponent(-0.1));
    }

    @Test
    void rowNormsAreTheNormsOfTheRowsBeforeScaling() {
        // without noise, row o before scaling is A s(o) + b exactly
        SyntheticGenerator quiet = SyntheticGenerator.withDefaults(5L, List.of(SyntheticModelSpec.of("q", 24, 1.5, 0.0)));
        SyntheticRepresentation rep = quiet.representations().get(0);
        double[][] a = rep.dictionary().toRows();
        double[] b = rep.bias();
        double[] norms = rep.rowNorms();
        for (int o : new int[] { 0, 17, 399 }) {
            double[] code = rep.world().code(o);
            double squares = 0;
            double[] unit = rep.matrix().row(o);
            for (int r = 0; r < b.length; r++) {
                double value = b[r];
                for (int j = 0; j < code.length; j++) {
                    value += a[r][j] * code[j];
                }
                squares += value * value;
                // and the unit row is that row over its norm
                assertEquals(value / norms[o], unit[r], 1e-12);
            }
            assertEquals(Math.sqrt(squares), norms[o], 1e-12);
        }
        assertEquals(1.0, rep.signalShare(), 0.0, "without noise every bit of variance is signal");
        double previous = 1;
        for (double sigma : new double[] { 0.5, 1, 2 }) {
            double share = quiet.withModels(List.of(SyntheticModelSpec.of("q", 24, 1.5, sigma))).representations().get(0)
                    .signalShare();
            assertTrue(share < previous && share > 0, "more noise, less signal: " + sigma + " " + share);
            previous = share;
        }
    }

    @Test
    void attributeLabelNoiseMovesThatShareOfEachAttributesLabelsAndKeepsTheirCount() {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m", 16, 0.0, 0.0));
        SyntheticGenerator exact = new SyntheticGenerator(4L, 2000, 20, 3, 1.0, 0.25, 1.0, 1000.0, models);
        SyntheticGenerator noisy = new SyntheticGenerator(4L, 2000, 20, 3, 1.0, 0.25, 1.0, 1000.0, models, 0.3);
        var world = exact.world();
        boolean[][] supports = exact.attributeLabels(world);
        boolean[][] labels = noisy.attributeLabels(world);
        assertArrayEquals(labels[5], noisy.attributeLabels(world)[5], "seeded: the same labels again");
        long kept = 0;
        long holders = 0;
        for (int j = 0; j < 20; j++) {
            int count = 0;
            int labelled = 0;
            for (int o = 0; o < 2000; o++) {
                assertEquals(world.code(o)[j] > 0, supports[j][o], "without noise the labels are the supports");
                count += supports[j][o] ? 1 : 0;
                labelled += labels[j][o] ? 1 : 0;
                kept += supports[j][o] && labels[j][o] ? 1 : 0;
            }
            assertEquals(count, labelled, "attribute " + j + " keeps its count");
            holders += count;
        }
        // 2000 items × 3 labels: 70% kept, within 4 binomial s.d.
        assertEquals(0.7, (double) kept / holders, 4 * Math.sqrt(0.21 / holders));
        assertThrows(IllegalArgumentException.class,
                () -> new SyntheticGenerator(4L, 2000, 20, 3, 1.0, 0.25, 1.0, 1000.0, models, 1.0));
    }

    @Test
    void frequenciesFollowTheZipfLawExactly() {
        SyntheticWorld world = EXAMPLE.world();
        double[] f = world.frequencies();
        for (int i = 0; i < f.length; i++) {
            assertEquals(i + 1, world.rank(i));
            assertEquals(EXAMPLE.topFrequency() * Math.pow(i + 1, -EXAMPLE.zipfExponent()), f[i], 0.0);
        }
        // log f is linear in log r with slope −a
        double slope = (Math.log(f[f.length - 1]) - Math.log(f[0])) / Math.log(f.length);
        assertEquals(-EXAMPLE.zipfExponent(), slope, 1e-12);
    }

    @Test
    void codesAreNonNegativeWithTheConfiguredSparsityAndSimilarMagnitudes() {
        SyntheticWorld world = EXAMPLE.world();
        double low = EXAMPLE.codeMagnitude() * (1 - EXAMPLE.codeJitter());
        double high = EXAMPLE.codeMagnitude() * (1 + EXAMPLE.codeJitter());
        double[][] codes = world.codes().toRows();
        for (int i = 0; i < world.items(); i++) {
            int[] active = world.activeAttributes(i);
            assertEquals(EXAMPLE.activePerItem(), active.length);
            assertEquals(EXAMPLE.activePerItem(), world.attributesOf(i).size());
            int positive = 0;
            for (int j = 0; j < world.attributes(); j++) {
                double s = codes[i][j];
                assertTrue(s >= 0);
                if (s > 0) {
                    positive++;
                    assertTrue(Arrays.binarySearch(active, j) >= 0);
                    assertTrue(s >= low && s < high, "entry " + s);
                }
            }
            assertEquals(EXAMPLE.activePerItem(), positive);
        }
    }

    @Test
    void orthonormalDictionaryAndNoiselessRowsMatchTheFormula() {
        SyntheticGenerator generator = new SyntheticGenerator(3L, 30, 20, 3, 1.0, 0.2, 1.2, 100.0,
                List.of(SyntheticModelSpec.of("o", 32, 0, 0).withDictionary(DictionaryKind.ORTHONORMAL)));
        SyntheticRepresentation rep = generator.representations().get(0);
        assertTrue(rep.coherence() < 1e-12);
        double[][] a = rep.dictionary().toRows();
        double[][] x = rep.matrix().toRows();
        SyntheticWorld world = rep.world();
        for (int i = 0; i < world.items(); i++) {
            double[] s = world.code(i);
            double[] expected = new double[32];
            for (int r = 0; r < 32; r++) {
                for (int j = 0; j < 20; j++) {
                    expected[r] += a[r][j] * s[j];
                }
            }
            double n = norm(expected);
            for (int r = 0; r < 32; r++) {
                assertEquals(expected[r] / n, x[i][r], 1e-12);
            }
        }
    }

    @Test
    void explicitDictionarySeedSharesTheDictionary() {
        SyntheticGenerator generator = SyntheticGenerator.withDefaults(11L, List.of(
                SyntheticModelSpec.of("a", 64, 1, 1).withDictionarySeed(99L),
                SyntheticModelSpec.of("b", 64, 3, 2).withDictionarySeed(99L)));
        List<SyntheticRepresentation> reps = generator.representations();
        DenseMatrix first = reps.get(0).dictionary();
        assertArrayEquals(first.toArray(), reps.get(1).dictionary().toArray());
        assertFalse(Arrays.equals(reps.get(0).bias(), reps.get(1).bias()));
    }

    @Test
    void invalidKnobsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.of("x", 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.of("x", 8, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticGenerator.withDefaults(1L,
                List.of(SyntheticModelSpec.of("x", 64, 0, 0).withDictionary(DictionaryKind.ORTHONORMAL))));
        assertThrows(IllegalArgumentException.class, () -> SyntheticGenerator.withDefaults(1L,
                List.of(SyntheticModelSpec.of("x", 64, 0, 0), SyntheticModelSpec.of("x", 64, 0, 0))));
    }

    private static double norm(double[] v) {
        double sq = 0;
        for (double value : v) {
            sq += value * value;
        }
        return Math.sqrt(sq);
    }
}
