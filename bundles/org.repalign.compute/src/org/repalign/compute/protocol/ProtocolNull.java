package org.repalign.compute.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * The row-permutation null of a protocol's value, the mean over subsamples: every subsample is
 * evaluated again with its rows of Y shuffled, P times, and the null value of permutation p is
 * the mean over subsamples of the shuffled values, defined ones only, as the observed mean is
 * taken ({@link PairEvaluator}). A null on one subsample ({@link PermutationNull}) describes one
 * subsample's value, whose spread is larger than the mean's; this one describes the value that
 * is reported.
 *
 * <p><b>Seeds.</b> Unit (s, p), subsample s shuffled for permutation p, draws its shuffle from a
 * {@link SplitMix64} seeded with {@code mix(mix(base + s) + p)}, where base is
 * {@link PermutationSettings#forPair}'s shuffle seed: a unit's shuffle depends on its identity
 * alone, never on the thread or the order in which units run. Every unit's metrics share one
 * {@link MetricContext} seeded with the protocol's seed, as the observed subsample's do.
 *
 * <p><b>Statistics</b> as {@link PermutationResult#of}: p = (1 + #{null at least as good as
 * observed}) / (P′ + 1), never below 1/(P′ + 1) (Phipson and Smyth 2010).
 */
public final class ProtocolNull {

    private ProtocolNull() {
    }

