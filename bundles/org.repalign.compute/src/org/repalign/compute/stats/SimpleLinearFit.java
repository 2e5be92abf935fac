package org.repalign.compute.stats;

/**
 * The least-squares line y = a + b·x.
 *
 * @param intercept               a
 * @param slope                   b
 * @param rSquared                1 − RSS/TSS; NaN when y is constant (TSS = 0)
 * @param interceptStandardError  classical standard error of a, √(σ̂²·(1/n + x̄²/Sxx))
 * @param slopeStandardError      classical standard error of b, √(σ̂²/Sxx)
 * @param residualVariance        σ̂² = RSS/(n − 2)
 * @param n                       number of points
 */
public record SimpleLinearFit(double intercept, double slope, double rSquared, double interceptStandardError,
        double slopeStandardError, double residualVariance, int n) {
}
