package org.repalign.compute.metrics.kernel;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.kernel.internal.CkaMetric;
import org.repalign.compute.metrics.kernel.internal.HsicEstimator;

/**
 * {@code cka}: linear centred kernel alignment with the biased HSIC tr(KHLH), K = XXᵀ, L = YYᵀ
 * (Kornblith et al. 2019, "Similarity of Neural Network Representations Revisited", eq. 4):
 * CKA = HSIC(K, L)/√(HSIC(K, K)·HSIC(L, L)). No epsilon: undefined (NaN with a warning) when a
 * representation is constant, unless {@link org.repalign.compute.metrics.MetricContext#ckaEpsilon()}
 * asks for the reference clamp. Needs n ≥ 2.
 */
public final class CkaFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "cka";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "linear CKA, biased HSIC (Kornblith et al. 2019)";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of();
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        return new CkaMetric(spec, HsicEstimator.BIASED, null);
    }
}
