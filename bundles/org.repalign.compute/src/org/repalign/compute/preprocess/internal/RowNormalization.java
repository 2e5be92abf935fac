package org.repalign.compute.preprocess.internal;

import java.util.List;

import org.repalign.compute.data.RowMatrix;

/** Unit-norm scaling of rows, with errors that name the offending row. */
public final class RowNormalization {

    /**
     * Norm at or below which a centred unit row counts as zero; the reference clamps norms at the
     * same level when it divides.
     */
    public static final double CENTERED_ZERO_NORM = 1e-12;

    private static final int BLOCK_ROWS = 1024;

    private RowNormalization() {
    }

    /**
     * Scales {@code values[base .. base + d)} to unit L2 norm.
     *
     * @throws IllegalArgumentException when the row is zero or not finite
     */
    public static void scaleToUnit(double[] values, int base, int d, int row, List<String> itemNames, String mode) {
        double norm = norm(values, base, d);
        if (!Double.isFinite(norm)) {
            throw new IllegalArgumentException(describe(row, itemNames) + " has a non-finite value or norm; '"
                    + mode + "' preprocessing needs finite rows");
        }
        if (norm == 0) {
            throw new IllegalArgumentException(describe(row, itemNames) + " is a zero vector; '" + mode
                    + "' preprocessing scales rows to unit norm");
        }
        scale(values, base, d, 1 / norm);
    }

    /**
     * Scales a unit row from which the centring mean was subtracted to unit L2 norm.
     *
     * @throws IllegalArgumentException when its norm is at most {@link #CENTERED_ZERO_NORM}
     */
    public static void scaleCenteredToUnit(double[] values, int base, int d, int row, List<String> itemNames,
            String mode) {
        double norm = norm(values, base, d);
        if (!(norm > CENTERED_ZERO_NORM)) {
            throw new IllegalArgumentException(describe(row, itemNames) + " is zero after centering (its unit row"
                    + " equals the mean of the unit rows, norm " + norm + "); '" + mode
                    + "' preprocessing cannot scale it to unit norm");
        }
        scale(values, base, d, 1 / norm);
    }

    /**
     * The mean of the unit-scaled rows, streamed in blocks.
     *
     * @param all       every aligned row
     * @param itemNames names for error messages, or {@code null}
     * @param mode      the preprocessing id for error messages
     * @return one value per column
     * @throws IllegalArgumentException when there are no rows or a row is zero
     */
    public static double[] meanOfUnitRows(RowMatrix all, List<String> itemNames, String mode) {
        int n = all.rows();
        int d = all.columns();
        if (n == 0) {
            throw new IllegalArgumentException("'" + mode + "' preprocessing needs at least one row to compute the mean");
        }
        double[] sum = new double[d];
        double[] block = new double[Math.min(BLOCK_ROWS, n) * d];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int count = Math.min(BLOCK_ROWS, n - start);
            all.readRows(start, count, block, 0);
            for (int r = 0; r < count; r++) {
                int base = r * d;
                scaleToUnit(block, base, d, start + r, itemNames, mode);
                for (int c = 0; c < d; c++) {
                    sum[c] += block[base + c];
                }
            }
        }
        for (int c = 0; c < d; c++) {
            sum[c] /= n;
        }
        return sum;
    }

    private static double norm(double[] values, int base, int d) {
        double sumOfSquares = 0;
        for (int c = 0; c < d; c++) {
            double v = values[base + c];
            sumOfSquares += v * v;
        }
        return Math.sqrt(sumOfSquares);
    }

    private static void scale(double[] values, int base, int d, double factor) {
        for (int c = 0; c < d; c++) {
            values[base + c] *= factor;
        }
    }

    private static String describe(int row, List<String> itemNames) {
        String text = "row " + row;
        if (itemNames != null && row < itemNames.size() && itemNames.get(row) != null) {
            text += " (item '" + itemNames.get(row) + "')";
        }
        return text;
    }
}
