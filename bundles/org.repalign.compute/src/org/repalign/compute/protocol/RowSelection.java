package org.repalign.compute.protocol;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;

/**
 * Copies chosen rows of a matrix, keeping the storage kind: a {@link CsrMatrix} gives a
 * {@link CsrMatrix} (only the selected rows' nonzeros are copied), any other matrix (dense,
 * memory-mapped) gives a {@link DenseMatrix} on the heap. A copy, not a view, so that metrics
 * get the fast paths of the concrete classes and a subsample of a memory-mapped matrix is read
 * from disk once; the copy is m × d, which the subsampling protocol keeps small.
 */
public final class RowSelection {

    private RowSelection() {
    }

    /**
     * @param source the matrix
     * @param rows   row indices in [0, source.rows()), in the order wanted; repeats allowed
     * @return a matrix whose row i is {@code source} row {@code rows[i]}
     * @throws IndexOutOfBoundsException for an index outside the matrix
     * @throws IllegalArgumentException when the selection is too large for one heap array
     */
    public static RowMatrix of(RowMatrix source, int[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= source.rows()) {
                throw new IndexOutOfBoundsException("row " + rows[i] + " at position " + i + " of a matrix with "
                        + source.rows() + " rows");
            }
        }
        if (source instanceof CsrMatrix csr) {
            return ofCsr(csr, rows);
        }
        return ofDense(source, rows);
    }

    private static CsrMatrix ofCsr(CsrMatrix source, int[] rows) {
        int[] indptr = new int[rows.length + 1];
        long total = 0;
        for (int i = 0; i < rows.length; i++) {
            total += source.rowEnd(rows[i]) - source.rowStart(rows[i]);
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the selected rows hold more than " + Integer.MAX_VALUE + " nonzeros");
            }
            indptr[i + 1] = (int) total;
        }
        int[] indices = new int[(int) total];
        double[] values = new double[(int) total];
        for (int i = 0; i < rows.length; i++) {
            int out = indptr[i];
            for (int p = source.rowStart(rows[i]); p < source.rowEnd(rows[i]); p++) {
                indices[out] = source.columnAt(p);
                values[out] = source.valueAt(p);
                out++;
            }
        }
        return CsrMatrix.of(rows.length, source.columns(), indptr, indices, values);
    }

    private static DenseMatrix ofDense(RowMatrix source, int[] rows) {
        int columns = source.columns();
        long size = (long) rows.length * columns;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a selection of " + rows.length + " rows × " + columns
                    + " columns is too large to hold on the heap");
        }
        double[] values = new double[(int) size];
        int i = 0;
        while (i < rows.length) {
            int run = 1;
            while (i + run < rows.length && rows[i + run] == rows[i] + run) {
                run++;
            }
            source.readRows(rows[i], run, values, i * columns);
            i += run;
        }
        return DenseMatrix.wrap(rows.length, columns, values);
    }
}
