package org.repalign.compute.metrics.cca;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.cca.internal.PwccaMetric;

/**
 * {@code pwcca}: projection-weighted canonical correlation analysis (Morcos, Raghu and Bengio
 * 2018, "Insights on representational similarity in neural networks with canonical
 * correlation", NeurIPS), exact:
 *
 * <ol>
 * <li>X̃, Ỹ: the column-centred X (n × d1) and Y (n × d2);</li>
 * <li>Q_X, Q_Y: orthonormal bases of their column spaces, the left singular vectors of the thin
 * SVD whose singular values exceed σ₁·max(n, d)·ε (ε = 2⁻⁵²);</li>
 * <li>ρᵢ and U from the thin SVD Q_XᵀQ_Y = U·diag(ρ)·Wᵀ, i = 1 … min(rank X̃, rank Ỹ);</li>
 * <li>canonical variates H = Q_X·U; weights wᵢ = Σⱼ |hᵢᵀx̃ⱼ| over the centred columns x̃ⱼ of X,
 * normalised to sum 1;</li>
 * <li>PWCCA = Σ wᵢρᵢ.</li>
 * </ol>
 *
 * Asymmetric: the first representation (X, the first source of a pair) gives the weights. CCA of
 * centred data has d1 + d2 − (n − 1) correlations equal to 1 when d1 + d2 ≥ n − 1 and inflated
 * ones near that, so the metric requires n − 1 &gt; d1 + d2 (otherwise an error pointing to
 * {@code svcca}) and warns when (d1 + d2)/n &gt; 0.1. Undefined when a representation is
 * constant.
 */
public final class PwccaFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "pwcca";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "projection-weighted CCA, weights from the first representation (Morcos et al. 2018); needs n - 1 > d1 + d2";
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
        return new PwccaMetric(spec);
    }
}
