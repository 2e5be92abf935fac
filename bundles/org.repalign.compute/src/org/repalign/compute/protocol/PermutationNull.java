package org.repalign.compute.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * A row-permutation null for any metric: the rows of Y are shuffled P times, which breaks the
 * pairing of items while keeping each representation intact, and the metric is recomputed.
 *
 * <p><b>Seeds.</b> One {@link SplitMix64} generator is seeded with
 * {@link PermutationSettings#permutationSeed()}; permutation p = 0, 1, …, P−1 is the next full
 * Fisher–Yates shuffle of [0, n) from that stream ({@link Shuffles#permutation}), and shuffled
 * row i is Y's row {@code perm[i]}. X is never shuffled. The observed value and every null value
 * get a fresh {@link MetricContext} seeded with {@link PermutationSettings#metricSeed()}.
 *
 * <p><b>Statistics.</b> Undefined null values are excluded (with a warning). z uses the sample
 * standard deviation (n − 1); p = (1 + #{null at least as good as observed}) / (P′ + 1) with P′
 * the defined null values (Phipson and Smyth 2010), so it is never 0.
 *
 * <p>Runs on the matrices it is given: to follow the subsampling protocol, pass the rows of one
 * subsample ({@link RowSelection}). {@code canceled} is checked before each permutation and
 * handed to the metric; progress counts the observed value and each permutation.
 */
public final class PermutationNull {

    private PermutationNull() {
    }

    /**
     * @param x        n × d1
     * @param y        n × d2, rows paired with x; its rows are shuffled
     * @param metric   the metric
     * @param settings P, seeds, tie rule and CKA clamp
     * @param progress progress receiver (P + 1 units)
     * @param canceled answers true to stop
     * @return the observed value and its null
     * @throws IllegalArgumentException when the row counts differ
     * @throws CancellationException when canceled
     */
    public static PermutationResult run(RowMatrix x, RowMatrix y, AlignmentMetric metric, PermutationSettings settings,
            ProgressListener progress, BooleanSupplier canceled) {
        PairEvaluator.checkRows(x, y);
        int permutations = settings.permutations();
        long total = permutations + 1L;
        List<String> warnings = new ArrayList<>();
        PairEvaluator.checkCanceled(canceled);
        MetricValue observedValue = metric.compute(x, y, newContext(settings, canceled));
        double observed = observedValue.value();
        for (String warning : observedValue.warnings()) {
            warnings.add("observed: " + warning);
        }
        progress.progressed(1, total);
        SplitMix64 rng = new SplitMix64(settings.permutationSeed());
        double[] nulls = new double[permutations];
        for (int p = 0; p < permutations; p++) {
            PairEvaluator.checkCanceled(canceled);
            int[] order = Shuffles.permutation(y.rows(), rng);
            RowMatrix shuffled = RowSelection.of(y, order);
            nulls[p] = metric.compute(x, shuffled, newContext(settings, canceled)).value();
            progress.progressed(p + 2L, total);
        }
        return PermutationResult.of(metric.spec().key(), metric.direction(), observed, nulls, warnings);
    }

    /**
     * {@link #run} for several metrics at once: each permutation shuffles the rows once, and all
     * metrics are computed on it in one {@link MetricContext}, so that they share its Gram
     * matrices, decompositions and neighbour lists. Every metric sees the permutations
     * {@link #run} would give it (the stream is the same), and its results equal that method's.
     *
     * @param x        n × d1
     * @param y        n × d2, rows paired with x; its rows are shuffled
     * @param metrics  the metrics
     * @param settings P, seeds, tie rule and CKA clamp
     * @param progress progress receiver (P + 1 units)
     * @param canceled answers true to stop
     * @return per metric, in order, its observed value and null
     * @throws IllegalArgumentException when the row counts differ
     * @throws CancellationException when canceled
     */
    public static List<PermutationResult> runAll(RowMatrix x, RowMatrix y, List<? extends AlignmentMetric> metrics,
            PermutationSettings settings, ProgressListener progress, BooleanSupplier canceled) {
        PairEvaluator.checkRows(x, y);
        int permutations = settings.permutations();
        long total = permutations + 1L;
        int count = metrics.size();
        double[] observed = new double[count];
        List<List<String>> warnings = new ArrayList<>();
        PairEvaluator.checkCanceled(canceled);
        MetricContext context = newContext(settings, canceled);
        for (int k = 0; k < count; k++) {
            MetricValue value = metrics.get(k).compute(x, y, context);
            observed[k] = value.value();
            List<String> notes = new ArrayList<>();
            for (String warning : value.warnings()) {
                notes.add("observed: " + warning);
            }
            warnings.add(notes);
        }
        progress.progressed(1, total);
        SplitMix64 rng = new SplitMix64(settings.permutationSeed());
        double[][] nulls = new double[count][permutations];
        for (int p = 0; p < permutations; p++) {
            PairEvaluator.checkCanceled(canceled);
            RowMatrix shuffled = RowSelection.of(y, Shuffles.permutation(y.rows(), rng));
            MetricContext shuffledContext = newContext(settings, canceled);
            for (int k = 0; k < count; k++) {
                nulls[k][p] = metrics.get(k).compute(x, shuffled, shuffledContext).value();
            }
            progress.progressed(p + 2L, total);
        }
        List<PermutationResult> results = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            AlignmentMetric metric = metrics.get(k);
            results.add(PermutationResult.of(metric.spec().key(), metric.direction(), observed[k], nulls[k],
                    warnings.get(k)));
        }
        return results;
    }

    private static MetricContext newContext(PermutationSettings settings, BooleanSupplier canceled) {
        return new MetricContext(settings.metricSeed(), settings.ties(), settings.ckaEpsilon(), canceled);
    }
}
