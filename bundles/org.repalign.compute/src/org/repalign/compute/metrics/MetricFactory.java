package org.repalign.compute.metrics;

import java.util.List;
import java.util.Map;

/**
 * Creates metrics of one id. Built-in metrics and contributed ones are registered the same way,
 * through {@link MetricRegistry}.
 */
public interface MetricFactory {

    /** @return the id, e.g. {@code mutual_knn} */
    String id();

    /** @return a one-line description for listings */
    String description();

    /** @return whether larger values mean more aligned */
    Direction direction();

    /** @return the parameters this metric accepts, in display order */
    List<MetricParameter> parameters();

    /**
     * @param parameter the name of a declared parameter
     * @return what bounds its value in an experiment besides its declared range; the validator
     *         checks an experiment's metrics against it before a run
     */
    default ParameterBound bound(String parameter) {
        return ParameterBound.NONE;
    }

    /**
     * Shorthand ids that stand for this metric with fixed parameters, e.g.
     * {@code mutual_knn_10 → {k=10}}. Empty by default.
     *
     * @return shorthand id → parameters
     */
    default Map<String, Map<String, String>> shorthands() {
        return Map.of();
    }

    /**
     * @param spec the spec with this factory's id; parameters already merged with shorthand ones
     * @return the metric
     * @throws IllegalArgumentException naming the key and the parameter for unknown or invalid
     *         parameters
     */
    AlignmentMetric create(MetricSpec spec);
}
