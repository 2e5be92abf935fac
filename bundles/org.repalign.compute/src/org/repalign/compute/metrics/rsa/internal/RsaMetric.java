package org.repalign.compute.metrics.rsa.internal;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/**
 * Representational similarity analysis: the two representations' RDMs ({@link Rdm}, shared per
 * matrix and kind) compared over their upper triangles ({@link RdmComparison}).
 */
public final class RsaMetric implements AlignmentMetric {

    private final MetricSpec spec;
    private final Rdm.Kind rdm;
    private final RdmComparison comparison;

    /**
     * @param spec       the spec
     * @param rdm        the dissimilarity
     * @param comparison how the RDMs are compared
     */
    public RsaMetric(MetricSpec spec, Rdm.Kind rdm, RdmComparison comparison) {
        this.spec = spec;
        this.rdm = rdm;
        this.comparison = comparison;
    }

    @Override
    public MetricSpec spec() {
        return spec;
    }

    @Override
    public OptionalDouble idealValue() {
        return OptionalDouble.of(1);
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
        int n = spec.pairedRows(x, y);
        if (n < 3) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': needs at least 3 rows (2 dissimilarities), got "
                    + n);
        }
        if (x.columns() == 0 || y.columns() == 0) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': a representation has no columns");
        }
        Rdm.entries(n);
        double[] first = Rdm.upperTriangle(x, rdm, context);
        double[] second = Rdm.upperTriangle(y, rdm, context);
        if (first == null || second == null) {
            return MetricValue.undefined(spec.key() + ": undefined because a row of the "
                    + (first == null ? "first" : "second") + " representation is constant, so its correlation "
                    + "dissimilarities are not defined (use rdm=euclidean)");
        }
        context.checkCanceled();
        double value = comparison.compare(first, second);
        if (Double.isNaN(value)) {
            return MetricValue.undefined(spec.key() + ": undefined because an RDM is "
                    + (comparison == RdmComparison.COSINE ? "zero" : "constant"));
        }
        return MetricValue.of(value);
    }
}
