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
 * {@code unbiased_cka}: linear CKA with the unbiased HSIC of Song et al. 2012 ("Feature Selection
 * via Dependence Maximization", JMLR 13, eq. 5): with K̃, L̃ = XXᵀ, YYᵀ with zeroed diagonals,
 * HSIC_u = [tr(K̃L̃) + (1ᵀK̃1)(1ᵀL̃1)/((n−1)(n−2)) − 2/(n−2)·1ᵀK̃L̃1] / (n(n−3)). Values lie in
 * [−1, 1]. Needs n ≥ 4; undefined (NaN with a warning) when a self-HSIC is not positive, unless
 * the reference clamp is requested.
 */
public final class UnbiasedCkaFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "unbiased_cka";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "linear CKA, unbiased HSIC (Song et al. 2012)";
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
        return new CkaMetric(spec, HsicEstimator.UNBIASED, null);
    }
}
