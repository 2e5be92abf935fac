package org.repalign.compute.metrics.knn;

import java.util.OptionalDouble;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricValue;

/**
 * {@code mutual_knn} (shorthands {@code mutual_knn_10}, {@code mutual_knn_100}): the mutual
 * k-nearest-neighbour overlap of Huh et al. 2024 ("The Platonic Representation Hypothesis",
 * Appendix A; {@code mutual_knn} in the PRH code), the paper's kNN-overlap:
 *
 * <pre>
 *   m_NN = (1/n) Σ_i |N_X(i) ∩ N_Y(i)| / k
 * </pre>
 *
 * in [0, 1], higher is more aligned; two unrelated representations give about k / (n − 1).
 */
public final class MutualKnnFactory extends KnnFactorySupport {

    /** Creates the factory. */
    public MutualKnnFactory() {
        super("mutual_knn", "mutual k-nearest-neighbour overlap (PRH), mean |N_X(i) ∩ N_Y(i)| / k",
                Direction.HIGHER_IS_BETTER, 1, true);
    }

    @Override
    KnnScore score() {
        return (pair, k, x, y, context) -> MetricValue.of(overlap(pair, k));
    }

    static double overlap(NeighbourPair pair, int k) {
        int n = pair.rows();
        int[] stamp = new int[n];
        long shared = 0;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                stamp[pair.x().neighbour(i, p)] = i + 1;
            }
            for (int p = 0; p < k; p++) {
                if (stamp[pair.y().neighbour(i, p)] == i + 1) {
                    shared++;
                }
            }
        }
        return (double) shared / ((double) n * k);
    }

    @Override
    OptionalDouble idealValue() {
        return OptionalDouble.of(1);
    }
}
