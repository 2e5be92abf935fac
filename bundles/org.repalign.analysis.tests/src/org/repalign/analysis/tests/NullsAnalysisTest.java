package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.NullRow;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * The nulls analysis: every value the run measured against the row-permutation null of its mean
 * over subsamples. Checked against a null computed here by hand (linear CKA written out, the
 * subsamples shuffled by the documented seed rule), and against what a null must satisfy: a
 * perfect alignment is never matched by a shuffle, p never falls below 1/(P + 1), q ≥ p.
 */
class NullsAnalysisTest {

    private static final long SEED = 29L;
    private static final int PERMUTATIONS = 59;

    @TempDir
    static Path dir;

    private static ExperimentPlan plan;
    private static RunContext context;
    private static List<NullRow> rows;
    private static AnalysisResult nulls;

    /** a; b, a rotated (the same geometry); c, unrelated. 3 subsamples of 30 of 50 rows. */
    @BeforeAll
    static void run() throws Exception {
        Random random = new Random(17L);
        double[][] a = LayerData.gaussian(random, 50, 6);
        LayerData.npy(dir.resolve("a.npy"), a);
        LayerData.npy(dir.resolve("b.npy"), LayerData.times(a, LayerData.rotation(random, 6)));
        LayerData.npy(dir.resolve("c.npy"), LayerData.gaussian(random, 50, 4));
        List<SourcePlan> sources = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            sources.add(new SourcePlan(id, dir.resolve(id + ".npy"), null, null, null, null, ModelProperties.UNKNOWN,
                    null));
        }
        plan = new ExperimentPlan("nulls", "", SEED, sources, Optional.empty(), null, null, null,
                Preprocessing.CENTERED, List.of("cka", "mutual_knn:k=5", "knn_edit:k=5"),
                new ProtocolSettings(3, 30, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("nulls", Map.of("permutations", "" + PERMUTATIONS)),
                        new AnalysisSettings.Bias()),
                null);
        context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE, new LocalExecutor(2));
        AnalysisResult last = null;
        for (AnalysisSettings settings : plan.analyses()) {
            last = AnalysisRegistry.installed().create(settings).run(context, new NullProgressMonitor());
        }
        nulls = last;
        @SuppressWarnings("unchecked")
        RecordTable<NullRow> table = (RecordTable<NullRow>) nulls.table("values");
        rows = table.rows();
    }

    private static NullRow row(String a, String b, String metric, String representation) {
        return rows.stream().filter(r -> r.a().equals(a) && r.b().equals(b) && r.metric().equals(metric)
                && r.representation().equals(representation)).findFirst().orElseThrow();
    }

    @Test
    void runsLastAndCoversEveryValueTheRunMeasured() {
        assertEquals("nulls", plan.analyses().get(plan.analyses().size() - 1).id(), "listed first, runs last");
        // 3 pairs × the bias analysis's raw and centered × 3 metrics
        assertEquals(18, rows.size());
        assertEquals(List.of("raw", "centered"), nulls.values().get("representations"));
        assertEquals(PERMUTATIONS, nulls.values().get("permutations"));
        assertTrue(nulls.notes().isEmpty(), "59 permutations are enough for 3 pairs: " + nulls.notes());
        assertEquals(1.0 / (PERMUTATIONS + 1), (Double) nulls.values().get("p_floor"), 0);
    }

    @Test
    void pValuesNeverFallBelowTheFloorAndQIsNeverBelowP() {
        for (NullRow r : rows) {
            assertEquals(PERMUTATIONS, r.permutations(), r.toString());
            assertTrue(r.p() >= 1.0 / (PERMUTATIONS + 1) - 1e-15 && r.p() <= 1, r.toString());
            assertTrue(r.q() >= r.p() - 1e-15 && r.q() <= 1, r.toString());
            // p is a count over P + 1
            double count = r.p() * (PERMUTATIONS + 1);
            assertEquals(Math.rint(count), count, 1e-9, r.toString());
        }
    }

    @Test
    void aPerfectAlignmentBeatsEveryShuffle() {
        for (String representation : List.of("raw", "centered")) {
            NullRow cka = row("a", "b", "cka", representation);
            assertEquals(1, cka.value(), 1e-12);
            assertEquals(1, cka.calibrated(), 1e-12, "the ideal value is calibrated to 1");
            assertEquals(1.0 / (PERMUTATIONS + 1), cka.p(), 1e-15);
            assertTrue(cka.z() > 3, cka.toString());
            // a distance: 0 is perfect, and a smaller value is the better one
            String editKey = rows.stream().map(NullRow::metric).filter(m -> m.startsWith("knn_edit")).findFirst()
                    .orElseThrow();
            NullRow edit = row("a", "b", editKey, representation);
            assertEquals(0, edit.value(), 1e-12);
            assertTrue(edit.nullMean() > 0, edit.toString());
            assertEquals(1, edit.calibrated(), 1e-12);
            assertEquals(1.0 / (PERMUTATIONS + 1), edit.p(), 1e-15);
            assertTrue(edit.z() < -3, "below the null's distances: " + edit);
        }
        Map<?, ?> above = (Map<?, ?>) ((Map<?, ?>) nulls.values().get("above_chance")).get("centered");
        Map<?, ?> cka = (Map<?, ?>) above.get("cka");
        assertTrue(((Number) cka.get("pairs")).intValue() >= 1, cka.toString());
        assertEquals(3, ((Number) cka.get("tested_pairs")).intValue());
        assertTrue(nulls.summary().get(1).startsWith("nulls centered: cka above chance in "), nulls.summary().toString());
    }

    /** The null of a–c's centered CKA, by hand: the subsamples, the seed rule and CKA written out. */
    @Test
    void theNullIsTheMeanOverSubsamplesOfEachShuffleBySeedRule() throws Exception {
        SourcePair pair = context.pairs().get(1); // a–c
        assertEquals(0, pair.first());
        assertEquals(2, pair.second());
        RowMatrix x = context.matrix(0, "centered", null);
        RowMatrix y = context.matrix(2, "centered", null);
        RowSubsets subsets = context.subsets(pair);
        assertEquals(3, subsets.count());
        long base = SplitMix64.mix(SEED + pair.index());
        double observed = 0;
        for (int s = 0; s < 3; s++) {
            int[] rows = subsets.subset(s);
            observed += linearCka(x, rows, y, rows) / 3;
        }
        double[] nullValues = new double[PERMUTATIONS];
        for (int p = 0; p < PERMUTATIONS; p++) {
            for (int s = 0; s < 3; s++) {
                int[] rows = subsets.subset(s);
                int[] order = Shuffles.permutation(rows.length,
                        new SplitMix64(SplitMix64.mix(SplitMix64.mix(base + s) + p)));
                int[] shuffled = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    shuffled[i] = rows[order[i]];
                }
                nullValues[p] += linearCka(x, rows, y, shuffled) / 3;
            }
        }
        double mean = 0;
        for (double v : nullValues) {
            mean += v / PERMUTATIONS;
        }
        double squares = 0;
        int atLeast = 0;
        for (double v : nullValues) {
            squares += (v - mean) * (v - mean);
            atLeast += v >= observed ? 1 : 0;
        }
        double sd = Math.sqrt(squares / (PERMUTATIONS - 1));

        NullRow r = row("a", "c", "cka", "centered");
        assertEquals(observed, r.value(), 1e-12);
        assertEquals(mean, r.nullMean(), 1e-12);
        assertEquals(sd, r.nullSd(), 1e-12);
        assertEquals((observed - mean) / sd, r.z(), 1e-9);
        assertEquals((1.0 + atLeast) / (PERMUTATIONS + 1), r.p(), 1e-15);
        assertEquals((observed - mean) / (1 - mean), r.calibrated(), 1e-12);
        assertFalse(r.calibrated() > 0.9, "unrelated sources are far from perfect: " + r);
    }

    @Test
    void theAnalysisAloneMeasuresTheDensePreprocessing() throws Exception {
        ExperimentPlan alone = new ExperimentPlan("alone", "", SEED, plan.sources(), Optional.empty(), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(3, 30, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("nulls", Map.of("permutations", "4"))), null);
        RunContext own = new RunContext(alone, ExperimentDataLoader.load(alone, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE, LocalExecutor.sequential());
        AnalysisResult result = AnalysisRegistry.installed().create(alone.analyses().get(0)).run(own,
                new NullProgressMonitor());
        assertEquals(List.of("centered"), result.values().get("representations"));
        assertEquals(3, result.table("values").toMaps().size());
        // 4 permutations: p ≥ 1/5, nothing can be above chance, and the run says so
        assertEquals(List.of("with 4 permutations the smallest p-value is 1/5, above 0.05: no value can count as above"
                + " chance; 59 permutations let any single value count"), result.notes());
        assertTrue(result.table("values").toMaps().stream().allMatch(r -> ((Number) r.get("p")).doubleValue() >= 0.2));
        // the same rows and seeds as the run above: the same values and nulls
        Map<String, Object> first = result.table("values").toMaps().get(0);
        NullRow same = row("a", "b", "cka", "centered");
        assertEquals(same.value(), (Double) first.get("value"), 1e-12);
    }

    @Test
    void withTooFewPermutationsForTheCorrectionTheRunSaysSo() throws Exception {
        ExperimentPlan alone = new ExperimentPlan("few", "", SEED, plan.sources(), Optional.empty(), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(3, 30, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("nulls", Map.of("permutations", "19"))), null);
        RunContext own = new RunContext(alone, ExperimentDataLoader.load(alone, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE, LocalExecutor.sequential());
        AnalysisResult result = AnalysisRegistry.installed().create(alone.analyses().get(0)).run(own,
                new NullProgressMonitor());
        // p can reach 1/20 = 0.05, but Benjamini–Hochberg over 3 pairs needs p ≤ 0.05/3 for one pair alone
        assertEquals(List.of("with 19 permutations the smallest p-value is 1/20: after the correction over 3 pairs a"
                + " value counts as above chance only together with most others; 59 permutations let any single value"
                + " count"), result.notes());
    }

    @Test
    void fewerThanOnePermutationIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalysisRegistry.installed().require("nulls").create(Map.of("permutations", "0")));
        assertTrue(e.getMessage().contains("permutations"), e.getMessage());
    }

    /** Linear CKA of rows {@code rx} of x and rows {@code ry} of y ({@link HandLinearCka}). */
    private static double linearCka(RowMatrix x, int[] rx, RowMatrix y, int[] ry) {
        double[][] a = new double[rx.length][];
        double[][] b = new double[ry.length][];
        for (int i = 0; i < rx.length; i++) {
            a[i] = x.row(rx[i]);
            b[i] = y.row(ry[i]);
        }
        return HandLinearCka.of(a, b);
    }
}
