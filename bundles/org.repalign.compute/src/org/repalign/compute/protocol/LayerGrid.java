package org.repalign.compute.protocol;

import java.util.List;

import org.repalign.compute.metrics.Direction;

/**
 * One metric over every pair of layers of two sources: the L_A × L_B matrix of values, the best
 * cell, and optionally the permutation null of the best value.
 *
 * @param metricKey the metric's key
 * @param direction whether higher or lower values mean more aligned
 * @param values    [layer of A][layer of B]: the mean over the subsamples (NaN when undefined)
 * @param sd        [layer of A][layer of B]: the standard deviation over the subsamples (NaN
 *                  without subsampling)
 * @param bestA     the layer of A of the best cell (the first in row-major order among equals);
 *                  −1 when no cell is defined
 * @param bestB     the layer of B of the best cell; −1 when no cell is defined
 * @param best      the best value: the maximum where higher is better, else the minimum
 * @param maxNull   the null of the best value, {@code null} when no permutations were run
 * @param warnings  distinct warnings of the cells, each prefixed with its cell
 */
public record LayerGrid(String metricKey, Direction direction, double[][] values, double[][] sd, int bestA, int bestB,
        double best, LayerMaxNull maxNull, List<String> warnings) {

    /** Compact constructor: copies the matrices and freezes the warnings. */
    public LayerGrid {
        values = copy(values);
        sd = copy(sd);
        warnings = List.copyOf(warnings);
    }

    /** @return a copy of the values, [layer of A][layer of B] */
    @Override
    public double[][] values() {
        return copy(values);
    }

    /** @return a copy of the standard deviations, [layer of A][layer of B] */
    @Override
    public double[][] sd() {
        return copy(sd);
    }

    private static double[][] copy(double[][] matrix) {
        double[][] out = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = matrix[i].clone();
        }
        return out;
    }
}
