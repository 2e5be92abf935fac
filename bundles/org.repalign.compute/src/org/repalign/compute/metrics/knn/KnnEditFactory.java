package org.repalign.compute.metrics.knn;

import java.util.OptionalDouble;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.knn.internal.SequenceDistances;

/**
 * {@code knn_edit} (shorthands {@code knn_edit_10}, {@code knn_edit_100}): the mean Levenshtein
 * distance between the ordered (nearest first) k-neighbour lists of each row in X and in Y, as
 * the paper reports it (L2PRH {@code knn_edit_distance}, computed there with rapidfuzz):
 *
 * <pre>
 *   d̄ = (1/n) Σ_i Levenshtein(N_X(i), N_Y(i))
 * </pre>
 *
 * in [0, k], lower is more aligned. Unlike the reference code, the row itself is excluded by
 * index rather than by dropping the first sorted position.
 */
public final class KnnEditFactory extends KnnFactorySupport {

    /** Creates the factory. */
    public KnnEditFactory() {
        super("knn_edit", "mean Levenshtein distance of the ordered k-neighbour lists (paper), lower is better",
                Direction.LOWER_IS_BETTER, 1, true);
    }

    @Override
    KnnScore score() {
        return (pair, k, x, y, context) -> MetricValue.of(meanDistance(pair, k));
    }

    static double meanDistance(NeighbourPair pair, int k) {
        return (double) SequenceDistances.levenshteinTotal(pair.x(), pair.y(), k) / pair.rows();
    }

    @Override
    OptionalDouble idealValue() {
        return OptionalDouble.of(0);
    }
}
