package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * The best layer pair of one source pair and metric ({@code layers-best.csv}, also in
 * {@code report.json}): the maximum of the grid for a {@code higher_is_better} metric, the
 * minimum for a {@code lower_is_better} one, with the permutation null of that best value over
 * the whole grid (for each permutation, the best over every cell of that permutation's scores).
 *
 * @param metric         metric key
 * @param a              first source id (earlier in the experiment)
 * @param b              second source id
 * @param layersA        how many layers {@code a} has (1 for a source of one matrix)
 * @param layersB        how many layers {@code b} has
 * @param bestLayerA     the best cell's layer of {@code a}, 0-based; −1 when no cell is defined
 * @param bestLayerAName its name (empty when no cell is defined)
 * @param bestLayerB     the best cell's layer of {@code b}, 0-based; −1 when no cell is defined
 * @param bestLayerBName its name
 * @param value          the best value of the grid; NaN when no cell is defined
 * @param sd             the best cell's standard deviation over the subsamples
 * @param permutations   permutations of the null of the best value; 0 when not asked for
 * @param nullMaxMean    mean of the null's best values; NaN without permutations
 * @param nullMaxSd      their standard deviation; NaN without permutations
 * @param p              (1 + #{null best at least as good as the observed best}) / (1 + defined
 *                       permutations); NaN without permutations
 * @param direction      {@code higher_is_better} or {@code lower_is_better}
 */
public record LayerBest(String metric, String a, String b, int layersA, int layersB, int bestLayerA,
        String bestLayerAName, int bestLayerB, String bestLayerBName, double value, double sd, int permutations,
        double nullMaxMean, double nullMaxSd, double p, String direction) {

    /** The table {@code layers/best}. */
    public static final TableSchema<LayerBest> TABLE = TableSchema.of("best", LayerBest.class);
}
