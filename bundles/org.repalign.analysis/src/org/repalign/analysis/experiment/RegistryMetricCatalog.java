package org.repalign.analysis.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.ParameterBound;
import org.repalign.model.validation.MetricCatalog;

/**
 * The metrics of a {@link MetricRegistry} for the validator: ids and shorthands, the declared
 * parameters with their defaults, and the bounds the factories declare
 * ({@link MetricFactory#bound(String)}).
 */
public final class RegistryMetricCatalog implements MetricCatalog {

    private final MetricRegistry registry;

    /** The catalog of {@link MetricRegistry#installed()}. */
    public RegistryMetricCatalog() {
        this(MetricRegistry.installed());
    }

    /** @param registry the metrics known */
    public RegistryMetricCatalog(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<Metric> metric(String id) {
        Optional<MetricFactory> own = registry.factory(id);
        if (own.isPresent()) {
            return Optional.of(metric(own.get(), false, Map.of()));
        }
        for (MetricFactory factory : registry.factories()) {
            Map<String, String> fixed;
            try {
                fixed = factory.shorthands().get(id);
            } catch (RuntimeException e) {
                continue;
            }
            if (fixed != null) {
                return Optional.of(metric(factory, true, fixed));
            }
        }
        return Optional.empty();
    }

    private static Metric metric(MetricFactory factory, boolean shorthand, Map<String, String> fixed) {
        List<Parameter> parameters = new ArrayList<>();
        for (MetricParameter parameter : factory.parameters()) {
            parameters.add(new Parameter(parameter.name(), "int".equals(parameter.type()), parameter.defaultValue(),
                    bound(factory.bound(parameter.name()))));
        }
        return new Metric(factory.id(), shorthand, fixed, parameters);
    }

    private static Bound bound(ParameterBound bound) {
        return switch (bound) {
            case NONE -> Bound.NONE;
            case BELOW_ROWS -> Bound.BELOW_SUBSAMPLE_ROWS;
            case AT_MOST_ROWS_AND_COLUMNS -> Bound.AT_MOST_ROWS_AND_DIMENSION;
        };
    }
}
