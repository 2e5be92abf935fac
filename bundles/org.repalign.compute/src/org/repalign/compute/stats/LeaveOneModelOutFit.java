package org.repalign.compute.stats;

/**
 * The result of {@link RidgeRegression#crossValidatedByModel}: ridge regression on model-pair
 * rows with the penalty chosen by leave-one-model-out cross-validation.
 *
 * @param fit                    the refit on all rows with the chosen λ; its
 *                               {@link RidgeFit#crossValidationErrors()} are the pooled held-out
 *                               mean squared errors per grid entry
 * @param rSquared               cross-validated R² per grid entry: 1 − SS_res/SS_tot over all
 *                               held-out predictions (see
 *                               {@link RidgeRegression#crossValidatedByModel})
 * @param heldOutFirst           at the chosen λ, the prediction for each row by the model fitted
 *                               without the row's first model
 * @param heldOutSecond          at the chosen λ, the prediction for each row by the model fitted
 *                               without the row's second model
 */
public record LeaveOneModelOutFit(RidgeFit fit, double[] rSquared, double[] heldOutFirst, double[] heldOutSecond) {

    /** Compact constructor: copies the arrays. */
    public LeaveOneModelOutFit {
        rSquared = rSquared.clone();
        heldOutFirst = heldOutFirst.clone();
        heldOutSecond = heldOutSecond.clone();
    }

    /** @return a copy of the cross-validated R² per grid entry */
    @Override
    public double[] rSquared() {
        return rSquared.clone();
    }

    /** @return a copy of the predictions made without each row's first model */
    @Override
    public double[] heldOutFirst() {
        return heldOutFirst.clone();
    }

    /** @return a copy of the predictions made without each row's second model */
    @Override
    public double[] heldOutSecond() {
        return heldOutSecond.clone();
    }

    /** @return the chosen penalty */
    public double lambda() {
        return fit.lambda();
    }

    /** @return the cross-validated R² of the chosen penalty */
    public double crossValidatedRSquared() {
        double[] lambdas = fit.lambdas();
        for (int l = 0; l < lambdas.length; l++) {
            if (lambdas[l] == fit.lambda()) {
                return rSquared[l];
            }
        }
        throw new IllegalStateException("chosen lambda is not in the grid");
    }
}
