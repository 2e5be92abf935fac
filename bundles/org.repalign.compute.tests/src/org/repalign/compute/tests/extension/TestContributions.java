package org.repalign.compute.tests.extension;

import java.util.List;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/** Metric factories that a test lists in a service file of its own. */
public final class TestContributions {

    private TestContributions() {
    }

    /** A factory whose metric returns the parameter {@code value} (default 0.25). */
    abstract static class Stub implements MetricFactory {
        private final String id;
        private final List<MetricParameter> parameters;
        private final boolean throwing;

        Stub(String id, List<MetricParameter> parameters, boolean throwing) {
            this.id = id;
            this.parameters = parameters;
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
            return parameters;
        }

        @Override
        public AlignmentMetric create(MetricSpec spec) {
            double value = spec.doubleParameter("value", 0.25);
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
                        throw new ArithmeticException("deliberate failure in " + id);
                    }
                    return MetricValue.of(value);
                }
            };
        }
    }

    /** A sound contribution {@code test_constant} with one parameter. */
    public static final class Constant extends Stub {
        /** For the service loader. */
        public Constant() {
            super("test_constant", List.of(new MetricParameter("value", "double", "0.25", 0, 1, "the value")), false);
        }
    }

    /** Takes the id of the built-in {@code cka}. */
    public static final class SecondCka extends Stub {
        /** For the service loader. */
        public SecondCka() {
            super("cka", List.of(), false);
        }
    }

    /** Declares a range with minimum above maximum. */
    public static final class EmptyRange extends Stub {
        /** For the service loader. */
        public EmptyRange() {
            super("test_empty_range", List.of(new MetricParameter("k", "int", "5", 10, 1, "k")), false);
        }
    }

    /** Declares a default outside its range. */
    public static final class DefaultOutside extends Stub {
        /** For the service loader. */
        public DefaultOutside() {
            super("test_default_outside", List.of(new MetricParameter("k", "int", "50", 1, 10, "k")), false);
        }
    }

    /** Declares a parameter of an unknown type. */
    public static final class UnknownType extends Stub {
        /** For the service loader. */
        public UnknownType() {
            super("test_unknown_type", List.of(new MetricParameter("k", "text", null, 1, 10, "k")), false);
        }
    }

    /** A metric that throws inside {@code compute}. */
    public static final class Throwing extends Stub {
        /** For the service loader. */
        public Throwing() {
            super("test_throwing", List.of(), true);
        }
    }

    /** A factory whose constructor throws. */
    public static final class FailingConstructor extends Stub {
        /** For the service loader. */
        public FailingConstructor() {
            super("test_failing_constructor", List.of(), false);
            throw new IllegalStateException("deliberate failure in the constructor");
        }
    }
}
