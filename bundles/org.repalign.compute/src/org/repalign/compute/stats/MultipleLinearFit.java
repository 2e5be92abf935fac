package org.repalign.compute.stats;

/**
 * The least-squares fit y = a + Σⱼ bⱼ·xⱼ.
 *
 * @param intercept                a
 * @param coefficients             b₁ … b_p, in feature order
 * @param rSquared                 1 − RSS/TSS; NaN when y is constant
 * @param interceptStandardError   classical standard error of a
 * @param coefficientStandardErrors classical standard errors of the bⱼ, √(σ̂²·[(XcᵀXc)⁻¹]ⱼⱼ)
 *                                 with Xc the column-centred design
 * @param residualVariance         σ̂² = RSS/(n − p − 1)
 * @param n                        number of observations
 */
public record MultipleLinearFit(double intercept, double[] coefficients, double rSquared,
        double interceptStandardError, double[] coefficientStandardErrors, double residualVariance, int n) {

    /** Compact constructor: copies the arrays. */
    public MultipleLinearFit {
        coefficients = coefficients.clone();
        coefficientStandardErrors = coefficientStandardErrors.clone();
    }

    /** @return a copy of b₁ … b_p */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return a copy of the coefficient standard errors */
    @Override
    public double[] coefficientStandardErrors() {
        return coefficientStandardErrors.clone();
    }
}
