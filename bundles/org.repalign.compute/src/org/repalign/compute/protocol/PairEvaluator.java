package org.repalign.compute.protocol;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.stats.SampleMoments;

/**
 * Measures one pair of representations under an {@link EvaluationProtocol}: for each row subset
 * ({@link RowSubsets}) the rows of X and Y are copied once ({@link RowSelection}) and every
 * metric is computed on them with one fresh {@link MetricContext}, shared by the metrics of that
 * subsample only (its cache holds that subsample's Gram matrices and neighbour lists).
 *
 * <p><b>Seeds.</b> Subsets come from {@code seed + pairIndex}. Every context gets
 * {@code seed} itself, the same for all subsamples and pairs, so a metric's random choices
 * (tie orders) depend only on the rows it is given and the user's seed.
 *
 * <p><b>Undefined values.</b> On fewer than {@value DegenerateRows#MIN_ROWS} rows, or when every row of
 * one side is the same ({@link DegenerateRows}), no metric is computed: every value is undefined
 * with the reason, never a number that looks valid (the CKA of two rows is always 1). A NaN value
 * of a subsample is excluded from the mean and standard deviation, and the summary carries a warning "undefined on k of S subsamples" (plus the
 * metric's own reasons); see {@link MetricSummary}.
 *
 * <p><b>Errors.</b> An exception thrown by a metric (for example k ≥ m) is not caught: it is a
 * configuration error that would recur on every subsample.
 *
 * <p><b>Units.</b> {@link #evaluate} is {@link #evaluateSubset} for every subsample followed by
 * {@link #combine}; a caller may compute the subsamples separately, in any order or on other
 * threads, and combine them in subsample order with the same result.
 *
 * <p><b>Cancellation and progress.</b> {@code canceled} is checked before each subsample and
 * each metric, and handed to the metrics through their context; progress counts one unit per
 * (subsample, metric).
 */
public final class PairEvaluator {

    private PairEvaluator() {
    }

    /**
     * Evaluates with the subsets the protocol defines for {@code x.rows()} rows.
     *
     * @param x        n × d1
     * @param y        n × d2, rows paired with x
     * @param metrics  the metrics, with distinct keys
     * @param protocol the protocol
     * @param progress progress receiver
     * @param canceled answers true to stop
     * @return the evaluation
     * @throws IllegalArgumentException when the row counts differ, keys repeat, or the protocol
     *         does not fit the data
     * @throws CancellationException when canceled
     */
    public static PairEvaluation evaluate(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, ProgressListener progress, BooleanSupplier canceled) {
        checkRows(x, y);
        return evaluate(x, y, metrics, protocol, RowSubsets.of(protocol, x.rows()), progress, canceled);
    }

    /**
     * Evaluates on given subsets, for instance ones read back from an earlier run.
     *
     * @param x        n × d1
     * @param y        n × d2
     * @param metrics  the metrics, with distinct keys
     * @param protocol the protocol (its seed, tie rule and CKA clamp are used)
     * @param subsets  subsets drawn for n rows
     * @param progress progress receiver
     * @param canceled answers true to stop
     * @return the evaluation
     */
    public static PairEvaluation evaluate(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, ProgressListener progress, BooleanSupplier canceled) {
        return evaluate(x, y, metrics, protocol, subsets, 1, progress, canceled);
    }

