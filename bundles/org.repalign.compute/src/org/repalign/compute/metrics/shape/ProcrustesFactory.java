package org.repalign.compute.metrics.shape;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.shape.internal.ProcrustesMetric;

/**
 * {@code procrustes}: the orthogonal Procrustes similarity (Williams et al. 2021, "Generalized
 * Shape Metrics on Neural Representations", NeurIPS; Schönemann 1966)
 *
 * <pre>
 *   s(X, Y) = ‖X̃ᵀỸ‖_*,   X̃ = (X − 1x̄ᵀ)/‖X − 1x̄ᵀ‖_F,   Ỹ likewise,
 * </pre>
 *
 * the nuclear norm (sum of singular values) of the cross product of the column-centred,
 * Frobenius-normalised representations; the widths may differ. s ∈ [0, 1], 1 when Y is a
 * rotated, reflected, scaled and translated copy of X; symmetric; invariant to orthogonal maps,
 * isotropic scaling and translation of either side. min over orthogonal Q of ‖X̃ − ỸQ‖²_F is
 * 2 − 2s. Undefined (NaN with a warning) when a representation is constant; needs n ≥ 2.
 */
public final class ProcrustesFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "procrustes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "orthogonal Procrustes similarity: nuclear norm of X̃ᵀỸ, centred and unit-norm (Williams et al. 2021)";
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
        return new ProcrustesMetric(spec, false);
    }
}
