package org.repalign.compute.metrics.knn;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.knn.internal.SequenceDistances;

/**
 * {@code lcs_knn}: the mean length of the longest common subsequence of the ordered
 * (nearest first) k-neighbour lists of each row in X and in Y, as in the PRH code (Huh et al.
 * 2024, {@code lcs_knn}):
 *
 * <pre>
 *   (1/n) Σ_i LCS(N_X(i), N_Y(i))
 * </pre>
 *
 * Like the reference it is not divided by k, so it lies in [0, k]; higher is more aligned.
 */
public final class LcsKnnFactory extends KnnFactorySupport {

    /** Creates the factory. */
    public LcsKnnFactory() {
        super("lcs_knn", "mean longest-common-subsequence length of the ordered k-neighbour lists (PRH), 0..k",
                Direction.HIGHER_IS_BETTER, 1, false);
    }

    @Override
    KnnScore score() {
        return (pair, k, x, y, context) -> MetricValue.of(meanLength(pair, k));
    }

    static double meanLength(NeighbourPair pair, int k) {
        int n = pair.rows();
        int[] a = new int[k];
        int[] b = new int[k];
        int[] previous = new int[k + 1];
        int[] current = new int[k + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            pair.x().copy(i, k, a);
            pair.y().copy(i, k, b);
            total += SequenceDistances.longestCommonSubsequence(a, b, k, previous, current);
        }
        return (double) total / n;
    }
}
