package org.repalign.ui.providers;

import java.util.List;
import java.util.Set;

import org.repalign.analysis.results.RunResults;
import org.repalign.compute.metrics.Direction;
import org.repalign.ui.internal.AlignmentMatrices;
import org.repalign.ui.internal.AlignmentMatrices.Representation;

/**
 * The data provider of the bias and signal analyses: their pair rows as sources × sources
 * matrices, per metric and representation ({@code raw} and {@code centered} from bias, {@code
 * dense} and {@code sparse} from signal), and the differences between the two representations
 * of one analysis. Cells (i, j) and (j, i) hold the report's value of the pair; nothing is
 * computed beyond placing the numbers and ordering the sources.
 */
public final class MatrixDataProvider implements DataProvider {

    /** The orders the sources can be shown in. */
    public enum Order {
        /** as the experiment lists them */
        EXPERIMENT,
        /** by each source's mean alignment, best aligned first */
        MEAN,
        /** average-linkage clustering's leaf order */
        CLUSTERED
    }

    /** A provider for the extension registry. */
    public MatrixDataProvider() {
    }

    @Override
    public Set<String> analyses() {
        return Set.of("bias", "signal");
    }

    /**
     * @param run a run
     * @return the representations the run measured, {@code raw, centered} for bias and {@code dense, sparse} for signal
     */
    public List<String> representations(RunResults run) {
        return AlignmentMatrices.available(run).stream().map(Representation::id).toList();
    }

    /**
     * @param run            a run
     * @param metric         a metric key of the run
     * @param representation one of {@link #representations}
     * @param order          the order of the sources
     * @return the matrix, sources reordered as asked, each cell noted with the value's 95% interval
     *         when the run has one
     * @throws IllegalArgumentException for an unknown representation
     */
    public MatrixModel values(RunResults run, String metric, String representation, Order order) {
        Representation chosen = Representation.valueOf(representation.toUpperCase(java.util.Locale.ROOT));
        return ordered(run, AlignmentMatrices.values(run, metric, chosen),
                AlignmentMatrices.valueNotes(run, metric, chosen), run.direction(metric), order);
    }

    private static MatrixModel ordered(RunResults run, double[][] values, String[][] notes, Direction direction,
            Order order) {
        List<String> labels = run.sources();
        if (order != Order.EXPERIMENT) {
            int[] permutation = order == Order.MEAN ? AlignmentMatrices.orderByMean(values, direction)
                    : AlignmentMatrices.orderByClustering(values, direction);
            values = AlignmentMatrices.permute(values, permutation);
            notes = AlignmentMatrices.permute(notes, permutation);
            labels = AlignmentMatrices.permute(labels, permutation);
        }
        return new MatrixModel(labels, values, notes);
    }

    /**
     * @param run            a run
     * @param metric         a metric key of the run
     * @param representation one of {@link #representations}
     * @return whether the run has calibrated scores of those values (the nulls analysis ran)
     */
    public boolean hasCalibrated(RunResults run, String metric, String representation) {
        return run != null && AlignmentMatrices.hasNulls(run, metric,
                Representation.valueOf(representation.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * @param run            a run
     * @param metric         a metric key of the run
     * @param representation one of {@link #representations}
     * @param order          the order of the sources, by the calibrated scores
     * @return the calibrated scores of the nulls analysis, each cell noted with its value, null
     *         mean and sd, z, p and q
     * @throws IllegalArgumentException for an unknown representation
     */
    public MatrixModel calibrated(RunResults run, String metric, String representation, Order order) {
        Representation chosen = Representation.valueOf(representation.toUpperCase(java.util.Locale.ROOT));
        return ordered(run, AlignmentMatrices.calibrated(run, metric, chosen),
                AlignmentMatrices.nullNotes(run, metric, chosen), Direction.HIGHER_IS_BETTER, order);
    }

    /**
     * @param run    a run
     * @param metric a metric key of the run
     * @param signal {@code true} for sparse against dense (signal), {@code false} for centered against raw (bias)
     * @return the report's sign-corrected deltas in experiment order, each cell noted with the two values it is made of
     */
    public MatrixModel deltas(RunResults run, String metric, boolean signal) {
        String first = signal ? "dense" : "raw";
        String second = signal ? "sparse" : "centered";
        return new MatrixModel(run.sources(), AlignmentMatrices.deltas(run, metric, signal),
                AlignmentMatrices.pairNotes(run, metric, signal, first, second));
    }

    /**
     * @param run    a run
     * @param signal {@code true} for the signal analysis, {@code false} for bias
     * @return whether the run has rows of that analysis
     */
    public boolean ran(RunResults run, boolean signal) {
        return run != null && !(signal ? run.signal() : run.bias()).isEmpty();
    }
}
