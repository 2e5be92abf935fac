package org.repalign.compute.stats;

/**
 * A ridge regression fit, expressed on the original feature scale: prediction =
 * {@code intercept + Σⱼ coefficients[j]·xⱼ}.
 *
 * @param intercept                 a (already includes the back-transformation of the feature
 *                                  centring)
 * @param coefficients              b₁ … b_p on the original feature scale
 * @param standardizedCoefficients  β₁ … β_p on the centred, unit-L2-norm feature scale (the
 *                                  scale the penalty acts on; what the paper's heatmaps show)
 * @param lambda                    the penalty used for this fit
 * @param lambdas                   the grid searched, in the order given (one entry when no
 *                                  search was done)
 * @param crossValidationErrors     pooled held-out mean squared error per grid entry
 *                                  (NaN when no cross-validation was done)
 */
public record RidgeFit(double intercept, double[] coefficients, double[] standardizedCoefficients, double lambda,
        double[] lambdas, double[] crossValidationErrors) {

    /** Compact constructor: copies the arrays. */
    public RidgeFit {
        coefficients = coefficients.clone();
        standardizedCoefficients = standardizedCoefficients.clone();
        lambdas = lambdas.clone();
        crossValidationErrors = crossValidationErrors.clone();
    }

    /** @return a copy of the original-scale coefficients */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return a copy of the standardized coefficients */
    @Override
    public double[] standardizedCoefficients() {
        return standardizedCoefficients.clone();
    }

    /** @return a copy of the λ grid */
    @Override
    public double[] lambdas() {
        return lambdas.clone();
    }

    /** @return a copy of the cross-validation errors */
    @Override
    public double[] crossValidationErrors() {
        return crossValidationErrors.clone();
    }

    /**
     * @param features one observation's feature values
     * @return the fitted value
     */
    public double predict(double[] features) {
        double value = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            value += coefficients[j] * features[j];
        }
        return value;
    }
}
