package org.repalign.compute.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.stats.SampleMoments;

/**
 * Alignment over every pair of layers of two sources, and the permutation null of the best
 * layer pair.
 * <p>
 * Every cell (layer a of A, layer b of B) is evaluated by {@link PairEvaluator} on the same row
 * subsets. With P &gt; 0 permutations, every cell also gets its {@link PermutationNull} with the
 * same {@link PermutationSettings#forPair} seeds, so permutation p is the same row order of B in
 * every cell; the null of the best value is, per permutation, the best null value over the
 * whole grid ({@link LayerMaxNull}). The best of many cells is larger than a typical cell even
 * without any alignment, so only this null says whether the best layer pair is better than
 * chance once the choice of the pair is accounted for; a cell's own null does not. The nulls
 * are computed on the whole matrices, or on the first subsample when the protocol subsamples.
 * <p>
 * Inputs are already preprocessed, each layer on its own. The result does not depend on the
 * thread count or the order in which cells are computed.
 */
public final class LayerSweep {

    private LayerSweep() {
    }

    /**
     * Evaluates every cell, up to {@code threads} cells at once, and combines them.
     *
     * @param layersA      the layers of A, each n × d_a
     * @param layersB      the layers of B, each n × d_b, rows paired with A's
     * @param metrics      the metrics, with distinct keys
     * @param protocol     the protocol
     * @param permutations P, 0 for no null
     * @param threads      cells computed at once, at least 1
     * @param progress     progress in cells done out of L_A · L_B
     * @param canceled     answers true to stop
     * @return one grid per metric, in metric order
     * @throws IllegalArgumentException when a list is empty, row counts differ, or the protocol
     *                                  does not fit the data
     * @throws CancellationException    when canceled
     */
    public static List<LayerGrid> run(List<? extends RowMatrix> layersA, List<? extends RowMatrix> layersB,
            List<? extends AlignmentMetric> metrics, EvaluationProtocol protocol, int permutations, int threads,
            ProgressListener progress, BooleanSupplier canceled) {
        if (layersA.isEmpty() || layersB.isEmpty()) {
            throw new IllegalArgumentException("a layer sweep needs at least one layer on each side");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int rows = layersA.get(0).rows();
        for (RowMatrix layer : layersA) {
            requireRows(layer, rows);
        }
        for (RowMatrix layer : layersB) {
            requireRows(layer, rows);
        }
        RowSubsets subsets = RowSubsets.of(protocol, rows);
        int la = layersA.size();
        int lb = layersB.size();
        int total = la * lb;
        LayerCellResult[][] cells = new LayerCellResult[la][lb];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ParallelRanges.run(Math.min(threads, total), (part, parts) -> {
            for (int c = next.getAndIncrement(); c < total && !failed.get(); c = next.getAndIncrement()) {
                try {
                    cells[c / lb][c % lb] = cell(layersA.get(c / lb), layersB.get(c % lb), metrics, protocol, subsets,
                            permutations, 1, canceled);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
                synchronized (done) {
                    progress.progressed(done.incrementAndGet(), total);
                }
            }
        });
        return combine(metrics, cells);
    }

    /**
     * One cell: every metric on one layer of A and one of B; a unit of work that
     * {@link #combine} assembles. Its result depends only on its inputs.
     *
     * @param a            a layer of A, n × d_a
     * @param b            a layer of B, n × d_b
     * @param metrics      the metrics, with distinct keys
     * @param protocol     the protocol
     * @param subsets      the subsets, the same for every cell of the sweep
     * @param permutations P, 0 for no null
     * @param threads      subsamples computed at once, at least 1
     * @param canceled     answers true to stop
     * @return the cell's summaries and nulls
     * @throws CancellationException when canceled
     */
    public static LayerCellResult cell(RowMatrix a, RowMatrix b, List<? extends AlignmentMetric> metrics,
            EvaluationProtocol protocol, RowSubsets subsets, int permutations, int threads, BooleanSupplier canceled) {
        PairEvaluation evaluation = PairEvaluator.evaluate(a, b, metrics, protocol, subsets, threads,
                ProgressListener.NONE, canceled);
        List<PermutationResult> nulls = new ArrayList<>();
        if (permutations > 0) {
            RowMatrix nullA = a;
            RowMatrix nullB = b;
            if (!subsets.wholeMatrix()) {
                int[] rows = subsets.subset(0);
                nullA = RowSelection.of(a, rows);
                nullB = RowSelection.of(b, rows);
            }
            PermutationSettings settings = PermutationSettings.forPair(protocol, permutations);
            for (AlignmentMetric metric : metrics) {
                nulls.add(PermutationNull.run(nullA, nullB, metric, settings, ProgressListener.NONE, canceled));
            }
        }
        return new LayerCellResult(evaluation.metrics(), nulls);
    }

    /**
     * Assembles the cells into one grid per metric.
     *
     * @param metrics the metrics the cells were computed with
     * @param cells   [layer of A][layer of B], every cell computed with the same metrics, subsets
     *                and permutation count
     * @return one grid per metric, in metric order
     * @throws IllegalArgumentException when the cells do not match each other or the metrics
     */
    public static List<LayerGrid> combine(List<? extends AlignmentMetric> metrics, LayerCellResult[][] cells) {
        int la = cells.length;
        int lb = la == 0 ? 0 : cells[0].length;
        if (la == 0 || lb == 0) {
            throw new IllegalArgumentException("no cells to combine");
        }
        boolean withNulls = !cells[0][0].nulls().isEmpty();
        for (LayerCellResult[] row : cells) {
            if (row.length != lb) {
                throw new IllegalArgumentException("the cell rows differ in length");
            }
            for (LayerCellResult cell : row) {
                if (cell.summaries().size() != metrics.size() || cell.nulls().isEmpty() == withNulls) {
                    throw new IllegalArgumentException("a cell was computed with other metrics or permutations");
                }
            }
        }
        List<LayerGrid> grids = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            grids.add(grid(metrics.get(m), m, cells, withNulls));
        }
        return grids;
    }

    private static LayerGrid grid(AlignmentMetric metric, int m, LayerCellResult[][] cells, boolean withNulls) {
        int la = cells.length;
        int lb = cells[0].length;
        Direction direction = metric.direction();
        double[][] values = new double[la][lb];
        double[][] sd = new double[la][lb];
        int bestA = -1;
        int bestB = -1;
        double best = Double.NaN;
        Set<String> warnings = new LinkedHashSet<>();
        for (int a = 0; a < la; a++) {
            for (int b = 0; b < lb; b++) {
                MetricSummary summary = cells[a][b].summaries().get(m);
                if (!summary.key().equals(metric.spec().key())) {
                    throw new IllegalArgumentException("cell (" + a + ", " + b + ") holds metric " + summary.key()
                            + " where " + metric.spec().key() + " was expected");
                }
                values[a][b] = summary.mean();
                sd[a][b] = summary.standardDeviation();
                if (isBetter(direction, summary.mean(), best)) {
                    best = summary.mean();
                    bestA = a;
                    bestB = b;
                }
                for (String warning : summary.warnings()) {
                    warnings.add("layers " + a + " x " + b + ": " + warning);
                }
            }
        }
        LayerMaxNull maxNull = withNulls ? maxNull(direction, m, cells, warnings) : null;
        return new LayerGrid(metric.spec().key(), direction, values, sd, bestA, bestB, best, maxNull,
                List.copyOf(warnings));
    }

    private static LayerMaxNull maxNull(Direction direction, int m, LayerCellResult[][] cells, Set<String> warnings) {
        int permutations = cells[0][0].nulls().get(m).nullValues().length;
        double[] maxima = new double[permutations];
        java.util.Arrays.fill(maxima, Double.NaN);
        double observed = Double.NaN;
        for (int a = 0; a < cells.length; a++) {
            for (int b = 0; b < cells[a].length; b++) {
                PermutationResult cellNull = cells[a][b].nulls().get(m);
                double[] nulls = cellNull.nullValues();
                if (nulls.length != permutations) {
                    throw new IllegalArgumentException("cells were computed with different permutation counts");
                }
                if (isBetter(direction, cellNull.observed(), observed)) {
                    observed = cellNull.observed();
                }
                for (int p = 0; p < permutations; p++) {
                    if (isBetter(direction, nulls[p], maxima[p])) {
                        maxima[p] = nulls[p];
                    }
                }
                for (String warning : cellNull.warnings()) {
                    warnings.add("layers " + a + " x " + b + " null: " + warning);
                }
            }
        }
        SampleMoments moments = SampleMoments.ofDefined(maxima);
        double p = Double.NaN;
        if (!Double.isNaN(observed)) {
            int asGood = 0;
            for (double maximum : maxima) {
                if (!Double.isNaN(maximum) && direction.atLeastAsGood(maximum, observed)) {
                    asGood++;
                }
            }
            p = (1.0 + asGood) / (moments.count() + 1.0);
        }
        return new LayerMaxNull(permutations, moments.count(), observed, maxima, moments.mean(),
                moments.standardDeviation(), p);
    }

    /** Whether a defined candidate beats the current best (NaN when none yet); ties keep the first. */
    private static boolean isBetter(Direction direction, double candidate, double current) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(current)) {
            return true;
        }
        return direction == Direction.HIGHER_IS_BETTER ? candidate > current : candidate < current;
    }

    private static void requireRows(RowMatrix layer, int rows) {
        if (layer.rows() != rows) {
            throw new IllegalArgumentException("a layer has " + layer.rows() + " rows where the first has " + rows
                    + "; every layer must hold the same items");
        }
    }
}
