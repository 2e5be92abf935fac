package org.repalign.compute.metrics.knn;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.knn.internal.MaskedKernels;
import org.repalign.compute.metrics.knn.internal.NeighbourLists;

/**
 * {@code cknna}: centered kernel nearest-neighbour alignment (Huh et al. 2024, "The Platonic
 * Representation Hypothesis", Appendix A; {@code cknna} with {@code unbiased=True} in the PRH
 * code): CKA restricted to mutual neighbours. With K = XXᵀ, L = YYᵀ and
 * α(i, j) = 1 iff j ≠ i, j ∈ N_X(i) and j ∈ N_Y(i),
 *
 * <pre>
 *   Align(K, L) = HSIC_u(α∘K, α∘L)          (Song et al. 2012 eq. 5, see {@link MaskedKernels})
 *   CKNNA       = Align(K, L) / √(Align(K, K) · Align(L, L))
 * </pre>
 *
 * where Align(K, K) uses α = the X lists alone and Align(L, L) the Y lists alone. Needs k ≥ 2 (as
 * the reference) and n ≥ 4. The reference adds 1e-6 to the denominator; here no epsilon is
 * added unless the context asks for the reference clamp ({@link MetricContext#ckaEpsilon()}),
 * in which case the denominator is √max(Align(K,K)·Align(L,L), ε), as for kernel CKA. Without
 * it, a non-positive product makes the value undefined. Higher is more aligned.
 *
 * <p>Like the reference, the value is not symmetric in X and Y: α∘K is not a symmetric matrix,
 * so the cross term 1ᵀ(α∘K)(α∘L)1 changes when the two representations are swapped.
 */
public final class CknnaFactory extends KnnFactorySupport {

    /** Creates the factory. */
    public CknnaFactory() {
        super("cknna", "CKA restricted to mutual k-nearest neighbours, unbiased HSIC (PRH CKNNA)",
                Direction.HIGHER_IS_BETTER, 2, false);
    }

    @Override
    int minimumRows() {
        return 4;
    }

    @Override
    KnnScore score() {
        return (pair, k, x, y, context) -> value(pair, k, context);
    }

    static MetricValue value(NeighbourPair pair, int k, MetricContext context) {
        double kl = masked(pair.x(), pair.y(), k, true).unbiasedHsic();
        double kk = masked(pair.x(), pair.x(), k, false).unbiasedHsic();
        double ll = masked(pair.y(), pair.y(), k, false).unbiasedHsic();
        double product = kk * ll;
        OptionalDouble epsilon = context.ckaEpsilon();
        if (epsilon.isPresent()) {
            return MetricValue.of(kl / Math.sqrt(Math.max(product, epsilon.getAsDouble())));
        }
        if (!(product > 0)) {
            return new MetricValue(Double.NaN, Double.NaN, List.of("cknna is undefined: Align(K,K)·Align(L,L) = "
                    + product + " is not positive"));
        }
        return MetricValue.of(kl / Math.sqrt(product));
    }

    /**
     * Builds α∘K and α∘L with α = first lists ∩ second lists (or the first lists alone when
     * {@code intersect} is false, where both lists are the same).
     */
    private static MaskedKernels masked(NeighbourLists first, NeighbourLists second, int k, boolean intersect) {
        int n = first.rows();
        int[] start = new int[n + 1];
        int[] column = new int[n * k];
        double[] kValues = new double[n * k];
        double[] lValues = new double[n * k];
        int[] positionInSecond = new int[n];
        Arrays.fill(positionInSecond, -1);
        long[] sortable = new long[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (intersect) {
                for (int p = 0; p < k; p++) {
                    positionInSecond[second.neighbour(i, p)] = p;
                }
            }
            int count = 0;
            for (int p = 0; p < k; p++) {
                int j = first.neighbour(i, p);
                if (!intersect || positionInSecond[j] >= 0) {
                    sortable[count++] = ((long) j << 32) | p; // sorts by column
                }
            }
            Arrays.sort(sortable, 0, count);
            for (int c = 0; c < count; c++) {
                int j = (int) (sortable[c] >>> 32);
                int p = (int) sortable[c];
                int q = intersect ? positionInSecond[j] : p;
                column[size] = j;
                kValues[size] = first.score(i, p);
                lValues[size] = second.score(i, q);
                size++;
            }
            if (intersect) {
                for (int p = 0; p < k; p++) {
                    positionInSecond[second.neighbour(i, p)] = -1;
                }
            }
            start[i + 1] = size;
        }
        return new MaskedKernels(n, start, column, kValues, lValues);
    }
}
