package org.repalign.compute.metrics;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.kernel.internal.CkaRatio;
import org.repalign.compute.metrics.kernel.internal.FeatureSpaceHsic;
import org.repalign.compute.metrics.kernel.internal.HsicEstimator;

/**
 * Linear centered kernel alignment (Kornblith et al. 2019, "Similarity of Neural Network
 * Representations Revisited", eq. 5) with the biased HSIC estimator:
 *
 * <pre>
 *   CKA(X, Y) = HSIC(K, L) / sqrt(HSIC(K, K) * HSIC(L, L)),   K = X Xᵀ,  L = Y Yᵀ,
 *   HSIC(K, L) = tr(K H L H) / (n - 1)²,                      H = I - 11ᵀ/n.
 * </pre>
 *
 * For linear kernels tr(KHLH) = ‖X̃ᵀỸ‖²_F with X̃, Ỹ the column-centred matrices, so this
 * works in feature space: the rows are streamed in blocks (a memory-mapped matrix larger than
 * the heap is fine), the d×d cross products are accumulated in float64 by BLAS, and no n×n
 * matrix is built. It is the {@code cka} metric's large-n path, offered as a plain function.
 *
 * <p>No epsilon is added: when either self-similarity is zero (a constant representation) the
 * value is undefined and {@link #compute} returns an empty result.
 */
public final class LinearCka {

    private LinearCka() {
    }

    /**
     * @param x n × d1, rows paired with {@code y}
     * @param y n × d2
     * @return CKA in [0, 1], or empty when a representation is constant
     * @throws IllegalArgumentException when the row counts differ or n &lt; 2
     */
    public static OptionalDouble compute(RowMatrix x, RowMatrix y) {
        if (y.rows() != x.rows()) {
            throw new IllegalArgumentException("rows differ: " + x.rows() + " and " + y.rows());
        }
        if (x.rows() < 2) {
            throw new IllegalArgumentException("CKA needs at least 2 rows, got " + x.rows());
        }
        MetricValue value = CkaRatio.of(FeatureSpaceHsic.terms(HsicEstimator.BIASED, x, y, MetricContext.defaults()),
                OptionalDouble.empty(), "cka");
        return value.isDefined() ? OptionalDouble.of(value.value()) : OptionalDouble.empty();
    }
}
