package org.repalign.compute.preprocess.internal;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;

/**
 * The q-quantile of |x| over all entries of a matrix, as the Platonic Representation Hypothesis
 * reference computes it in its exact mode (Huh et al. 2024): the element at 0-based position
 * ⌊q·N⌋ of the N absolute values sorted ascending, no interpolation. Found by selection in
 * expected O(N) time rather than by a full sort.
 */
public final class AbsoluteQuantile {

    private AbsoluteQuantile() {
    }

    /**
     * @param matrix any matrix with at least one entry
     * @param q      the quantile in [0, 1)
     * @return the quantile
     * @throws IllegalArgumentException for an empty matrix or a non-finite entry
     */
    public static double of(RowMatrix matrix, double q) {
        double[] values = DenseMatrix.copyOf(matrix).toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("the clamp quantile needs at least one entry");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("row " + i / matrix.columns() + " has a non-finite value");
            }
            values[i] = Math.abs(values[i]);
        }
        int position = Math.min(values.length - 1, (int) (q * values.length));
        return select(values, position);
    }

    /** Hoare-style quickselect with a median-of-three pivot; reorders {@code values}. */
    static double select(double[] values, int position) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            double pivot = medianOfThree(values[low], values[middle], values[high]);
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (position <= j) {
                high = j;
            } else if (position >= i) {
                low = i;
            } else {
                return values[position];
            }
        }
        return values[position];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
