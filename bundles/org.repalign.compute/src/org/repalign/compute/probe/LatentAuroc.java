package org.repalign.compute.probe;

import java.util.Arrays;

import org.repalign.compute.data.CsrMatrix;

/**
 * For sparse codes Z (n × m) and a binary attribute, the AUROC ({@link Auroc}, Mann–Whitney
 * form, ties counted half) of each latent's activation zᵢⱼ used as the score of row i, and the
 * latent with the largest AUROC: the single-latent counterpart of a probe (research notes §8).
 * Only large activations count as evidence for the attribute; a latent that fires on negatives
 * has an AUROC below ½ and is not searched for separately.
 *
 * <p><b>Sparse computation.</b> A latent's scores are its stored values on the rows where it is
 * nonzero and 0 on every other row; the zeros form one tied group. Per latent only its nonzeros
 * are sorted, the zero group being inserted with its counts (positives and negatives not among
 * the nonzeros), so the whole matrix costs O(nnz · log nnz + m + n). Entries sharing a row and
 * column are summed first, as {@link CsrMatrix#readRows} does.
 */
public final class LatentAuroc {

    private LatentAuroc() {
    }

    /**
     * @param codes  n × m codes
     * @param labels the attribute of each of the n rows
     * @return every latent's AUROC and the best one
     * @throws IllegalArgumentException when the lengths differ, a value is not finite, the
     *         matrix has no latents, or one class is empty
     */
    public static LatentAurocResult evaluate(CsrMatrix codes, boolean[] labels) {
        int n = codes.rows();
        int m = codes.columns();
        if (labels.length != n) {
            throw new IllegalArgumentException("codes has " + n + " rows but labels has " + labels.length);
        }
        if (m == 0) {
            throw new IllegalArgumentException("codes has no latents");
        }
        int positives = 0;
        for (boolean label : labels) {
            if (label) {
                positives++;
            }
        }
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("labels need both classes for an AUROC, got " + positives
                    + " positives and " + negatives + " negatives");
        }
        // transpose to per-latent lists of (row, value), rows ascending, duplicates adjacent
        int nnz = codes.nonZeros();
        int[] start = new int[m + 1];
        for (int q = 0; q < nnz; q++) {
            start[codes.columnAt(q) + 1]++;
        }
        for (int c = 0; c < m; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, m);
        int[] rowOf = new int[nnz];
        double[] valueOf = new double[nnz];
        for (int r = 0; r < n; r++) {
            for (int q = codes.rowStart(r); q < codes.rowEnd(r); q++) {
                double v = codes.valueAt(q);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("codes has a non-finite value at row " + r + ", column "
                            + codes.columnAt(q));
                }
                int at = fill[codes.columnAt(q)]++;
                rowOf[at] = r;
                valueOf[at] = v;
            }
        }
        double[] aurocs = new double[m];
        double[] values = new double[nnz];
        boolean[] isPositive = new boolean[nnz];
        int best = 0;
        for (int c = 0; c < m; c++) {
            int count = 0;
            for (int at = start[c]; at < start[c + 1]; at++) {
                if (count > 0 && rowOf[at] == rowOf[at - 1]) {
                    values[count - 1] += valueOf[at];
                } else {
                    values[count] = valueOf[at];
                    isPositive[count++] = labels[rowOf[at]];
                }
            }
            aurocs[c] = columnAuroc(values, isPositive, count, positives, negatives);
            if (aurocs[c] > aurocs[best]) {
                best = c;
            }
        }
        return new LatentAurocResult(best, aurocs[best], aurocs, positives, negatives);
    }

    /** AUROC of one latent: count stored values, the rest are zeros. */
    private static double columnAuroc(double[] values, boolean[] isPositive, int count, int positives, int negatives) {
        // order the stored entries by value, carrying the labels along
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        int storedPositives = 0;
        for (int k = 0; k < count; k++) {
            if (isPositive[k]) {
                storedPositives++;
            }
        }
        long zeroPositives = positives - storedPositives;
        long zeroNegatives = negatives - (count - storedPositives);
        double u = 0;
        long negativesBelow = 0;
        boolean zerosDone = zeroPositives + zeroNegatives == 0;
        int k = 0;
        while (k < count || !zerosDone) {
            double value = k < count ? values[order[k]] : Double.POSITIVE_INFINITY;
            long p = 0;
            long q = 0;
            if (!zerosDone && value >= 0) {
                // the implicit zeros form one group, joined by stored values equal to 0
                p = zeroPositives;
                q = zeroNegatives;
                zerosDone = true;
                while (k < count && values[order[k]] == 0) {
                    if (isPositive[order[k]]) {
                        p++;
                    } else {
                        q++;
                    }
                    k++;
                }
            } else {
                while (k < count && values[order[k]] == value) {
                    if (isPositive[order[k]]) {
                        p++;
                    } else {
                        q++;
                    }
                    k++;
                }
            }
            u += p * (double) negativesBelow + 0.5 * p * q;
            negativesBelow += q;
        }
        return u / ((double) positives * negatives);
    }
}
