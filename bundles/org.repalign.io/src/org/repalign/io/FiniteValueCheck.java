package org.repalign.io;

import java.nio.file.Path;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;

/**
 * Verifies that a matrix holds only finite values before metrics are computed from it. Reads the
 * matrix in blocks of rows, so a memory-mapped matrix is streamed, and stops at the first NaN or
 * infinity.
 */
public final class FiniteValueCheck {

    /** Values read per block. */
    private static final int BLOCK_VALUES = 1 << 20;

    private FiniteValueCheck() {
    }

    /**
     * @param representation a representation
     * @throws RepresentationFileException naming its file and the first non-finite value's row
     *                                     and column
     */
    public static void requireFinite(Representation representation) throws RepresentationFileException {
        requireFinite(representation.matrix(), representation.file());
    }

    /**
     * @param matrix the matrix
     * @param file   the file it came from, named in the message
     * @throws RepresentationFileException naming the file and the first non-finite value's row
     *                                     (counting from 0) and column
     */
    public static void requireFinite(RowMatrix matrix, Path file) throws RepresentationFileException {
        if (matrix instanceof CsrMatrix csr) {
            for (int r = 0; r < csr.rows(); r++) {
                for (int p = csr.rowStart(r); p < csr.rowEnd(r); p++) {
                    if (!Double.isFinite(csr.valueAt(p))) {
                        throw nonFinite(file, r, csr.columnAt(p), csr.valueAt(p));
                    }
                }
            }
            return;
        }
        int columns = matrix.columns();
        if (columns == 0) {
            return;
        }
        int blockRows = Math.max(1, BLOCK_VALUES / columns);
        double[] block = new double[(int) Math.min((long) blockRows * columns, (long) Math.max(1, matrix.rows()) * columns)];
        for (int first = 0; first < matrix.rows(); first += blockRows) {
            int count = Math.min(blockRows, matrix.rows() - first);
            matrix.readRows(first, count, block, 0);
            for (int i = 0; i < count * columns; i++) {
                if (!Double.isFinite(block[i])) {
                    throw nonFinite(file, first + i / columns, i % columns, block[i]);
                }
            }
        }
    }

    private static RepresentationFileException nonFinite(Path file, int row, int column, double value) {
        String what = Double.isNaN(value) ? "NaN" : value > 0 ? "+Infinity" : "-Infinity";
        return new RepresentationFileException(file, "row " + row + ", column " + column + " is " + what
                + "; values must be finite before metrics are computed");
    }
}
