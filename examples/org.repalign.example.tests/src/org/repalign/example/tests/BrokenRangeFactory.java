package org.repalign.example.tests;

import java.util.List;

import org.repalign.compute.metrics.MetricParameter;

/**
 * Test contribution {@code broken_range}: its parameter {@code k} has a minimum above its maximum
 * (listed in this fragment's META-INF/services).
 */
public final class BrokenRangeFactory extends StubMetricFactory {

    /** For the service loader. */
    public BrokenRangeFactory() {
        super("broken_range", false);
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of(new MetricParameter("k", "int", "5", 10, 1, "a range that holds no value"));
    }
}
