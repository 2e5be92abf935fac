package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One cell of one pair's layer grid ({@code layers-grid.csv}, not in {@code report.json}): a
 * metric between layer {@code layerA} of source {@code a} and layer {@code layerB} of source
 * {@code b}.
 *
 * @param metric     metric key
 * @param a          first source id
 * @param b          second source id
 * @param layerA     the layer of a, 0-based in a's layer order
 * @param layerAName its name
 * @param layerB     the layer of b, 0-based in b's layer order
 * @param layerBName its name
 * @param value      the metric's value
 * @param sd         its standard deviation over subsamples
 * @param direction  {@code higher_is_better} or {@code lower_is_better}
 */
public record LayerGridCell(String metric, String a, String b, int layerA, String layerAName, int layerB,
        String layerBName, double value, double sd, String direction) {

    /** The file-only table {@code layers/grid}. */
    public static final TableSchema<LayerGridCell> TABLE = TableSchema.fileOnly("grid", LayerGridCell.class);
}
