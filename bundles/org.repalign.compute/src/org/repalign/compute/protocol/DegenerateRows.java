package org.repalign.compute.protocol;

import org.repalign.compute.data.RowMatrix;

/**
 * Recognises pairs of representations on which no alignment metric means anything: fewer than
 * {@value #MIN_ROWS} rows (with two rows every centred Gram matrix has rank one, so CKA is 1 for
 * any data), or a side whose rows are all the same within a relative 10⁻¹² (every kernel is then
 * constant and every neighbour list a tie). Such values are reported as undefined with this reason.
 */
final class DegenerateRows {

    /** The fewest rows on which alignment is computed. */
    static final int MIN_ROWS = 3;

    private static final double RELATIVE_TOLERANCE = 1e-12;

    private DegenerateRows() {
    }

    /**
     * @param x n × d1
     * @param y n × d2
     * @return why alignment is undefined on these rows, or {@code null} when it is defined
     */
    static String reason(RowMatrix x, RowMatrix y) {
        if (x.rows() < MIN_ROWS) {
            return "undefined on " + x.rows() + " row" + (x.rows() == 1 ? "" : "s") + " (alignment needs at least "
                    + MIN_ROWS + ")";
        }
        if (constant(x)) {
            return "undefined: every row of the first representation is the same";
        }
        if (constant(y)) {
            return "undefined: every row of the second representation is the same";
        }
        return null;
    }

    /** @return whether every row equals the first within the tolerance (false as soon as one differs) */
    static boolean constant(RowMatrix matrix) {
        int columns = matrix.columns();
        double[] first = matrix.row(0);
        double scale = 1;
        for (double v : first) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = RELATIVE_TOLERANCE * scale;
        int block = Math.max(1, Math.min(matrix.rows() - 1, 8192 / Math.max(1, columns)));
        double[] buffer = new double[block * columns];
        for (int start = 1; start < matrix.rows(); start += block) {
            int count = Math.min(block, matrix.rows() - start);
            matrix.readRows(start, count, buffer, 0);
            for (int i = 0; i < count * columns; i++) {
                double v = buffer[i];
                if (!(Math.abs(v - first[i % columns]) <= tolerance)) {
                    return false;
                }
            }
        }
        return true;
    }
}
