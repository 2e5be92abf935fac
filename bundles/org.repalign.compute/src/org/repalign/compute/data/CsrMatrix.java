package org.repalign.compute.data;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse row (CSR) layout, the layout scipy writes for
 * {@code scipy.sparse.csr_matrix} and the one RepAlign uses for SAE codes. Row {@code r}'s
 * nonzeros are {@code values[indptr[r] .. indptr[r + 1])} at columns
 * {@code indices[indptr[r] .. indptr[r + 1])}.
 */
public final class CsrMatrix implements RowMatrix {

    private final int rows;
    private final int columns;
    private final int[] indptr;
    private final int[] indices;
    private final double[] values;

    private CsrMatrix(int rows, int columns, int[] indptr, int[] indices, double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.indptr = indptr;
        this.indices = indices;
        this.values = values;
    }

    /**
     * Builds a CSR matrix after checking that the arrays describe one.
     *
     * @param rows    number of rows
     * @param columns number of columns
     * @param indptr  {@code rows + 1} non-decreasing offsets starting at 0
     * @param indices column of each stored value, each in {@code [0, columns)}
     * @param values  stored values
     * @return the matrix; it takes ownership of the arrays
     * @throws IllegalArgumentException naming the first inconsistency found
     */
    public static CsrMatrix of(int rows, int columns, int[] indptr, int[] indices, double[] values) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("negative shape " + rows + " x " + columns);
        }
        if (indptr.length != rows + 1) {
            throw new IllegalArgumentException("indptr has " + indptr.length + " entries, expected rows + 1 = " + (rows + 1));
        }
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices has " + indices.length + " entries but data has " + values.length);
        }
        if (indptr[0] != 0 || indptr[rows] != values.length) {
            throw new IllegalArgumentException("indptr must start at 0 and end at " + values.length
                    + ", found " + indptr[0] + " and " + indptr[rows]);
        }
        for (int r = 0; r < rows; r++) {
            if (indptr[r + 1] < indptr[r]) {
                throw new IllegalArgumentException("indptr decreases at row " + r);
            }
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= columns) {
                throw new IllegalArgumentException("column index " + indices[i] + " at position " + i
                        + " is outside [0, " + columns + ")");
            }
        }
        return new CsrMatrix(rows, columns, indptr, indices, values);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    /** @return the number of stored values */
    public int nonZeros() {
        return values.length;
    }

    /** @return a copy of the row offsets */
    public int[] indptr() {
        return indptr.clone();
    }

    /** @return a copy of the column indices */
    public int[] indices() {
        return indices.clone();
    }

    /** @return a copy of the stored values */
    public double[] values() {
        return values.clone();
    }

    /** @return the offset of row {@code row}'s first stored value */
    public int rowStart(int row) {
        return indptr[row];
    }

    /** @return one past the offset of row {@code row}'s last stored value */
    public int rowEnd(int row) {
        return indptr[row + 1];
    }

    /** @return the column of stored value {@code position} */
    public int columnAt(int position) {
        return indices[position];
    }

    /** @return stored value {@code position} */
    public double valueAt(int position) {
        return values[position];
    }

    @Override
    public void readRows(int firstRow, int rowCount, double[] target, int offset) {
        RowMatrix.checkBlock(rows, columns, firstRow, rowCount, target, offset);
        Arrays.fill(target, offset, offset + rowCount * columns, 0.0);
        for (int r = 0; r < rowCount; r++) {
            int base = offset + r * columns;
            for (int p = indptr[firstRow + r]; p < indptr[firstRow + r + 1]; p++) {
                target[base + indices[p]] += values[p];
            }
        }
    }
}
