package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One cell of one source pair's layer grid for one metric ({@code layers-grid.csv}, not in
 * {@code report.json}): the metric between layer {@code layerA} of source {@code a} and layer
 * {@code layerB} of source {@code b}.
 *
 * @param metric     metric key
 * @param a          first source id (earlier in the experiment)
 * @param b          second source id
 * @param layerA     the layer of {@code a}, a 0-based position in its layer order
 * @param layerAName its name (file name without extension for a folder, tensor name for a
 *                   pattern, {@code 0} … {@code L−1} for a 3-D array)
 * @param layerB     the layer of {@code b}, 0-based
 * @param layerBName its name
 * @param value      the mean over the protocol's subsamples (the value on all rows without
 *                   subsampling); NaN when undefined
 * @param sd         standard deviation over the subsamples (NaN without subsampling)
 * @param direction  {@code higher_is_better} or {@code lower_is_better}
 */
public record LayerGridCell(String metric, String a, String b, int layerA, String layerAName, int layerB,
        String layerBName, double value, double sd, String direction) {

    /** The file-only table {@code layers/grid}. */
    public static final TableSchema<LayerGridCell> TABLE = TableSchema.fileOnly("grid", LayerGridCell.class);
}
