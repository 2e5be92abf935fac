package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.data.PreparedSources;
import org.repalign.analysis.results.AnalysisResult;
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

/**
 * The shared state of one run: the plan, the prepared matrices, the metrics, the pair
 * evaluations measured so far and the SAE codes. Pair evaluations are cached by
 * representation ({@code raw}, {@code centered}, {@code sparse}, …) so that an analysis that
 * needs what another one measured (signal's dense side is bias's centered side) reuses it, on
 * exactly the same subsamples.
 */
public final class RunContext {

    /** The representation id of the truncated SAE codes. */
    public static final String SPARSE = "sparse";

    private final ExperimentPlan plan;
    private final PreparedSources prepared;
    private final List<AlignmentMetric> metrics;
    private final RunListener listener;
    private final Map<String, PairEvaluation> evaluations = new HashMap<>();
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
        this.plan = plan;
        this.prepared = new PreparedSources(data);
        this.listener = listener;
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
        String key = representation + "/" + pair.index();
        PairEvaluation cached = evaluations.get(key);
        if (cached != null) {
            return cached;
        }
        RowMatrix x = matrix(pair.first(), representation, monitor);
        RowMatrix y = matrix(pair.second(), representation, monitor);
        PairEvaluation evaluation = measure(x, y, protocol(pair), monitor, describe(pair, representation));
        evaluations.put(key, evaluation);
        return evaluation;
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
        try {
            return PairEvaluator.evaluate(x, y, metrics, protocol, ProgressListener.NONE, monitor::isCanceled);
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(what + ": " + e.getMessage(), e);
        }
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
