package org.repalign.compute.probe;

/**
 * A fitted binary logistic regression: P(y = 1 | x) = σ(intercept + Σⱼ weights[j]·xⱼ), with
 * σ(t) = 1 / (1 + e^(−t)), in the original feature coordinates.
 *
 * @param intercept     b
 * @param weights       w, one weight per feature column
 * @param l2            the penalty λ the fit used
 * @param iterations    iterations taken by the solver (Newton or L-BFGS)
 * @param gradientNorm  largest absolute component of the penalised gradient at the returned
 *                      point (Xᵀ(p − y) + λw for the weights, Σ(p − y) for the intercept)
 * @param converged     whether the convergence test was met within the iteration limit
 */
public record LogisticFit(double intercept, double[] weights, double l2, int iterations, double gradientNorm,
        boolean converged) {

    /** Compact constructor: copies the array. */
    public LogisticFit {
        weights = weights.clone();
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * @param x one item's feature values
     * @return the decision value b + wᵀx (the log-odds)
     */
    public double decision(double[] x) {
        double t = intercept;
        for (int j = 0; j < weights.length; j++) {
            t += weights[j] * x[j];
        }
        return t;
    }

    /**
     * @param x one item's feature values
     * @return σ(b + wᵀx)
     */
    public double probability(double[] x) {
        return LogisticRegression.sigmoid(decision(x));
    }
}
