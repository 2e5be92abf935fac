package org.repalign.compute.probe;

import java.util.Arrays;

/**
 * The area under the ROC curve of a score for a binary label, in the Mann–Whitney form (Hanley
 * and McNeil 1982, "The meaning and use of the area under a receiver operating characteristic
 * (ROC) curve", Radiology 143:29–36):
 * AUROC = (1 / (P·N)) · Σ over positive p and negative q of ([s_p &gt; s_q] + ½·[s_p = s_q]),
 * the probability that a random positive outscores a random negative, ties counted half.
 *
 * <p>Computed in O(n log n) by sorting the scores and walking groups of equal scores: a group
 * with p positives and q negatives above N₋ negatives adds p·N₋ + ½·p·q.
 */
public final class Auroc {

    private Auroc() {
    }

    /**
     * @param scores one finite score per item; higher means "more positive"
     * @param labels the label of each item
     * @return the AUROC in [0, 1]
     * @throws IllegalArgumentException when the lengths differ, a score is not finite, or one
     *         class is empty
     */
    public static double of(double[] scores, boolean[] labels) {
        int n = scores.length;
        if (labels.length != n) {
            throw new IllegalArgumentException("scores has " + n + " values but labels has " + labels.length);
        }
        long positives = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] is not finite: " + scores[i]);
            }
            if (labels[i]) {
                positives++;
            }
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("labels need both classes for an AUROC, got " + positives
                    + " positives and " + negatives + " negatives");
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double u = 0;
        long negativesBelow = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            long p = 0;
            long q = 0;
            while (end < n && scores[order[end]] == scores[order[start]]) {
                if (labels[order[end]]) {
                    p++;
                } else {
                    q++;
                }
                end++;
            }
            u += p * (double) negativesBelow + 0.5 * p * q;
            negativesBelow += q;
            start = end;
        }
        return u / ((double) positives * negatives);
    }
}
