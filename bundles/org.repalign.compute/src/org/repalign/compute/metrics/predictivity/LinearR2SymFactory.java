package org.repalign.compute.metrics.predictivity;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;

/**
 * {@code linear_r2_sym}: the mean of {@link LinearR2Factory linear_r2} from X to Y and from Y to
 * X, with the same {@code lambda} and {@code folds}; symmetric.
 */
public final class LinearR2SymFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "linear_r2_sym";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "symmetric linear predictivity: mean of linear_r2 in both directions";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return LinearR2Factory.declared();
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        return LinearR2Factory.metric(spec, true);
    }
}
