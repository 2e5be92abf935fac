package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * The best layer pair of one source pair and metric ({@code layers-best.csv}, also in
 * {@code report.json}), and the permutation null of the best value over the whole layer grid
 * (NaN and 0 permutations when not asked for). "Best" is the maximum for metrics where higher is
 * better and the minimum for those where lower is better.
 *
 * @param metric         metric key
 * @param a              first source id
 * @param b              second source id
 * @param layersA        the number of layers of a
 * @param layersB        the number of layers of b
 * @param bestLayerA     the best layer of a, 0-based
 * @param bestLayerAName its name
 * @param bestLayerB     the best layer of b, 0-based
 * @param bestLayerBName its name
 * @param value          the best value
 * @param sd             its standard deviation over subsamples
 * @param permutations   permutations of the null of the best value, 0 when none
 * @param nullMaxMean    mean of the best value over the grid under the permutations
 * @param nullMaxSd      its standard deviation
 * @param p              the permutation p-value of the best value
 * @param direction      {@code higher_is_better} or {@code lower_is_better}
 */
public record LayerBest(String metric, String a, String b, int layersA, int layersB, int bestLayerA,
        String bestLayerAName, int bestLayerB, String bestLayerBName, double value, double sd, int permutations,
        double nullMaxMean, double nullMaxSd, double p, String direction) {

    /** The table {@code layers/best}. */
    public static final TableSchema<LayerBest> TABLE = TableSchema.of("best", LayerBest.class);
}
