package org.repalign.compute.metrics.kernel.internal;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/**
 * Linear or RBF CKA with the biased or unbiased HSIC. Linear kernels with n above
 * {@link KernelMatrices#GRAM_ROW_LIMIT} are handled in feature space; otherwise the n × n kernel
 * matrices are built once per matrix and context and shared with the other kernel metrics.
 */
public final class CkaMetric implements AlignmentMetric {

    /** The RBF bandwidth rule, or {@code null} for the linear kernel. */
    public record RbfBandwidth(double sigma, boolean medianRelative) {
    }

    private final MetricSpec spec;
    private final HsicEstimator estimator;
    private final RbfBandwidth rbf;

    /**
     * @param spec      the spec
     * @param estimator biased or unbiased HSIC
     * @param rbf       the RBF bandwidth, or {@code null} for the linear kernel
     */
    public CkaMetric(MetricSpec spec, HsicEstimator estimator, RbfBandwidth rbf) {
        this.spec = spec;
        this.estimator = estimator;
        this.rbf = rbf;
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
        int minimum = estimator == HsicEstimator.UNBIASED ? 4 : 2;
        if (n < minimum) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': "
                    + (estimator == HsicEstimator.UNBIASED ? "the unbiased HSIC" : "CKA") + " needs n >= " + minimum
                    + " rows, got " + n);
        }
        if (rbf != null && n > KernelMatrices.GRAM_ROW_LIMIT) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': RBF kernels are built as n x n matrices,"
                    + " which is limited to n <= " + KernelMatrices.GRAM_ROW_LIMIT + " rows, got " + n);
        }
        context.checkCanceled();
        HsicTerms terms;
        if (rbf == null && n > KernelMatrices.GRAM_ROW_LIMIT) {
            terms = FeatureSpaceHsic.terms(estimator, x, y, context);
        } else {
            CenteredKernel k = kernel(x, context);
            context.checkCanceled();
            CenteredKernel l = kernel(y, context);
            terms = HsicTerms.fromKernels(estimator, k, l);
        }
        return CkaRatio.of(terms, context.ckaEpsilon(), spec.key());
    }

    private CenteredKernel kernel(RowMatrix m, MetricContext context) {
        return rbf == null ? KernelMatrices.centeredLinear(m, context)
                : KernelMatrices.centeredRbf(m, rbf.sigma(), rbf.medianRelative(), context);
    }
}
