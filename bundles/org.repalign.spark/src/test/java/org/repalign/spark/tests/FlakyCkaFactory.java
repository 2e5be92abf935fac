package org.repalign.spark.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.TaskContext;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.kernel.CkaFactory;

/**
 * A test metric, {@code test_flaky_cka}: linear CKA, except in the first attempt of every Spark
 * task on partition 1, where it fails as a crashed executor would (an {@link Error}, which no
 * guard turns into an undefined value): a task that fails once and is retried.
 */
public final class FlakyCkaFactory implements MetricFactory {

    /** Failures thrown so far in this JVM. */
    public static final AtomicInteger FAILURES = new AtomicInteger();

    @Override
    public String id() {
        return "test_flaky_cka";
    }

    @Override
    public String description() {
        return "linear CKA that fails in the first attempt of Spark tasks on partition 1 (tests only)";
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
        AlignmentMetric cka = new CkaFactory().create(MetricSpec.parse(CkaFactory.ID));
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
                TaskContext task = TaskContext.get();
                if (task != null && task.partitionId() == 1 && task.attemptNumber() == 0) {
                    FAILURES.incrementAndGet();
                    throw new AssertionError("injected failure of the first attempt of partition 1");
                }
                return cka.compute(x, y, context);
            }
        };
    }
}