    /**
     * Evaluates on given subsets, up to {@code threads} subsamples at once. Each subsample is
     * computed exactly as alone ({@link #evaluateSubset}) and the subsamples are combined in
     * subsample order, so the result is the same for every thread count (only the times differ).
     *
     * @param x        n × d1
     * @param y        n × d2
     * @param metrics  the metrics, with distinct keys
     * @param protocol the protocol (its seed, tie rule and CKA clamp are used)
     * @param subsets  subsets drawn for n rows
     * @param threads  how many subsamples may run at once, at least 1
     * @param progress progress receiver, called from one thread at a time
     * @param canceled answers true to stop
     * @return the evaluation
     * @throws IllegalArgumentException as {@link #evaluate(RowMatrix, RowMatrix, List, EvaluationProtocol,
     *         ProgressListener, BooleanSupplier)}, or when threads &lt; 1
     * @throws CancellationException when canceled
     */
    public static PairEvaluation evaluate(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, int threads, ProgressListener progress,
            BooleanSupplier canceled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        long start = System.nanoTime();
        checkInputs(x, y, metrics, subsets);
        int count = subsets.count();
        long total = (long) count * metrics.size();
        long[] done = {0};
        Runnable afterMetric = () -> {
            synchronized (done) {
                progress.progressed(++done[0], total);
            }
        };
        SubsetValues[] perSubset = new SubsetValues[count];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ParallelRanges.run(Math.min(threads, count), (part, parts) -> {
            for (int s = next.getAndIncrement(); s < count && !failed.get(); s = next.getAndIncrement()) {
                try {
                    perSubset[s] = evaluateSubset(x, y, metrics, protocol, subsets, s, canceled, afterMetric);
                } catch (RuntimeException | Error e) {
                    failed.set(true); // the other threads take no further subsample
                    throw e;
                }
            }
        });
        return combine(metrics, protocol, subsets, List.of(perSubset), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Every metric on one subsample of a pair, with its values, tie shares, warnings and times per
     * metric in metric order: one unit of a pair evaluation, which {@link #combine} summarises.
     *
     * @param values    per metric its value on the subsample (NaN when undefined)
     * @param tieShares per metric its tie share
     * @param warnings  per metric its warnings
     * @param nanos     per metric the nanoseconds it took
     */
    public record SubsetValues(double[] values, double[] tieShares, List<List<String>> warnings, long[] nanos)
            implements Serializable {
    }

    /**
     * Evaluates every metric on subsample {@code s} alone, exactly as {@link #evaluate} does
     * within a whole evaluation.
     *
     * @param x        n × d1
     * @param y        n × d2
     * @param metrics  the metrics, with distinct keys
     * @param protocol the protocol (its seed, tie rule and CKA clamp are used)
     * @param subsets  the pair's subsets
     * @param s        the subsample, in [0, subsets.count())
     * @param canceled answers true to stop
     * @return the values of that subsample
     * @throws IllegalArgumentException as {@link #evaluate}
     * @throws CancellationException when canceled
     */
    public static SubsetValues evaluateSubset(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, int s, BooleanSupplier canceled) {
        checkInputs(x, y, metrics, subsets);
        return evaluateSubset(x, y, metrics, protocol, subsets, s, canceled, () -> {
        });
    }

    private static SubsetValues evaluateSubset(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, int s, BooleanSupplier canceled, Runnable afterMetric) {
        int metricCount = metrics.size();
        double[] values = new double[metricCount];
        double[] tieShares = new double[metricCount];
        long[] nanos = new long[metricCount];
        List<List<String>> warnings = new ArrayList<>();
        checkCanceled(canceled);
        RowMatrix xs = subsets.wholeMatrix() ? x : RowSelection.of(x, subsets.subset(s));
        RowMatrix ys = subsets.wholeMatrix() ? y : RowSelection.of(y, subsets.subset(s));
        MetricContext context = new MetricContext(protocol.seed(), protocol.ties(), protocol.ckaEpsilon(), canceled);
        String degenerate = DegenerateRows.reason(xs, ys);
        for (int k = 0; k < metricCount; k++) {
            checkCanceled(canceled);
            long before = System.nanoTime();
            MetricValue value = degenerate != null ? MetricValue.undefined(degenerate)
                    : metrics.get(k).compute(xs, ys, context);
            nanos[k] = System.nanoTime() - before;
            values[k] = value.value();
            tieShares[k] = value.tieShare();
            warnings.add(List.copyOf(value.warnings()));
            afterMetric.run();
        }
        return new SubsetValues(values, tieShares, warnings, nanos);
    }

    /**
     * Summarises the subsamples of one pair, in subsample order, into its evaluation: the same
     * summary {@link #evaluate} gives.
     *
     * @param metrics   the metrics the values were computed with
     * @param protocol  the protocol
     * @param subsets   the pair's subsets
     * @param perSubset one entry per subsample, in subsample order
     * @param seconds   the wall time to report
     * @return the evaluation
     * @throws IllegalArgumentException when there is not one entry per subsample
     */
    public static PairEvaluation combine(List<? extends AlignmentMetric> metrics, EvaluationProtocol protocol,
            RowSubsets subsets, List<SubsetValues> perSubset, double seconds) {
        int count = subsets.count();
        if (perSubset.size() != count) {
            throw new IllegalArgumentException(perSubset.size() + " subsample values for " + count + " subsamples");
        }
        int metricCount = metrics.size();
        double[][] values = new double[metricCount][count];
        double[][] tieShares = new double[metricCount][count];
        long[] nanos = new long[metricCount];
        List<Map<String, List<Integer>>> warnings = new ArrayList<>();
        for (int k = 0; k < metricCount; k++) {
            warnings.add(new LinkedHashMap<>());
        }
        for (int s = 0; s < count; s++) {
            SubsetValues subset = perSubset.get(s);
            for (int k = 0; k < metricCount; k++) {
                nanos[k] += subset.nanos()[k];
                values[k][s] = subset.values()[k];
                tieShares[k][s] = subset.tieShares()[k];
                for (String warning : subset.warnings().get(k)) {
                    warnings.get(k).computeIfAbsent(warning, w -> new ArrayList<>()).add(s);
                }
            }
        }
        List<MetricSummary> summaries = new ArrayList<>();
        for (int k = 0; k < metricCount; k++) {
            AlignmentMetric metric = metrics.get(k);
            SampleMoments moments = SampleMoments.ofDefined(values[k]);
            List<String> notes = new ArrayList<>();
            if (moments.count() < count) {
                notes.add("undefined on " + (count - moments.count()) + " of " + count
                        + " subsamples; mean and sd are over the defined values only");
            }
            for (Map.Entry<String, List<Integer>> entry : warnings.get(k).entrySet()) {
                notes.add(entry.getValue().size() == count ? entry.getKey()
                        : entry.getKey() + " (subsamples " + entry.getValue() + ")");
            }
            summaries.add(new MetricSummary(metric.spec().key(), metric.direction(), values[k], moments.count(),
                    moments.mean(), moments.standardDeviation(), SampleMoments.ofDefined(tieShares[k]).mean(), notes,
                    nanos[k] / 1e9));
        }
        return new PairEvaluation(protocol, subsets, summaries, seconds);
    }

    private static void checkInputs(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            RowSubsets subsets) {
        checkRows(x, y);
        if (subsets.rows() != x.rows()) {
            throw new IllegalArgumentException("subsets were drawn for " + subsets.rows() + " rows, the matrices have "
                    + x.rows());
        }
        checkKeys(metrics);
    }

    static void checkRows(RowMatrix x, RowMatrix y) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but y has " + y.rows()
                    + "; the rows of a pair must be the same items");
        }
    }

    static void checkCanceled(BooleanSupplier canceled) {
        if (canceled.getAsBoolean()) {
            throw new CancellationException("canceled");
        }
    }

    private static void checkKeys(List<? extends AlignmentMetric> metrics) {
        Set<String> keys = new HashSet<>();
        for (AlignmentMetric metric : metrics) {
            if (!keys.add(metric.spec().key())) {
                throw new IllegalArgumentException("metric '" + metric.spec().key() + "' is listed twice");
            }
        }
    }
}
