package org.repalign.ui.providers;

import java.util.List;

/**
 * One pair's layer grid ready to draw: the layers of the first source as rows, those of the
 * second as columns, each cell's value and standard deviation (NaN where the grid has no cell),
 * and the best layer pair as the analysis chose it.
 *
 * @param metric       the metric key
 * @param a            the first source (rows)
 * @param b            the second source (columns)
 * @param rowLabels    the layer names of {@code a}, in layer order
 * @param columnLabels the layer names of {@code b}, in layer order
 * @param values       rows × columns values
 * @param sds          rows × columns standard deviations over subsamples
 * @param bestRow      the best layer of {@code a}
 * @param bestColumn   the best layer of {@code b}
 */
public record LayerGridModel(String metric, String a, String b, List<String> rowLabels, List<String> columnLabels,
        double[][] values, double[][] sds, int bestRow, int bestColumn) {

    /** Compact constructor: freezes the labels and checks the shape. */
    public LayerGridModel {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size() || sds.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values and " + sds.length
                    + " of standard deviations for " + rowLabels.size() + " layers of " + a);
        }
    }

    /** @return the best value */
    public double bestValue() {
        return values[bestRow][bestColumn];
    }
}