    /**
     * @param x            n × d1, as evaluated
     * @param y            n × d2, as evaluated; its rows are shuffled within each subsample
     * @param metrics      the metrics, in the evaluation's order
     * @param evaluation   the evaluation whose means are the observed values
     * @param permutations P ≥ 1
     * @param threads      how many units may run at once, at least 1
     * @param progress     progress receiver (S × P units), called from one thread at a time
     * @param canceled     answers true to stop
     * @return per metric, in order, its observed mean against the null of the mean
     * @throws IllegalArgumentException when the metrics are not the evaluation's, P &lt; 1 or
     *                                  threads &lt; 1
     * @throws CancellationException when canceled
     */
    public static List<PermutationResult> run(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            PairEvaluation evaluation, int permutations, int threads, ProgressListener progress,
            BooleanSupplier canceled) {
        if (permutations < 1 || threads < 1) {
            throw new IllegalArgumentException("permutations and threads must be at least 1, got " + permutations
                    + " and " + threads);
        }
        List<MetricSummary> observed = evaluation.metrics();
        if (observed.size() != metrics.size()) {
            throw new IllegalArgumentException(metrics.size() + " metrics given for an evaluation of "
                    + observed.size());
        }
        for (int k = 0; k < metrics.size(); k++) {
            if (!metrics.get(k).spec().key().equals(observed.get(k).key())) {
                throw new IllegalArgumentException("metric " + k + " is '" + metrics.get(k).spec().key()
                        + "', the evaluation's is '" + observed.get(k).key() + "'");
            }
        }
        PairEvaluator.checkRows(x, y);
        EvaluationProtocol protocol = evaluation.protocol();
        RowSubsets subsets = evaluation.subsets();
        int count = subsets.count();
        // values[s][p][k]: metric k on subsample s after shuffle p
        double[][][] values = new double[count][permutations][];
        int units = Math.multiplyExact(count, permutations);
        long base = baseSeed(protocol);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        long[] done = { 0 };
        ParallelRanges.run(Math.min(threads, units), (part, parts) -> {
            for (int u = next.getAndIncrement(); u < units && !failed.get(); u = next.getAndIncrement()) {
                int s = u / permutations;
                int p = u % permutations;
                try {
                    values[s][p] = shuffledValues(x, y, metrics, protocol, subsets, s, unitSeed(base, s, p),
                            canceled);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
                synchronized (done) {
                    progress.progressed(++done[0], units);
                }
            }
        });
        return combine(evaluation, values);
    }

    /**
     * The null values of one subsample: its P shuffles, one after the other, every metric on
     * each. Together with {@link #combine} the same numbers as {@link #run}, for callers that
     * spread the subsamples over their own units (an experiment's work units).
     *
     * @param x            n × d1, as evaluated
     * @param y            n × d2, as evaluated
     * @param metrics      the metrics, in the evaluation's order
     * @param protocol     the evaluation's protocol
     * @param subsets      the evaluation's subsets
     * @param subsample    s, in [0, subsets.count())
     * @param permutations P ≥ 1
     * @param canceled     answers true to stop
     * @return values[p][k]: metric k on subsample s after shuffle p (NaN where undefined)
     * @throws IllegalArgumentException when P &lt; 1, s is outside the subsets or a metric does
     *                                  not fit the rows
     * @throws CancellationException when canceled
     */
    public static double[][] subsample(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, int subsample, int permutations,
            BooleanSupplier canceled) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + permutations);
        }
        if (subsample < 0 || subsample >= subsets.count()) {
            throw new IllegalArgumentException("subsample " + subsample + " of " + subsets.count());
        }
        PairEvaluator.checkRows(x, y);
        long base = baseSeed(protocol);
        double[][] values = new double[permutations][];
        for (int p = 0; p < permutations; p++) {
            values[p] = shuffledValues(x, y, metrics, protocol, subsets, subsample, unitSeed(base, subsample, p),
                    canceled);
        }
        return values;
    }

    /**
     * Combines the shuffled values of every subsample into the null of the reported mean: null
     * value p is the mean over subsamples of the defined values of shuffle p.
     *
     * @param evaluation the evaluation whose means are the observed values
     * @param values     values[s][p][k] for every subsample s of the evaluation
     * @return per metric, in order, its observed mean against the null of the mean
     * @throws IllegalArgumentException when the values do not match the evaluation's subsamples
     *                                  and metrics, or hold fewer than one permutation
     */
    public static List<PermutationResult> combine(PairEvaluation evaluation, double[][][] values) {
        List<MetricSummary> observed = evaluation.metrics();
        int count = evaluation.subsets().count();
        if (values.length != count || count == 0) {
            throw new IllegalArgumentException(values.length + " subsamples of null values for an evaluation of "
                    + count);
        }
        int permutations = values[0].length;
        if (permutations < 1) {
            throw new IllegalArgumentException("no permutations");
        }
        for (double[][] subsample : values) {
            if (subsample.length != permutations) {
                throw new IllegalArgumentException("every subsample needs " + permutations + " permutations");
            }
            for (double[] shuffle : subsample) {
                if (shuffle.length != observed.size()) {
                    throw new IllegalArgumentException(shuffle.length + " null values for " + observed.size()
                            + " metrics");
                }
            }
        }
        List<PermutationResult> results = new ArrayList<>(observed.size());
        for (int k = 0; k < observed.size(); k++) {
            double[] nulls = new double[permutations];
            for (int p = 0; p < permutations; p++) {
                double sum = 0;
                int defined = 0;
                for (int s = 0; s < count; s++) {
                    double value = values[s][p][k];
                    if (!Double.isNaN(value)) {
                        sum += value;
                        defined++;
                    }
                }
                nulls[p] = defined == 0 ? Double.NaN : sum / defined;
            }
            MetricSummary summary = observed.get(k);
            results.add(PermutationResult.of(summary.key(), summary.direction(), summary.mean(), nulls, List.of()));
        }
        return results;
    }

    /**
     * @param protocol the evaluation's protocol
     * @return base, the seed every unit's seed derives from: {@link PermutationSettings#forPair}'s
     *         shuffle seed, mix(subsample seed), the same for every P
     */
    public static long baseSeed(EvaluationProtocol protocol) {
        return PermutationSettings.forPair(protocol, 1).permutationSeed();
    }

    /**
     * @return the seed of unit (s, p): {@code mix(mix(base + s) + p)}
     */
    static long unitSeed(long base, int subsample, int permutation) {
        return SplitMix64.mix(SplitMix64.mix(base + subsample) + permutation);
    }

    private static double[] shuffledValues(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, int s, long seed, BooleanSupplier canceled) {
        PairEvaluator.checkCanceled(canceled);
        int[] rows = subsets.subset(s); // every row, in order, for the whole matrix
        int[] order = Shuffles.permutation(rows.length, new SplitMix64(seed));
        int[] shuffled = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            shuffled[i] = rows[order[i]];
        }
        RowMatrix xs = subsets.wholeMatrix() ? x : RowSelection.of(x, rows);
        RowMatrix ys = RowSelection.of(y, shuffled);
        MetricContext context = new MetricContext(protocol.seed(), protocol.ties(), protocol.ckaEpsilon(), canceled);
        String degenerate = DegenerateRows.reason(xs, ys);
        double[] result = new double[metrics.size()];
        for (int k = 0; k < metrics.size(); k++) {
            PairEvaluator.checkCanceled(canceled);
            result[k] = degenerate != null ? Double.NaN : metrics.get(k).compute(xs, ys, context).value();
        }
        return result;
    }
}
