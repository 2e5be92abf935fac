package org.repalign.example.tests;

import java.util.List;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/** A metric factory of a given id whose metric returns a constant, or throws when asked to. */
abstract class StubMetricFactory implements MetricFactory {

    private final String id;
    private final boolean throwing;

    StubMetricFactory(String id, boolean throwing) {
        this.id = id;
        this.throwing = throwing;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "test metric " + id;
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
        return new AlignmentMetric() {
            @Override
            public MetricSpec spec() {
                return spec;
            }

            @Override
            public Direction direction() {
                return Direction.HIGHER_IS_BETTER;
            }

            @Override
            public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
                if (throwing) {
                    throw new IllegalStateException("deliberate failure inside " + id);
                }
                return MetricValue.of(0.5);
            }
        };
    }
}
