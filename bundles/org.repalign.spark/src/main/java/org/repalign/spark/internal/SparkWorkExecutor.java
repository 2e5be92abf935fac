package org.repalign.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.FeatureMatchingAnalysis;
import org.repalign.analysis.modules.PortableTask;
import org.repalign.analysis.modules.ProbeAnalysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkExecutor;
import org.repalign.analysis.work.WorkFailedException;
import org.repalign.analysis.work.WorkKind;
import org.repalign.analysis.work.WorkProgress;
import org.repalign.analysis.work.WorkTask;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.matching.FeatureMatchingNull;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sae.RepAlignTrainingInfo;
import org.repalign.io.sae.SaeModels;

/**
 * Runs a run's units as Spark tasks, one task per unit, each computed on an executor from the
 * unit's coordinates and the run's context rebuilt there ({@link RunReplica}). Results come back
 * in unit order, so the run combines them exactly as with {@link LocalExecutor}, and a retried or
 * speculative task computes the same numbers again (a unit's seed is a function of its identity).
 *
 * <p>Units that run as tasks: the pair evaluations (every metric on one subsample of one pair)
 * and the SAEs (trained in the task, written as a SAELens folder to the scratch folder, encoded
 * on the driver, whose codes go to the scratch folder in float64 for the sparse evaluations).
 * The matching of a pair's codes with its null draws, and a source's attribute probes (its rows
 * rebuilt on the executor, its codes shared), run as tasks too. Only the run's own tasks of these
 * kinds are recognised ({@link RunContext.EvaluationTask} and the like). Batches of a
 * {@link PortableTask} (frequency windows; layer cells with their permutation nulls; a plug-in's
 * units when its task is portable) run as tasks as well: computed on the replica, finished on the
 * driver. Any other batch runs on the driver's own threads, as {@link LocalExecutor} would run
 * it; the report's {@code work} section counts both.
 */
public final class SparkWorkExecutor implements WorkExecutor {

    private final JavaSparkContext spark;
    private final RunReplica replica;
    private final LocalExecutor local;
    private final Path scratch;
    private int tasks;
    /** Whether the SAEs' codes are in the scratch folder, so that sparse evaluations run as tasks. */
    private boolean codesShared;

    /**
     * @param spark   the Spark context
     * @param replica the run as executors rebuild it
     * @param local   runs the batches that do not run as tasks
     * @param scratch a folder on storage the driver and every executor see, for the SAEs trained
     *                in tasks on their way to the driver
     */
    public SparkWorkExecutor(JavaSparkContext spark, RunReplica replica, LocalExecutor local, Path scratch) {
        this.spark = spark;
        this.replica = replica;
        this.local = local;
        this.scratch = scratch;
    }

    @Override
    public String name() {
        return "spark";
    }

    /** @return the cores of the cluster (Spark's default parallelism) */
    @Override
    public int threads() {
        return spark.defaultParallelism();
    }

    /** @return the units that ran as Spark tasks so far */
    public int tasks() {
        return tasks;
    }

    /**
     * @param unit a unit
     * @return whether it runs as a Spark task
     */
    boolean remote(WorkUnit unit) {
        return unit.kind() == WorkKind.PAIR_EVALUATION
                && (!RunContext.SPARSE.equals(unit.representation()) || codesShared);
    }

