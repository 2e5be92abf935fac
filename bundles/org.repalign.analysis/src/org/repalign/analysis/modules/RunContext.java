package org.repalign.analysis.modules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.data.PreparedSources;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkExecutor;
import org.repalign.analysis.work.WorkFailedException;
import org.repalign.analysis.work.WorkKind;
import org.repalign.analysis.work.WorkProgress;
import org.repalign.analysis.work.WorkTally;
import org.repalign.analysis.work.WorkTask;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.protocol.SourcePairs;
import org.repalign.compute.sae.SaeTrainingProgress;

/**
 * The shared state of one run: the plan, the prepared matrices, the metrics, the pair
 * evaluations measured so far and the SAE codes. Pair evaluations are cached by
 * representation ({@code raw}, {@code centered}, {@code sparse}, …) so that an analysis that
 * needs what another one measured (signal's dense side is bias's centered side) reuses it, on
 * exactly the same subsamples.
 *
 * <p>Heavy work runs as {@link WorkUnit}s on the run's {@link WorkExecutor}
 * ({@link #run(List, WorkTask, IProgressMonitor)}): pair evaluations not yet cached
 * ({@link #evaluateAll}) and the SAEs; analyses submit their own units the same way. Results
 * come back in unit order, so a run's numbers do not depend on the executor or its threads.
 */
public final class RunContext {

    /** The representation id of the truncated SAE codes. */
    public static final String SPARSE = "sparse";

    private final ExperimentPlan plan;
    private final PreparedSources prepared;
    private final List<AlignmentMetric> metrics;
    private final MetricRegistry registry;
    private final RunListener listener;
    private final WorkExecutor executor;
    private final WorkTally work = new WorkTally();
    private final Map<String, PairEvaluation> evaluations = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private SparseCodes codes;

    /**
     * @param plan     the plan
     * @param data     the loaded data
     * @param registry the metric registry the plan's metric specs are resolved in
     * @param listener receives progress
     * @throws ExperimentInputException when a metric spec is unknown or malformed
     */
    public RunContext(ExperimentPlan plan, ExperimentData data, MetricRegistry registry, RunListener listener)
            throws ExperimentInputException {
        this(plan, data, registry, listener, LocalExecutor.sequential());
    }

    /**
     * @param plan     the plan
     * @param data     the loaded data
     * @param registry the metric registry the plan's metric specs are resolved in
     * @param listener receives progress
     * @param executor runs the run's work units
     * @throws ExperimentInputException when a metric spec is unknown or malformed
     */
    public RunContext(ExperimentPlan plan, ExperimentData data, MetricRegistry registry, RunListener listener,
            WorkExecutor executor) throws ExperimentInputException {
        this.plan = plan;
        this.prepared = new PreparedSources(data);
        this.listener = listener;
        this.registry = registry;
        this.executor = Objects.requireNonNull(executor, "executor");
        try {
            this.metrics = registry.createAll(plan.metrics());
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("metrics: " + e.getMessage(), e);
        }
    }

    /** @return the plan */
    public ExperimentPlan plan() {
        return plan;
    }

    /** @return the loaded data */
    public ExperimentData data() {
        return prepared.data();
    }

    /** @return the prepared matrices */
    public PreparedSources prepared() {
        return prepared;
    }

    /** @return the metrics, in plan order */
    public List<AlignmentMetric> metrics() {
        return metrics;
    }

    /** @return the listener */
    public RunListener listener() {
        return listener;
    }

    /**
     * Publishes an SAE training point to the listener, one call at a time (SAEs of several
     * sources may train on several threads).
     *
     * @param sourceId the source
     * @param point    the newest point of its curve
     */
    public void saeProgress(String sourceId, SaeTrainingProgress point) {
        // not the context's own lock: codes() holds that while the SAE units run
        synchronized (listener) {
            listener.saeProgress(sourceId, point);
        }
    }

    /** @return every unordered pair of sources, in the stable order of {@link SourcePairs} */
    public List<SourcePair> pairs() {
        return SourcePairs.all(data().sourceCount());
    }

