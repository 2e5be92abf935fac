package org.repalign.ui.providers;

import java.util.List;

/**
 * A square matrix of pair values ready to draw: the sources in the order of the rows (and
 * columns), the values (symmetric, NaN on the diagonal and for pairs without a value) and
 * optional per-cell notes for the hover text.
 *
 * @param labels the sources, in row order
 * @param values the symmetric matrix
 * @param notes  per cell a note, or {@code null} (the whole array or a cell)
 */
public record MatrixModel(List<String> labels, double[][] values, String[][] notes) {

    /** Compact constructor: freezes the labels and checks the shape. */
    public MatrixModel {
        labels = List.copyOf(labels);
        if (values.length != labels.size()) {
            throw new IllegalArgumentException(values.length + " rows for " + labels.size() + " labels");
        }
    }

    /** @return whether no cell holds a value */
    public boolean isEmpty() {
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
