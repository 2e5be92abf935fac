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
 * nonzero and 0 on every other row; the zeros form one tied group. {@link #index} sorts each
 * latent's nonzeros once, independently of any attribute (O(nnz · log nnz + m + n)); every
 * attribute is then scored in O(nnz + m) by walking the sorted lists and inserting the zero
 * group with its counts (positives and negatives not among the nonzeros). Entries sharing a row
 * and column are summed first, as {@link CsrMatrix#readRows} does.
 */
public final class LatentAuroc {

    private final int rows;
    private final int[] start;
    private final int[] rowOf;
    private final double[] valueOf;

    private LatentAuroc(int rows, int[] start, int[] rowOf, double[] valueOf) {
        this.rows = rows;
        this.start = start;
        this.rowOf = rowOf;
        this.valueOf = valueOf;
    }

    /**
     * Scores one attribute (sorting the codes for it alone; for many attributes of the same
     * codes use {@link #index} once and {@link #evaluate(boolean[])} per attribute).
     *
     * @param codes  n × m codes
     * @param labels the attribute of each of the n rows
     * @return every latent's AUROC and the best one
     * @throws IllegalArgumentException when the lengths differ, a value is not finite, the
     *         matrix has no latents, or one class is empty
     */
    public static LatentAurocResult evaluate(CsrMatrix codes, boolean[] labels) {
        return index(codes).evaluate(labels);
    }

    /**
     * Sorts every latent's activations once, for scoring any number of attributes.
     *
     * @param codes n × m codes
     * @return the sorted activations
     * @throws IllegalArgumentException when a value is not finite or the matrix has no latents
     */
    public static LatentAuroc index(CsrMatrix codes) {
        int n = codes.rows();
        int m = codes.columns();
        if (m == 0) {
            throw new IllegalArgumentException("codes has no latents");
        }
        // transpose to per-latent lists of (row, value), rows ascending, duplicates adjacent
        int nnz = codes.nonZeros();
        int[] count = new int[m + 1];
        for (int q = 0; q < nnz; q++) {
            count[codes.columnAt(q) + 1]++;
        }
        for (int c = 0; c < m; c++) {
            count[c + 1] += count[c];
        }
        int[] fill = Arrays.copyOf(count, m);
        int[] rowByColumn = new int[nnz];
        double[] valueByColumn = new double[nnz];
        for (int r = 0; r < n; r++) {
            for (int q = codes.rowStart(r); q < codes.rowEnd(r); q++) {
                double v = codes.valueAt(q);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("codes has a non-finite value at row " + r + ", column "
                            + codes.columnAt(q));
                }
                int at = fill[codes.columnAt(q)]++;
                rowByColumn[at] = r;
                valueByColumn[at] = v;
            }
        }
        // per latent: merge duplicate (row, column) entries, then sort by value
        int[] start = new int[m + 1];
        int[] rowOf = new int[nnz];
        double[] valueOf = new double[nnz];
        int out = 0;
        for (int c = 0; c < m; c++) {
            start[c] = out;
            int first = out;
            for (int at = count[c]; at < count[c + 1]; at++) {
                if (out > first && rowByColumn[at] == rowOf[out - 1]) {
                    valueOf[out - 1] += valueByColumn[at];
                } else {
                    rowOf[out] = rowByColumn[at];
                    valueOf[out++] = valueByColumn[at];
                }
            }
            sortByValue(rowOf, valueOf, first, out);
        }
        start[m] = out;
        return new LatentAuroc(n, start, rowOf, valueOf);
    }

    /**
     * @param labels the attribute of each of the n rows
     * @return every latent's AUROC and the best one
     * @throws IllegalArgumentException when the length differs from the rows or one class is empty
     */
    public LatentAurocResult evaluate(boolean[] labels) {
        if (labels.length != rows) {
            throw new IllegalArgumentException("codes has " + rows + " rows but labels has " + labels.length);
        }
        int positives = 0;
        for (boolean label : labels) {
            if (label) {
                positives++;
            }
        }
        int negatives = rows - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("labels need both classes for an AUROC, got " + positives
                    + " positives and " + negatives + " negatives");
        }
        int m = start.length - 1;
        double[] aurocs = new double[m];
        int best = 0;
        for (int c = 0; c < m; c++) {
            aurocs[c] = columnAuroc(c, labels, positives, negatives);
            if (aurocs[c] > aurocs[best]) {
                best = c;
            }
        }
        return new LatentAurocResult(best, aurocs[best], aurocs, positives, negatives);
    }

    /** AUROC of one latent: its stored values in ascending order, the rest are zeros. */
    private double columnAuroc(int c, boolean[] labels, int positives, int negatives) {
        int from = start[c];
        int to = start[c + 1];
        int storedPositives = 0;
        for (int k = from; k < to; k++) {
            if (labels[rowOf[k]]) {
                storedPositives++;
            }
        }
        long zeroPositives = positives - storedPositives;
        long zeroNegatives = negatives - ((to - from) - storedPositives);
        double u = 0;
        long negativesBelow = 0;
        boolean zerosDone = zeroPositives + zeroNegatives == 0;
        int k = from;
        while (k < to || !zerosDone) {
            double value = k < to ? valueOf[k] : Double.POSITIVE_INFINITY;
            long p = 0;
            long q = 0;
            if (!zerosDone && value >= 0) {
                // the implicit zeros form one group, joined by stored values equal to 0
                p = zeroPositives;
                q = zeroNegatives;
                zerosDone = true;
                value = 0;
            }
            while (k < to && valueOf[k] == value) {
                if (labels[rowOf[k]]) {
                    p++;
                } else {
                    q++;
                }
                k++;
            }
            u += p * (double) negativesBelow + 0.5 * p * q;
            negativesBelow += q;
        }
        return u / ((double) positives * negatives);
    }

    /** Sorts entries [from, to) by value (stable), the rows carried along. */
    private static void sortByValue(int[] rows, double[] values, int from, int to) {
        int length = to - from;
        if (length < 2) {
            return;
        }
        Integer[] order = new Integer[length];
        for (int k = 0; k < length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[from + a], values[from + b]));
        int[] rowCopy = Arrays.copyOfRange(rows, from, to);
        double[] valueCopy = Arrays.copyOfRange(values, from, to);
        for (int k = 0; k < length; k++) {
            rows[from + k] = rowCopy[order[k]];
            values[from + k] = valueCopy[order[k]];
        }
    }
}
