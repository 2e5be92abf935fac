package org.repalign.compute.metrics.predictivity;

import java.util.List;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.predictivity.internal.LinearR2Metric;

/**
 * {@code linear_r2}: linear predictivity (as in Schrimpf et al. 2018, "Brain-Score: Which
 * Artificial Neural Network for Object Recognition is most Brain-Like?", and the similarity
 * repositories), the cross-validated R² of a ridge regression with intercept from the first
 * representation X to the second Y:
 *
 * <ul>
 * <li>row i belongs to fold i mod {@code folds} (rows of a subset are in file order, for word
 * lists frequency order, so contiguous blocks would test extrapolation);</li>
 * <li>on each training fold, with X̃ its centred rows, the penalty is
 * {@code lambda}·tr(X̃ᵀX̃)/d1 (scale-free: {@code lambda} is relative to the mean feature
 * variance times the training rows), and the intercept is not penalised;</li>
 * <li>R² = 1 − Σ‖Y − Ŷ‖²/Σ‖Y − Ȳ‖² pooled over the out-of-fold predictions of all rows and all
 * columns, Ȳ the mean of all rows.</li>
 * </ul>
 *
 * Asymmetric (X predicts Y); {@link LinearR2SymFactory linear_r2_sym} averages both directions.
 * At most 1, negative when the predictions are worse than the mean. Parameters {@code lambda}
 * (default 1e-3, &gt; 0) and {@code folds} (default 5, 2 … n). Undefined when Y is constant.
 */
public final class LinearR2Factory implements MetricFactory {

    /** The id. */
    public static final String ID = "linear_r2";

    /** Default relative ridge penalty. */
    public static final String DEFAULT_LAMBDA = "1e-3";

    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "linear predictivity: out-of-fold R² of ridge regression from the first representation to the second";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return declared();
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        return metric(spec, false);
    }

    static List<MetricParameter> declared() {
        return List.of(
                new MetricParameter("lambda", "double", DEFAULT_LAMBDA, Double.MIN_VALUE, 1e12,
                        "ridge penalty relative to tr(X̃ᵀX̃)/d1 of the centred training rows"),
                new MetricParameter("folds", "int", Integer.toString(DEFAULT_FOLDS), 2, Integer.MAX_VALUE,
                        "cross-validation folds; row i is in fold i mod folds"));
    }

    static AlignmentMetric metric(MetricSpec spec, boolean symmetric) {
        double lambda = spec.doubleParameter("lambda", Double.parseDouble(DEFAULT_LAMBDA));
        int folds = spec.intParameter("folds", DEFAULT_FOLDS);
        if (!(lambda > 0) || folds < 2) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': needs lambda > 0 and folds >= 2");
        }
        return new LinearR2Metric(spec, lambda, folds, symmetric);
    }
}
