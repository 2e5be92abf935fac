package org.repalign.compute.metrics;

import java.util.List;

/** The metrics that ship with RepAlign, in listing order. */
final class BuiltInMetrics {

    private BuiltInMetrics() {
    }

    static List<MetricFactory> factories() {
        return List.of();
    }
}