    /**
     * The protocol of one pair: the plan's subsamples, with subsets drawn from
     * {@code seed + pair index}; a subsample size above the item count measures all items once.
     *
     * @param pair the pair
     * @return its protocol
     */
    public EvaluationProtocol protocol(SourcePair pair) {
        int n = data().itemCount();
        int size = Math.min(plan.protocol().subsampleSize(), n);
        int subsamples = size >= n ? 0 : plan.protocol().subsamples();
        return new EvaluationProtocol(subsamples, Math.max(2, size), plan.seed(), pair.index(), plan.protocol().ties(),
                OptionalDouble.empty());
    }

    /**
     * @param pair the pair
     * @return the row subsets of that pair (the same for every representation)
     */
    public RowSubsets subsets(SourcePair pair) {
        return RowSubsets.of(protocol(pair), data().itemCount());
    }

    /**
     * @param source         source index
     * @param representation a preprocessing id or {@link #SPARSE}
     * @param monitor        progress and cancellation (used when SAEs must be trained first)
     * @return the matrix of that representation
     * @throws ExperimentInputException when it cannot be made
     */
    public RowMatrix matrix(int source, String representation, IProgressMonitor monitor)
            throws ExperimentInputException {
        if (SPARSE.equals(representation)) {
            return codes(monitor).codes(source);
        }
        return prepared.matrix(source, Preprocessing.parse(representation));
    }

    /**
     * Measures (or returns the cached measurement of) one pair in one representation, every
     * metric, the plan's protocol.
     *
     * @param pair           the pair
     * @param representation a preprocessing id or {@link #SPARSE}
     * @param monitor        cancellation
     * @return the evaluation
     * @throws ExperimentInputException when a metric does not fit the data
     */
    public PairEvaluation evaluate(SourcePair pair, String representation, IProgressMonitor monitor)
            throws ExperimentInputException {
        return evaluateAll(List.of(pair), representation, monitor).get(0);
    }

