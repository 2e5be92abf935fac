package org.repalign.compute.metrics.kernel;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.kernel.internal.CkaMetric;
import org.repalign.compute.metrics.kernel.internal.HsicEstimator;

/**
 * {@code rbf_cka}: CKA with Gaussian kernels Kᵢⱼ = exp(−‖xᵢ − xⱼ‖²/(2σ²)) and the biased HSIC
 * (Kornblith et al. 2019; offered as an extra by Huh et al. 2024, "The Platonic Representation
 * Hypothesis").
 *
 * <p>Bandwidth: by default σ = {@code sigma} = 1 in the units of the (preprocessed) rows, which
 * is what the Platonic Representation Hypothesis code does ({@code rbf_sigma=1.0}). With
 * {@code median_relative=1}, σ = {@code sigma} × the median pairwise distance, the rule of
 * Kornblith et al. 2019 (median of the squared distances over all n² ordered pairs, diagonal
 * included, as their code takes it). Needs n ≤ 2048 (n × n kernels).
 */
public final class RbfCkaFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "rbf_cka";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "RBF-kernel CKA, biased HSIC (Kornblith et al. 2019)";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of(
                new MetricParameter("sigma", "double", "1", Double.MIN_VALUE, 1e12,
                        "bandwidth σ; a multiple of the median distance when median_relative=1"),
                new MetricParameter("median_relative", "int", "0", 0, 1,
                        "1: σ = sigma × median pairwise distance (Kornblith et al.); 0: σ = sigma (PRH)"));
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        double sigma = spec.doubleParameter("sigma", 1.0);
        int medianRelative = spec.intParameter("median_relative", 0);
        if (!(sigma > 0) || medianRelative < 0 || medianRelative > 1) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': needs sigma > 0 and median_relative 0 or 1");
        }
        return new CkaMetric(spec, HsicEstimator.BIASED, new CkaMetric.RbfBandwidth(sigma, medianRelative == 1));
    }
}
