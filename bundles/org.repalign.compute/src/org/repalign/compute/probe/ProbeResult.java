package org.repalign.compute.probe;

import java.io.Serializable;

/**
 * Cross-validated performance of a logistic-regression probe for one binary attribute, and its
 * direction. All performance figures come from the out-of-fold decision values: each row is
 * scored by the probe fitted on the other folds. A row is predicted positive when its decision
 * value is &gt; 0 (probability &gt; ½).
 *
 * @param accuracy          share of rows predicted correctly
 * @param balancedAccuracy  ½·(TP/P + TN/N)
 * @param auroc             AUROC of the out-of-fold decision values ({@link Auroc}: Mann–Whitney
 *                          form, ties counted half)
 * @param majorityBaseline  max(P, N)/n: the accuracy of always predicting the majority class
 * @param positives         P
 * @param negatives         N
 * @param direction         the weights of the probe refitted on all rows, one per feature column
 *                          of the input in its original coordinates (0 for a sparse column that
 *                          is zero on every row)
 * @param intercept         the intercept of that refit
 * @param outOfFoldScores   each row's out-of-fold decision value b + wᵀx
 * @param fold              each row's fold
 * @param settings          the settings used, seed included
 */
public record ProbeResult(double accuracy, double balancedAccuracy, double auroc, double majorityBaseline,
        int positives, int negatives, double[] direction, double intercept, double[] outOfFoldScores, int[] fold,
        ProbeSettings settings) implements Serializable {

    /** Compact constructor: copies the arrays. */
    public ProbeResult {
        direction = direction.clone();
        outOfFoldScores = outOfFoldScores.clone();
        fold = fold.clone();
    }

    /** @return a copy of the probe direction */
    @Override
    public double[] direction() {
        return direction.clone();
    }

    /** @return a copy of the out-of-fold decision values */
    @Override
    public double[] outOfFoldScores() {
        return outOfFoldScores.clone();
    }

    /** @return a copy of the fold of each row */
    @Override
    public int[] fold() {
        return fold.clone();
    }
}
