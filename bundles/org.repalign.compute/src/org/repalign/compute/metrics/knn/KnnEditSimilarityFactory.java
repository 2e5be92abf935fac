package org.repalign.compute.metrics.knn;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricValue;

/**
 * {@code knn_edit_sim} (shorthands {@code knn_edit_sim_10}, {@code knn_edit_sim_100}): the PRH
 * form of the kNN edit distance (Huh et al. 2024, {@code edit_distance_knn} in the PRH code),
 *
 * <pre>
 *   1 − d̄ / k,   d̄ = mean Levenshtein distance of the ordered k-neighbour lists
 * </pre>
 *
 * in [0, 1], higher is more aligned. See {@link KnnEditFactory} for d̄.
 */
public final class KnnEditSimilarityFactory extends KnnFactorySupport {

    /** Creates the factory. */
    public KnnEditSimilarityFactory() {
        super("knn_edit_sim", "1 − mean Levenshtein distance / k of the ordered k-neighbour lists (PRH)",
                Direction.HIGHER_IS_BETTER, 1, true);
    }

    @Override
    KnnScore score() {
        return (pair, k, x, y, context) -> MetricValue.of(1.0 - KnnEditFactory.meanDistance(pair, k) / k);
    }
}