    /**
     * Measures (or returns the cached measurements of) pairs in one representation, every metric,
     * the plan's protocol: the subsamples of the pairs not yet cached run as one batch of
     * {@link WorkUnit#pairEvaluation} units, combined per pair in subsample order.
     *
     * @param pairs          the pairs
     * @param representation a preprocessing id or {@link #SPARSE}
     * @param monitor        progress and cancellation (SAEs are trained first when needed)
     * @return the evaluations, in the order of {@code pairs}
     * @throws ExperimentInputException when a metric does not fit the data
     */
    public List<PairEvaluation> evaluateAll(List<SourcePair> pairs, String representation, IProgressMonitor monitor)
            throws ExperimentInputException {
        List<SourcePair> missing = new ArrayList<>();
        for (SourcePair pair : pairs) {
            if (!evaluations.containsKey(key(pair, representation)) && !missing.contains(pair)) {
                missing.add(pair);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1 + missing.size());
        if (!missing.isEmpty()) {
            // the inputs are made here, on the calling thread; the units only measure
            Map<Integer, RowMatrix> matrices = new HashMap<>();
            IProgressMonitor first = progress.split(1);
            for (SourcePair pair : missing) {
                for (int source : new int[] {pair.first(), pair.second()}) {
                    if (!matrices.containsKey(source)) {
                        matrices.put(source, matrix(source, representation, first));
                    }
                }
            }
            // one unit per pair and subsample, combined per pair in subsample order
            Map<Integer, RowSubsets> subsets = new HashMap<>();
            List<WorkUnit> units = new ArrayList<>();
            for (SourcePair pair : missing) {
                RowSubsets drawn;
                try {
                    drawn = subsets(pair);
                } catch (IllegalArgumentException e) {
                    throw new ExperimentInputException(describe(pair, representation) + ": " + e.getMessage(), e);
                }
                subsets.put(pair.index(), drawn);
                for (int s = 0; s < drawn.count(); s++) {
                    units.add(WorkUnit.pairEvaluation(pair.index(), representation, s));
                }
            }
            List<SourcePair> all = pairs();
            List<PairEvaluator.SubsetValues> measured = run(units, new EvaluationTask() {
                @Override
                public PairEvaluator.SubsetValues run(WorkUnit unit, BooleanSupplier canceled)
                        throws ExperimentInputException {
                    SourcePair pair = all.get(unit.subject());
                    return evaluateSubset(matrices.get(pair.first()), matrices.get(pair.second()), pair,
                            representation, subsets.get(pair.index()), unit.index(), canceled);
                }
            }, progress);
            int next = 0;
            for (SourcePair pair : missing) {
                RowSubsets drawn = subsets.get(pair.index());
                List<PairEvaluator.SubsetValues> values = measured.subList(next, next + drawn.count());
                double seconds = 0;
                for (int s = 0; s < drawn.count(); s++) {
                    for (long nanos : values.get(s).nanos()) {
                        seconds += nanos / 1e9;
                    }
                }
                next += drawn.count();
                evaluations.put(key(pair, representation),
                        PairEvaluator.combine(metrics, protocol(pair), drawn, values, seconds));
            }
        }
        return pairs.stream().map(pair -> evaluations.get(key(pair, representation))).toList();
    }

    /**
     * @return the representations measured so far by {@link #evaluateAll}, each once, in the
     *         order first measured
     */
    public List<String> evaluatedRepresentations() {
        List<String> representations = new ArrayList<>();
        for (String key : evaluations.keySet()) {
            String representation = key.substring(0, key.lastIndexOf('/'));
            if (!representations.contains(representation)) {
                representations.add(representation);
            }
        }
        return representations;
    }

    /**
     * The task of the run's own pair evaluations ({@link #evaluateAll}): each unit is what
     * {@link #evaluateUnit} computes, so an engine may compute it from a rebuilt context instead.
     * Other tasks of pair-evaluation units (a plug-in's) promise nothing of the kind.
     */
    public abstract static class EvaluationTask implements WorkTask<PairEvaluator.SubsetValues> {

        /** Only the run's own: an engine trusts the promise above. */
        EvaluationTask() {
        }
    }

    /**
     * Computes one {@link WorkUnit#pairEvaluation} unit from this context's own state: every
     * metric on one subsample of one pair in one representation, as the run's batches compute it.
     * For engines that rebuild a run's context elsewhere from the plan and run single units there
     * (a cluster's executors); the numbers equal those of the batch, with the same BLAS threads.
     *
     * @param unit     a pair-evaluation unit of a preprocessing (not {@link #SPARSE}, whose codes
     *                 come from the run's SAEs: see the other {@code evaluateUnit})
     * @param canceled cancellation of the unit
     * @return the unit's values, as {@link #evaluateAll} combines them
     * @throws ExperimentInputException when a metric does not fit the data
     * @throws IllegalArgumentException when the unit is not such a unit or lies outside the plan
     */
    public PairEvaluator.SubsetValues evaluateUnit(WorkUnit unit, BooleanSupplier canceled)
            throws ExperimentInputException {
        if (SPARSE.equals(unit.representation())) {
            throw new IllegalArgumentException("the sparse codes come from the run's SAEs; give them: " + unit);
        }
        SourcePair pair = pairOf(unit);
        return evaluateUnit(unit, matrix(pair.first(), unit.representation(), null),
                matrix(pair.second(), unit.representation(), null), canceled);
    }

    /**
     * Computes one {@link WorkUnit#pairEvaluation} unit on the rows of its representation given by
     * the caller: for engines that hold a representation this context cannot make itself (the
     * sparse codes of SAEs trained elsewhere).
     *
     * @param unit     a pair-evaluation unit
     * @param first    the rows of the pair's first source in the unit's representation
     * @param second   the rows of its second source
     * @param canceled cancellation of the unit
     * @return the unit's values, as {@link #evaluateAll} combines them
     * @throws ExperimentInputException when a metric does not fit the data
     * @throws IllegalArgumentException when the unit is not a pair evaluation of the plan
     */
    public PairEvaluator.SubsetValues evaluateUnit(WorkUnit unit, RowMatrix first, RowMatrix second,
            BooleanSupplier canceled) throws ExperimentInputException {
        SourcePair pair = pairOf(unit);
        RowSubsets drawn;
        try {
            drawn = subsets(pair);
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(describe(pair, unit.representation()) + ": " + e.getMessage(), e);
        }
        return evaluateSubset(first, second, pair, unit.representation(), drawn, unit.index(), canceled);
    }

    private SourcePair pairOf(WorkUnit unit) {
        if (unit.kind() != WorkKind.PAIR_EVALUATION) {
            throw new IllegalArgumentException("not a pair evaluation: " + unit);
        }
        List<SourcePair> all = pairs();
        if (unit.subject() >= all.size()) {
            throw new IllegalArgumentException("the plan has " + all.size() + " pairs: " + unit);
        }
        return all.get(unit.subject());
    }

    private PairEvaluator.SubsetValues evaluateSubset(RowMatrix x, RowMatrix y, SourcePair pair, String representation,
            RowSubsets drawn, int subset, BooleanSupplier canceled) throws ExperimentInputException {
        try {
            return PairEvaluator.evaluateSubset(x, y, metricsForUnit(), protocol(pair), drawn, subset, canceled);
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(describe(pair, representation) + ": " + e.getMessage(), e);
        }
    }

    private static String key(SourcePair pair, String representation) {
        return representation + "/" + pair.index();
    }

    /**
     * Measures two matrices with every metric, turning a metric's refusal into an input error.
     *
     * @param x        n × d1
     * @param y        n × d2
     * @param protocol the protocol
     * @param monitor  cancellation
     * @param what     what is measured, for the error message
     * @return the evaluation
     * @throws ExperimentInputException when a metric does not fit (k ≥ rows, q too large)
     */
    public PairEvaluation measure(RowMatrix x, RowMatrix y, EvaluationProtocol protocol, IProgressMonitor monitor,
            String what) throws ExperimentInputException {
        return measure(metrics, x, y, protocol, monitor::isCanceled, what);
    }

    /**
     * Measures two matrices with every metric inside a work unit: like
     * {@link #measure(RowMatrix, RowMatrix, EvaluationProtocol, IProgressMonitor, String)}, with the
     * unit's cancellation and metrics that no other thread uses at the same time.
     *
     * @param x        n × d1
     * @param y        n × d2
     * @param protocol the protocol
     * @param canceled the unit's cancellation
     * @param what     what is measured, for the error message
     * @return the evaluation
     * @throws ExperimentInputException when a metric does not fit
     */
    public PairEvaluation measureInUnit(RowMatrix x, RowMatrix y, EvaluationProtocol protocol,
            BooleanSupplier canceled, String what) throws ExperimentInputException {
        return measure(metricsForUnit(), x, y, protocol, canceled, what);
    }

    private PairEvaluation measure(List<AlignmentMetric> with, RowMatrix x, RowMatrix y, EvaluationProtocol protocol,
            BooleanSupplier canceled, String what) throws ExperimentInputException {
        try {
            return PairEvaluator.evaluate(x, y, with, protocol, ProgressListener.NONE, canceled);
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * The metrics a unit computes with: the run's own when units run one at a time, fresh
     * instances of the same specs when they run in parallel (a metric may keep scratch state).
     * Call it inside the unit.
     *
     * @return the plan's metrics, in plan order, for the calling unit alone
     */
    public List<AlignmentMetric> metricsForUnit() {
        return executor.threads() == 1 ? metrics : registry.createAll(plan.metrics());
    }

    /**
     * Runs a batch of independent units on the run's executor, advancing {@code monitor} by one
     * unit of work per finished unit and counting them for the report.
     *
     * @param <R>     the result of one unit
     * @param units   the units, in the order results are returned and combined
     * @param task    computes one unit; may run on another thread, must not use {@code monitor}
     * @param monitor progress and cancellation
     * @return the results, in unit order
     * @throws ExperimentInputException the first failed unit's input error (in unit order)
     * @throws OperationCanceledException when canceled
     */
    public <R> List<R> run(List<WorkUnit> units, WorkTask<R> task, IProgressMonitor monitor)
            throws ExperimentInputException {
        SubMonitor progress = SubMonitor.convert(monitor, units.size());
        return run(units, task, progress::isCanceled, (unit, seconds, done, total) -> progress.worked(1));
    }

    /**
     * Runs a batch of independent units on the run's executor, telling {@code finished} of each
     * finished unit (on the calling thread) and counting them for the report.
     *
     * @param <R>      the result of one unit
     * @param units    the units, in the order results are returned and combined
     * @param task     computes one unit; may run on another thread
     * @param canceled answers true to stop
     * @param finished told of each finished unit, on the calling thread
     * @return the results, in unit order
     * @throws ExperimentInputException the first failed unit's input error (in unit order)
     * @throws OperationCanceledException when canceled
     */
    public <R> List<R> run(List<WorkUnit> units, WorkTask<R> task, BooleanSupplier canceled,
            WorkProgress finished) throws ExperimentInputException {
        try {
            return executor.run(units, task, (unit, seconds, done, total) -> {
                work.unitDone(unit, seconds, done, total);
                finished.unitDone(unit, seconds, done, total);
            }, canceled);
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (WorkFailedException e) {
            // the units' own messages name the pair or source; keep them as they were
            if (e.getCause() instanceof ExperimentInputException input) {
                throw input;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Runs a batch of units of a {@link PortableTask} on the run's executor: a local executor
     * computes and finishes each unit on its threads; an engine that rebuilds the run's context
     * elsewhere may compute them there ({@link PortableBinding}).
     *
     * @param <W>     what the task computes
     * @param <R>     the result of one unit
     * @param units   the units, in the order results are returned and combined
     * @param task    the task
     * @param monitor progress and cancellation
     * @return the results, in unit order
     * @throws ExperimentInputException the first failed unit's input error (in unit order)
     * @throws OperationCanceledException when canceled
     */
    public <W extends Serializable, R> List<R> runPortable(List<WorkUnit> units, PortableTask<W, R> task,
            IProgressMonitor monitor) throws ExperimentInputException {
        return run(units, new PortableBinding<>(this, task), monitor);
    }

    /**
     * A {@link PortableTask} bound to the run's own context: what the run's executor receives
     * from {@link #runPortable}. An executor that runs units elsewhere recognises it, computes
     * {@link #task()} there on a replica of the context, and hands each value to
     * {@link #finish}.
     *
     * @param <W> what the task computes
     * @param <R> the result of one unit
     */
    public static final class PortableBinding<W extends Serializable, R> implements WorkTask<R> {

        private final RunContext context;
        private final PortableTask<W, R> task;

        PortableBinding(RunContext context, PortableTask<W, R> task) {
            this.context = context;
            this.task = task;
        }

        /** @return the task, to compute units on a replica of the run's context */
        public PortableTask<W, R> task() {
            return task;
        }

        /**
         * @param unit     a unit of the batch
         * @param computed its value, computed wherever
         * @return the unit's result
         * @throws ExperimentInputException as {@link PortableTask#finish}
         */
        public R finish(WorkUnit unit, W computed) throws ExperimentInputException {
            return task.finish(context, unit, computed);
        }

        @Override
        public R run(WorkUnit unit, BooleanSupplier canceled) throws ExperimentInputException {
            return task.finish(context, unit, task.compute(context, unit, canceled));
        }
    }

    /** @return the executor of the run's units */
    public WorkExecutor executor() {
        return executor;
    }

    /** @return the units computed so far, per kind */
    public WorkTally work() {
        return work;
    }

    private String describe(SourcePair pair, String representation) {
        return "pair " + data().sourceIds().get(pair.first()) + "–" + data().sourceIds().get(pair.second()) + " ("
                + representation + ")";
    }

    /**
     * @param monitor progress and cancellation while SAEs are trained
     * @return the SAE codes of every source, trained (or loaded) on first use
     * @throws ExperimentInputException when an SAE cannot be trained or loaded
     */
    public synchronized SparseCodes codes(IProgressMonitor monitor) throws ExperimentInputException {
        if (codes == null) {
            codes = SparseCodes.build(this, monitor);
        }
        return codes;
    }

    /** @return the SAE codes when some analysis has made them */
    public synchronized Optional<SparseCodes> codesIfBuilt() {
        return Optional.ofNullable(codes);
    }

    /** @param result a finished analysis, published to the listener */
    public void finished(AnalysisResult result) {
        listener.analysisFinished(result);
    }

    /** @param note a note for the report */
    public void note(String note) {
        notes.add(note);
    }

    /** @return run-level notes */
    public List<String> notes() {
        return notes;
    }

    /**
     * @param monitor a monitor
     * @throws OperationCanceledException when it is canceled
     */
    public static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
