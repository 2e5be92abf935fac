package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.PreparedSources;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.PortableTask;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkExecutor;
import org.repalign.analysis.work.WorkFailedException;
import org.repalign.analysis.work.WorkKind;
import org.repalign.analysis.work.WorkProgress;
import org.repalign.analysis.work.WorkTask;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticModelSpec;

/**
 * The portable tasks of the built-in analyses (frequency windows; layer cells with their
 * permutation nulls), computed as a cluster's executor computes them: from a serialized copy of
 * the task, on a second context built from the same plan, the value serialized on its way back
 * and finished by the run. The run's results are the same to the last bit as a local run's.
 */
class PortableTasksTest {

    @TempDir
    static Path dir;

    /**
     * Computes the units of portable tasks on a replica of the run's context, each from its own
     * deserialized copy of the task, last unit first; runs other batches locally.
     */
    static final class ReplicaExecutor implements WorkExecutor {

        private final RunContext replica;
        private final List<WorkKind> computedOnReplica = new ArrayList<>();

        ReplicaExecutor(RunContext replica) {
            this.replica = replica;
        }

        @Override
        public <R> List<R> run(List<WorkUnit> units, WorkTask<R> task, WorkProgress progress,
                BooleanSupplier canceled) throws WorkFailedException {
            if (!(task instanceof RunContext.PortableBinding<?, ?> binding)) {
                return LocalExecutor.sequential().run(units, task, progress, canceled);
            }
            @SuppressWarnings("unchecked")
            List<R> results = (List<R>) onReplica(units, binding, progress);
            return results;
        }

        private <W extends Serializable, R> List<R> onReplica(List<WorkUnit> units,
                RunContext.PortableBinding<W, R> binding, WorkProgress progress) throws WorkFailedException {
            List<W> computed = new ArrayList<>();
            for (int i = units.size() - 1; i >= 0; i--) {
                WorkUnit unit = units.get(i);
                try {
                    PortableTask<W, R> copy = travel(binding.task());
                    computed.add(0, travel(copy.compute(replica, unit, () -> false)));
                } catch (Exception e) {
                    throw new WorkFailedException(unit, e);
                }
                computedOnReplica.add(unit.kind());
            }
            List<R> results = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                try {
                    results.add(binding.finish(units.get(i), computed.get(i)));
                } catch (Exception e) {
                    throw new WorkFailedException(units.get(i), e);
                }
                progress.unitDone(units.get(i), 0, i + 1, units.size());
            }
            return results;
        }

        @Override
        public String name() {
            return "replica";
        }

