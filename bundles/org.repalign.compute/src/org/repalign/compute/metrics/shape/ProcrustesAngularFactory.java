package org.repalign.compute.metrics.shape;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.shape.internal.ProcrustesMetric;

/**
 * {@code procrustes_angular}: the angular Procrustes shape distance of Williams et al. 2021
 * ("Generalized Shape Metrics on Neural Representations", NeurIPS), θ = arccos(min(1, s)) in
 * radians, s the {@link ProcrustesFactory procrustes} similarity. It is computed as
 * θ = 2·asin(d/2) with d = min over orthogonal Q of ‖X̃ − ỸQ‖_F = √max(0, 2 − 2s), which equals
 * arccos s and stays accurate near s = 1. θ ∈ [0, π/2], 0 for identical shapes; a metric (it
 * satisfies the triangle inequality); lower is more aligned.
 */
public final class ProcrustesAngularFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "procrustes_angular";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "angular Procrustes shape distance arccos(procrustes), in radians (Williams et al. 2021)";
    }

    @Override
    public Direction direction() {
        return Direction.LOWER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of();
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        return new ProcrustesMetric(spec, true);
    }
}