    @Override
    public <R> List<R> run(List<WorkUnit> units, WorkTask<R> task, WorkProgress progress, BooleanSupplier canceled)
            throws WorkFailedException {
        if (!units.isEmpty() && task instanceof SparseCodes.SaeUnitTask saes
                && units.stream().allMatch(unit -> unit.kind() == WorkKind.SAE)) {
            @SuppressWarnings("unchecked")
            List<R> trained = (List<R>) trainSaes(units, saes, progress, canceled);
            return trained;
        }
        if (!units.isEmpty() && codesShared && task instanceof FeatureMatchingAnalysis.MatchingTask matching
                && units.stream().allMatch(unit -> unit.kind() == WorkKind.MATCHING_PAIR)) {
            @SuppressWarnings("unchecked")
            List<R> matched = (List<R>) matchPairs(units, matching.permutations(), progress, canceled);
            return matched;
        }
        if (!units.isEmpty() && codesShared && task instanceof ProbeAnalysis.ProbeTask probes
                && units.stream().allMatch(unit -> unit.kind() == WorkKind.PROBE_FOLDS)) {
            @SuppressWarnings("unchecked")
            List<R> probed = (List<R>) probeSources(units, probes.plan(), progress, canceled);
            return probed;
        }
        if (!units.isEmpty() && task instanceof RunContext.PortableBinding<?, ?> portable) {
            @SuppressWarnings("unchecked")
            List<R> computed = (List<R>) runPortable(units, portable, progress, canceled);
            return computed;
        }
        if (units.isEmpty() || !(task instanceof RunContext.EvaluationTask)
                || !units.stream().allMatch(this::remote)) {
            return local.run(units, task, progress, canceled);
        }
        RunReplica run = replica;
        String codes = scratch.toString();
        List<UnitOutcome> outcomes = submit(units, canceled, ref -> compute(run, ref, codes));
        List<R> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            UnitOutcome outcome = outcomes.get(i);
            if (outcome.inputError() != null) {
                throw new WorkFailedException(units.get(i), new ExperimentInputException(outcome.inputError()));
            }
            @SuppressWarnings("unchecked")
            R result = (R) outcome.values();
            results.add(result);
            progress.unitDone(units.get(i), outcome.seconds(), i + 1, units.size());
        }
        return results;
    }

    /**
     * Units of a {@link PortableTask} (frequency windows, layer cells and their nulls, and any
     * plug-in's that declares its task so): each computed in a task on the executor's replica of
     * the run's context, and finished on the driver in unit order.
     */
    private <W extends Serializable, R> List<R> runPortable(List<WorkUnit> units,
            RunContext.PortableBinding<W, R> binding, WorkProgress progress, BooleanSupplier canceled)
            throws WorkFailedException {
        RunReplica run = replica;
        PortableTask<W, R> task = binding.task();
        List<PortableOutcome> outcomes = submit(units, canceled, ref -> computePortable(run, ref, task));
        List<R> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            PortableOutcome outcome = outcomes.get(i);
            WorkUnit unit = units.get(i);
            try {
                if (outcome.inputError() != null) {
                    throw new ExperimentInputException(outcome.inputError());
                }
                @SuppressWarnings("unchecked")
                W computed = (W) outcome.value();
                results.add(binding.finish(unit, computed));
            } catch (ExperimentInputException e) {
                throw new WorkFailedException(unit, e);
            }
            progress.unitDone(unit, outcome.seconds(), i + 1, units.size());
        }
        return results;
    }

    private static PortableOutcome computePortable(RunReplica replica, UnitRef ref, PortableTask<?, ?> task)
            throws IOException {
        return TaskThreads.run(replica.blasThreads(), () -> {
            long start = System.nanoTime();
            try {
                Serializable value = task.compute(replica.context(), ref.toUnit(), () -> false);
                return new PortableOutcome(value, null, (System.nanoTime() - start) / 1e9);
            } catch (ExperimentInputException e) {
                return new PortableOutcome(null, e.getMessage(), 0);
            }
        });
    }

    /** What a portable task returns: the unit's computed value or its input error, and its seconds. */
    record PortableOutcome(Serializable value, String inputError, double seconds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * SAE units: each SAE is trained in a task, on the executor's rebuilt context, and written as a
     * SAELens folder into the scratch folder on shared storage; the driver reads it back (float32
     * weights, exactly as trained) and encodes the source's rows as a local run does.
     */
    private List<SparseCodes.SourceSae> trainSaes(List<WorkUnit> units, SparseCodes.SaeUnitTask task,
            WorkProgress progress, BooleanSupplier canceled) throws WorkFailedException {
        RunReplica run = replica;
        String folder = scratch.toString();
        List<SaeOutcome> outcomes = submit(units, canceled, ref -> trainSae(run, ref, folder));
        List<SparseCodes.SourceSae> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            SaeOutcome outcome = outcomes.get(i);
            WorkUnit unit = units.get(i);
            if (outcome.inputError() != null) {
                throw new WorkFailedException(unit, new ExperimentInputException(outcome.inputError()));
            }
            try {
                Path written = Path.of(outcome.folder());
                SparseAutoencoder sae = SaeModels.read(written);
                List<SaeTrainingProgress> curve = new ArrayList<>();
                for (double[] point : outcome.curve()) {
                    curve.add(new SaeTrainingProgress((long) point[0], (long) point[1], point[2], point[3], point[4],
                            point[5], point[6]));
                }
                SparseCodes.SourceSae finished = task.finish(unit, new SparseCodes.TrainedSae(sae,
                        outcome.loadedFrom() == null ? null : Path.of(outcome.loadedFrom()), curve));
                results.add(finished);
                Folders.deleteTree(written);
                SharedCodes.write(scratch, unit.subject(), finished.truncated().codes());
            } catch (ExperimentInputException e) {
                throw new WorkFailedException(unit, e);
            } catch (IOException e) {
                throw new WorkFailedException(unit, new IllegalStateException("the SAE trained for " + unit
                        + " cannot be read back from the scratch folder: " + e.getMessage(), e));
            }
            progress.unitDone(unit, outcome.seconds(), i + 1, units.size());
        }
        codesShared = true;
        return results;
    }

    /** Matching units: each pair's codes matched with its null draws in a task, on the shared codes. */
    private List<FeatureMatchingNull> matchPairs(List<WorkUnit> units, int permutations, WorkProgress progress,
            BooleanSupplier canceled) throws WorkFailedException {
        RunReplica run = replica;
        String codes = scratch.toString();
        List<MatchOutcome> outcomes = submit(units, canceled, ref -> match(run, ref, codes, permutations));
        List<FeatureMatchingNull> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            MatchOutcome outcome = outcomes.get(i);
            if (outcome.inputError() != null) {
                throw new WorkFailedException(units.get(i), new ExperimentInputException(outcome.inputError()));
            }
            results.add(outcome.value());
            progress.unitDone(units.get(i), outcome.seconds(), i + 1, units.size());
        }
        return results;
    }

    private static MatchOutcome match(RunReplica replica, UnitRef ref, String scratch, int permutations)
            throws IOException {
        return TaskThreads.run(replica.blasThreads(), () -> matchPair(replica, ref, scratch, permutations));
    }

    private static MatchOutcome matchPair(RunReplica replica, UnitRef ref, String scratch, int permutations)
            throws IOException {
        long start = System.nanoTime();
        WorkUnit unit = ref.toUnit();
        try {
            RunContext context = replica.context();
            SourcePair pair = context.pairs().get(unit.subject());
            FeatureMatchingNull result = FeatureMatchingAnalysis.match(SharedCodes.readCsr(scratch, pair.first()),
                    SharedCodes.readCsr(scratch, pair.second()), unit, context.plan().seed(), permutations,
                    FeatureMatchingAnalysis.describe(context, pair), () -> false);
            return new MatchOutcome(result, null, (System.nanoTime() - start) / 1e9);
        } catch (ExperimentInputException e) {
            return new MatchOutcome(null, e.getMessage(), 0);
        }
    }

    /** What a matching task returns: the matching and its null, or the unit's input error. */
    record MatchOutcome(FeatureMatchingNull value, String inputError, double seconds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Probe units: a source's probes in a task, on its rows rebuilt there and its shared codes. */
    private List<ProbeResult[][]> probeSources(List<WorkUnit> units, ProbeAnalysis.ProbePlan plan,
            WorkProgress progress, BooleanSupplier canceled) throws WorkFailedException {
        RunReplica run = replica;
        String codes = scratch.toString();
        // the labels and folds of every attribute: sent to each executor once, not with every task
        Broadcast<ProbeAnalysis.ProbePlan> shared = spark.broadcast(plan);
        List<ProbeOutcome> outcomes = submit(units, canceled, ref -> probe(run, ref, codes, shared.value()));
        List<ProbeResult[][]> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            ProbeOutcome outcome = outcomes.get(i);
            if (outcome.inputError() != null) {
                throw new WorkFailedException(units.get(i), new ExperimentInputException(outcome.inputError()));
            }
            results.add(outcome.results());
            progress.unitDone(units.get(i), outcome.seconds(), i + 1, units.size());
        }
        return results;
    }

    private static ProbeOutcome probe(RunReplica replica, UnitRef ref, String scratch, ProbeAnalysis.ProbePlan plan)
            throws IOException {
        return TaskThreads.run(replica.blasThreads(), () -> probeSource(replica, ref, scratch, plan));
    }

    private static ProbeOutcome probeSource(RunReplica replica, UnitRef ref, String scratch,
            ProbeAnalysis.ProbePlan plan) throws IOException {
        long start = System.nanoTime();
        WorkUnit unit = ref.toUnit();
        try {
            RunContext context = replica.context();
            int s = unit.subject();
            ProbeResult[][] probed = ProbeAnalysis.probeSource(
                    new AttributeProbe.Prepared(context.prepared().matrix(s, context.plan().densePreprocessing())),
                    new AttributeProbe.Prepared(SharedCodes.readCsr(scratch, s)), plan, unit, context.plan().seed(),
                    context.data().sourceIds().get(s), () -> false);
            return new ProbeOutcome(probed, null, (System.nanoTime() - start) / 1e9);
        } catch (ExperimentInputException e) {
            return new ProbeOutcome(null, e.getMessage(), 0);
        }
    }

    /** What a probe task returns: per attribute its dense and sparse probe, or the unit's input error. */
    record ProbeOutcome(ProbeResult[][] results, String inputError, double seconds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Trains one SAE on an executor into a folder of the attempt's own under the scratch folder. */
    private static SaeOutcome trainSae(RunReplica replica, UnitRef ref, String scratch) throws IOException {
        return TaskThreads.run(replica.blasThreads(), () -> trainSource(replica, ref, scratch));
    }

    private static SaeOutcome trainSource(RunReplica replica, UnitRef ref, String scratch) throws IOException {
        long start = System.nanoTime();
        TaskContext task = TaskContext.get();
        WorkUnit unit = ref.toUnit();
        SparseCodes.TrainedSae trained;
        try {
            trained = SparseCodes.train(replica.context(), unit, () -> false);
        } catch (ExperimentInputException e) {
            return new SaeOutcome(null, null, null, e.getMessage(), 0);
        }
        Path folder = Path.of(scratch, "sae-" + unit.subject() + "-attempt-" + (task == null ? 0 : task.taskAttemptId()));
        Folders.deleteTree(folder);
        Files.createDirectories(folder);
        SparseAutoencoder sae = trained.sae();
        RepAlignTrainingInfo info = new RepAlignTrainingInfo("", sae.architecture().id(), 0, 0, "",
                sae.inputScale() == 1f ? null : (double) sae.inputScale(), Map.of("k", sae.k()));
        SaeModels.toFolder(sae, info).writeFiles(folder);
        List<double[]> curve = new ArrayList<>();
        for (SaeTrainingProgress point : trained.curve()) {
            curve.add(new double[] { point.step(), point.totalSteps(), point.loss(), point.fvu(), point.l0(),
                    point.deadFraction(), point.rowsPerSecond() });
        }
        return new SaeOutcome(folder.toString(), trained.loadedFrom() == null ? null : trained.loadedFrom().toString(),
                new ArrayList<>(curve), null, (System.nanoTime() - start) / 1e9);
    }

    /** What an SAE task returns: where it wrote the SAE, its curve, or the unit's input error. */
    record SaeOutcome(String folder, String loadedFrom, ArrayList<double[]> curve, String inputError, double seconds)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Runs one task per unit and collects their results in unit order.
     *
     * @throws WorkFailedException when a task failed on every attempt (Spark retried it); the
     *                             job's message names the task
     */
    private <T> List<T> submit(List<WorkUnit> units, BooleanSupplier canceled, Function<UnitRef, T> task)
            throws WorkFailedException {
        if (canceled.getAsBoolean()) {
            throw new CancellationException();
        }
        List<UnitRef> refs = units.stream().map(UnitRef::of).toList();
        List<T> outcomes;
        try {
            outcomes = spark.parallelize(refs, refs.size()).map(task).collect();
        } catch (RuntimeException e) {
            throw new WorkFailedException(units.get(0), new IllegalStateException("a Spark task failed on every"
                    + " attempt: " + firstLine(e.getMessage()), e));
        }
        tasks += units.size();
        return outcomes;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * Computes one unit on an executor. An input error comes back as a value (computing the unit
     * again would fail again); any other failure fails the task, which Spark tries again.
     */
    private static UnitOutcome compute(RunReplica replica, UnitRef ref, String scratch) throws IOException {
        return TaskThreads.run(replica.blasThreads(), () -> evaluate(replica, ref, scratch));
    }

    private static UnitOutcome evaluate(RunReplica replica, UnitRef ref, String scratch) throws IOException {
        long start = System.nanoTime();
        try {
            WorkUnit unit = ref.toUnit();
            RunContext context = replica.context();
            PairEvaluator.SubsetValues values;
            if (RunContext.SPARSE.equals(unit.representation())) {
                SourcePair pair = context.pairs().get(unit.subject());
                values = context.evaluateUnit(unit, SharedCodes.read(scratch, pair.first()),
                        SharedCodes.read(scratch, pair.second()), () -> false);
            } else {
                values = context.evaluateUnit(unit, () -> false);
            }
            return new UnitOutcome(values, null, (System.nanoTime() - start) / 1e9);
        } catch (ExperimentInputException e) {
            return new UnitOutcome(null, e.getMessage(), 0);
        }
    }

    /** A unit's coordinates, as they travel to executors. */
    record UnitRef(String kind, String analysis, int subject, String representation, int index) implements Serializable {
        private static final long serialVersionUID = 1L;

        static UnitRef of(WorkUnit unit) {
            return new UnitRef(unit.kind().name(), unit.analysis(), unit.subject(), unit.representation(), unit.index());
        }

        WorkUnit toUnit() {
            return new WorkUnit(WorkKind.valueOf(kind), analysis, subject, representation, index);
        }
    }

    /** What a task returns: the values or the unit's input error, and its seconds. */
    record UnitOutcome(PairEvaluator.SubsetValues values, String inputError, double seconds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
