package org.repalign.compute.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;

/**
 * A registered factory seen through a guard: an exception thrown by the contributed code (other
 * than the documented {@link IllegalArgumentException} for input that does not fit and
 * cancellation) is reported once with the contributor's name, and the metric's value becomes
 * undefined with that message, so that the other metrics and analyses of a run go on.
 */
final class GuardedMetricFactory implements MetricFactory {

    private final MetricFactory delegate;
    private final String contributor;

    GuardedMetricFactory(MetricFactory delegate, String contributor) {
        this.delegate = delegate;
        this.contributor = contributor;
    }

    String contributor() {
        return contributor;
    }

    MetricFactory delegate() {
        return delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public Direction direction() {
        return delegate.direction();
    }

    @Override
    public List<MetricParameter> parameters() {
        return delegate.parameters();
    }

    @Override
    public Map<String, Map<String, String>> shorthands() {
        return delegate.shorthands();
    }

    @Override
    public ParameterBound bound(String parameter) {
        return delegate.bound(parameter);
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        AlignmentMetric metric;
        try {
            metric = delegate.create(spec);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalArgumentException(ContributionProblems.report(contributor,
                    "metric '" + spec.key() + "' cannot be created: " + ServiceContributions.describe(e)), e);
        }
        return new GuardedMetric(metric, contributor);
    }

    /** A metric whose unexpected failures are reported and turned into undefined values. */
    static final class GuardedMetric implements AlignmentMetric {

        private final AlignmentMetric delegate;
        private final String contributor;
        private final AtomicReference<String> failure = new AtomicReference<>();

        GuardedMetric(AlignmentMetric delegate, String contributor) {
            this.delegate = delegate;
            this.contributor = contributor;
        }

        Optional<String> failure() {
            return Optional.ofNullable(failure.get());
        }

        @Override
        public MetricSpec spec() {
            return delegate.spec();
        }

        @Override
        public OptionalDouble idealValue() {
            return delegate.idealValue();
        }

        @Override
        public Direction direction() {
            return delegate.direction();
        }

        @Override
        public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
            try {
                return delegate.compute(x, y, context);
            } catch (IllegalArgumentException | CancellationException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                String message = ContributionProblems.report(contributor,
                        "metric '" + spec().key() + "' failed: " + ServiceContributions.describe(e));
                failure.compareAndSet(null, message);
                return MetricValue.undefined(message);
            }
        }
    }
}