        @Override
        public int threads() {
            return 2;
        }
    }

    /** A serialized and deserialized copy, as a task or a value travels between processes. */
    @SuppressWarnings("unchecked")
    static <T> T travel(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static RunContext context(ExperimentPlan plan, WorkExecutor executor) throws Exception {
        return new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE, executor);
    }

    private static AnalysisResult run(RunContext context) throws Exception {
        Analysis analysis = AnalysisRegistry.installed().create(context.plan().analyses().get(0));
        analysis.preflight(context);
        return analysis.run(context, new NullProgressMonitor());
    }

    private static void assertSameTables(AnalysisResult expected, AnalysisResult actual, String... tables) {
        for (String table : tables) {
            assertEquals(expected.table(table).toMaps(), actual.table(table).toMaps(), table);
        }
    }

    @Test
    void noiseWindowsComputedOnAReplicaGiveTheRunsResults() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, 0, 2.0),
                SyntheticModelSpec.of("b", 32, 0, 2.0), SyntheticModelSpec.of("c", 28, 0, 2.0));
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(400, models), List.of(TestPlans.noise()));
        AnalysisResult local = run(context(plan, LocalExecutor.sequential()));
        ReplicaExecutor executor = new ReplicaExecutor(context(plan, new LocalExecutor(2)));
        AnalysisResult remote = run(context(plan, executor));

        assertSameTables(local, remote, "rows", "fits");
        assertEquals(local.values().get("rising_share"), remote.values().get("rising_share"));
        // 3 pairs × 6 windows, every one computed on the replica
        assertEquals(18, executor.computedOnReplica.size());
        assertTrue(executor.computedOnReplica.stream().allMatch(kind -> kind == WorkKind.FREQUENCY_WINDOW));
    }

    @Test
    void valueNullsOfDenseRowsComputedOnAReplicaGiveTheRunsResultsAndTheSparseOnesStayInTheRun() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, 0, 2.0),
                SyntheticModelSpec.of("b", 32, 0, 2.0), SyntheticModelSpec.of("c", 28, 0, 2.0));
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(300, models),
                List.of(new AnalysisSettings.Bias(), new AnalysisSettings.Signal(),
                        new AnalysisSettings.Contributed("nulls", Map.of("permutations", "3"))));
        AnalysisResult local = runAll(context(plan, LocalExecutor.sequential()));
        ReplicaExecutor executor = new ReplicaExecutor(context(plan, new LocalExecutor(2)));
        AnalysisResult remote = runAll(context(plan, executor));

        assertEquals("nulls", local.id());
        assertSameTables(local, remote, "values");
        assertEquals(List.of("raw", "centered", "sparse"), remote.values().get("representations"));
        // 3 pairs × 3 subsamples of raw and of centered rows on the replica; the codes' units in the run
        assertEquals(18, executor.computedOnReplica.size());
        assertTrue(executor.computedOnReplica.stream().allMatch(kind -> kind == WorkKind.VALUE_NULL));
        assertEquals(3 * 3 * TestPlans.METRICS.size(), local.table("values").toMaps().size());
    }

    /** Runs every analysis of the plan in order; returns the last one's result. */
    private static AnalysisResult runAll(RunContext context) throws Exception {
        AnalysisResult last = null;
        for (AnalysisSettings settings : context.plan().analyses()) {
            Analysis analysis = AnalysisRegistry.installed().create(settings);
            analysis.preflight(context);
            last = analysis.run(context, new NullProgressMonitor());
        }
        return last;
    }

    @Test
    void layerCellsWithTheirNullsComputedOnAReplicaThatKeepsLayersGiveTheRunsResults() throws Exception {
        Random random = new Random(7L);
        int n = 50;
        double[][][] a = { LayerData.gaussian(random, n, 6), LayerData.gaussian(random, n, 6),
                LayerData.gaussian(random, n, 6) };
        double[][][] b = { LayerData.gaussian(random, n, 6), LayerData.times(a[1], LayerData.rotation(random, 6)) };
        LayerData.npy(dir.resolve("a.npy"), a);
        LayerData.npy(dir.resolve("b.npy"), b);
        LayerData.npy(dir.resolve("c.npy"), LayerData.gaussian(random, n, 4));
        List<SourcePlan> sources = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            sources.add(new SourcePlan(id, dir.resolve(id + ".npy"), null, null, null, null, ModelProperties.UNKNOWN,
                    null));
        }
        // subsamples of 30 of the 50 rows: the cells share their pair's subsets and permutations
        ExperimentPlan plan = new ExperimentPlan("layers", "", 5L, sources, Optional.empty(), null, null, null,
                Preprocessing.CENTERED, List.of("cka", "mutual_knn:k=5"), new ProtocolSettings(3, 30, 0,
                        TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("layers", Map.of("permutations", "19"))), null);
        AnalysisResult local = run(context(plan, new LocalExecutor(2)));
        RunContext replica = context(plan, new LocalExecutor(2));
        replica.prepared().keepLayers(3);
        ReplicaExecutor executor = new ReplicaExecutor(replica);
        AnalysisResult remote = run(context(plan, executor));

        assertSameTables(local, remote, "grid", "best");
        assertEquals(local.values().get("seeds"), remote.values().get("seeds"));
        // a–b 3 × 2, a–c 3 × 1, b–c 2 × 1
        assertEquals(11, executor.computedOnReplica.size());
        assertTrue(executor.computedOnReplica.stream().allMatch(kind -> kind == WorkKind.LAYER_CELL));
        // the planted pair is found, and its null says it is more than chance
        Map<String, Object> best = local.table("best").toMaps().get(0);
        assertEquals(1, ((Number) best.get("best_layer_a")).intValue(), best.toString());
        assertEquals(1, ((Number) best.get("best_layer_b")).intValue(), best.toString());
        assertEquals(0.05, ((Number) best.get("p")).doubleValue(), 1e-12, best.toString());
    }

    @Test
    void keptLayersAreMadeOnceAndTheLeastRecentlyUsedIsDroppedFirst() throws Exception {
        Random random = new Random(3L);
        double[][][] layers = { LayerData.gaussian(random, 20, 3), LayerData.gaussian(random, 20, 3),
                LayerData.gaussian(random, 20, 3) };
        LayerData.npy(dir.resolve("kept.npy"), layers);
        LayerData.npy(dir.resolve("other.npy"), LayerData.gaussian(random, 20, 2));
        ExperimentPlan plan = new ExperimentPlan("kept", "", 1L,
                List.of(new SourcePlan("kept", dir.resolve("kept.npy"), null, null, null, null,
                        ModelProperties.UNKNOWN, null),
                        new SourcePlan("other", dir.resolve("other.npy"), null, null, null, null,
                                ModelProperties.UNKNOWN, null)),
                Optional.empty(), null, null, null, Preprocessing.CENTERED, List.of("cka"),
                new ProtocolSettings(3, 1000, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("layers", Map.of())), null);
        PreparedSources prepared = context(plan, LocalExecutor.sequential()).prepared();
        assertNotSame(prepared.layer(0, 0, Preprocessing.CENTERED), prepared.layer(0, 0, Preprocessing.CENTERED),
                "not kept by default");

        prepared.keepLayers(2);
        RowMatrix first = prepared.layer(0, 0, Preprocessing.CENTERED);
        RowMatrix second = prepared.layer(0, 1, Preprocessing.CENTERED);
        assertSame(first, prepared.layer(0, 0, Preprocessing.CENTERED), "kept");
        // layer 1 is now the least recently used: layer 2 takes its place
        prepared.layer(0, 2, Preprocessing.CENTERED);
        assertSame(first, prepared.layer(0, 0, Preprocessing.CENTERED));
        assertNotSame(second, prepared.layer(0, 1, Preprocessing.CENTERED), "dropped, made again");
        assertNotSame(first, prepared.layer(0, 0, Preprocessing.RAW), "kept per preprocessing");
        // a kept layer is the preprocessed layer: centred rows of unit norm
        for (int i = 0; i < 20; i++) {
            double squares = 0;
            for (double value : first.row(i)) {
                squares += value * value;
            }
            assertEquals(1, squares, 1e-12);
        }
    }
}
