package org.repalign.compute.metrics.knn;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricValue;

/**
 * {@code cycle_knn}: the cycle k-nearest-neighbour accuracy of the PRH code (Huh et al. 2024,
 * {@code cycle_knn(feats_A = X, feats_B = Y)}, i.e. {@code knn_A[knn_B]}): go from row i to its
 * k neighbours j in Y, then to their k neighbours in X, and count i when it comes back:
 *
 * <pre>
 *   (1/n) Σ_i 1[ ∃ j ∈ N_Y(i) : i ∈ N_X(j) ]
 * </pre>
 *
 * in [0, 1], higher is more aligned. It is not symmetric in X and Y.
 */
public final class CycleKnnFactory extends KnnFactorySupport {

    /** Creates the factory. */
    public CycleKnnFactory() {
        super("cycle_knn", "share of rows reached again via k neighbours in Y then k neighbours in X (PRH)",
                Direction.HIGHER_IS_BETTER, 1, false);
    }

    @Override
    KnnScore score() {
        return (pair, k, x, y, context) -> MetricValue.of(accuracy(pair, k));
    }

    static double accuracy(NeighbourPair pair, int k) {
        int n = pair.rows();
        // reverse X lists: pointedBy(i) = { j : i ∈ N_X(j) }, in CSR form
        int[] start = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                start[pair.x().neighbour(j, p) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] pointedBy = new int[n * k];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                pointedBy[fill[pair.x().neighbour(j, p)]++] = j;
            }
        }
        int[] stamp = new int[n];
        int hits = 0;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                stamp[pair.y().neighbour(i, p)] = i + 1;
            }
            for (int q = start[i]; q < start[i + 1]; q++) {
                if (stamp[pointedBy[q]] == i + 1) {
                    hits++;
                    break;
                }
            }
        }
        return (double) hits / n;
    }
}
