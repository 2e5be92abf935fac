package org.repalign.analysis.extension.internal;

import java.util.List;
import java.util.Map;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;

/**
 * A metric as its {@code plugin.xml} declares it: id, name, direction and parameters come from
 * the declaration (so the registry checks what the user sees in the manifest), the metrics from
 * the contributed class; the class's shorthands are kept.
 */
final class DeclaredMetricFactory implements MetricFactory {

    private final String id;
    private final String name;
    private final Direction direction;
    private final List<MetricParameter> parameters;
    private final MetricFactory implementation;

    DeclaredMetricFactory(String id, String name, Direction direction, List<MetricParameter> parameters,
            MetricFactory implementation) {
        this.id = id;
        this.name = name;
        this.direction = direction;
        this.parameters = parameters;
        this.implementation = implementation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return name;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public List<MetricParameter> parameters() {
        return parameters;
    }

    @Override
    public Map<String, Map<String, String>> shorthands() {
        return implementation.shorthands();
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        return implementation.create(spec);
    }
}
