package org.repalign.compute.data;

import java.util.Arrays;

/** A dense float64 matrix held on the heap in row-major order. */
public final class DenseMatrix implements RowMatrix {

    private final int rows;
    private final int columns;
    private final double[] values;

    private DenseMatrix(int rows, int columns, double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    /**
     * Wraps row-major values without copying them.
     *
     * @param rows    number of rows
     * @param columns number of columns
     * @param values  {@code rows * columns} values, row-major; the matrix takes ownership
     * @return the matrix
     */
    public static DenseMatrix wrap(int rows, int columns, double[] values) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("negative shape " + rows + " x " + columns);
        }
        if ((long) rows * columns != values.length) {
            throw new IllegalArgumentException(
                    "shape " + rows + " x " + columns + " needs " + (long) rows * columns + " values, got " + values.length);
        }
        return new DenseMatrix(rows, columns, values);
    }

    /**
     * Copies a rectangular array of rows.
     *
     * @param data the rows; all of the same length
     * @return the matrix
     */
    public static DenseMatrix of(double[][] data) {
        int rows = data.length;
        int columns = rows == 0 ? 0 : data[0].length;
        double[] values = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            if (data[r].length != columns) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + data[r].length + " values, row 0 has " + columns);
            }
            System.arraycopy(data[r], 0, values, r * columns, columns);
        }
        return new DenseMatrix(rows, columns, values);
    }

    /**
     * Reads a whole row matrix onto the heap.
     *
     * @param source any row matrix
     * @return a dense copy
     */
    public static DenseMatrix copyOf(RowMatrix source) {
        if (source instanceof DenseMatrix dense) {
            return new DenseMatrix(dense.rows, dense.columns, dense.values.clone());
        }
        long size = (long) source.rows() * source.columns();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + source.rows() + " x " + source.columns()
                    + " matrix is too large to hold on the heap; use a streaming computation");
        }
        double[] values = new double[(int) size];
        source.readRows(0, source.rows(), values, 0);
        return new DenseMatrix(source.rows(), source.columns(), values);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the value at (row, column)
     */
    public double get(int row, int column) {
        return values[row * columns + column];
    }

    @Override
    public void readRows(int firstRow, int rowCount, double[] target, int offset) {
        RowMatrix.checkBlock(rows, columns, firstRow, rowCount, target, offset);
        System.arraycopy(values, firstRow * columns, target, offset, rowCount * columns);
    }

    /** @return a copy of the row-major values */
    public double[] toArray() {
        return values.clone();
    }

    /** @return a copy as an array of rows */
    public double[][] toRows() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(values, r * columns, (r + 1) * columns);
        }
        return out;
    }
}
