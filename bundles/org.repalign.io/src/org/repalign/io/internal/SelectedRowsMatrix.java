package org.repalign.io.internal;

import org.repalign.compute.data.RowMatrix;

/** A view of chosen rows of another matrix, in a given order. */
public final class SelectedRowsMatrix implements RowMatrix {

    private final RowMatrix source;
    private final int[] rows;

    /**
     * @param source the matrix
     * @param rows   the source row of each view row; owned by the view
     */
    public SelectedRowsMatrix(RowMatrix source, int[] rows) {
        for (int row : rows) {
            if (row < 0 || row >= source.rows()) {
                throw new IndexOutOfBoundsException("row " + row + " of a matrix with " + source.rows() + " rows");
            }
        }
        this.source = source;
        this.rows = rows;
    }

    @Override
    public int rows() {
        return rows.length;
    }

    @Override
    public int columns() {
        return source.columns();
    }

    @Override
    public void readRows(int firstRow, int rowCount, double[] target, int offset) {
        RowMatrix.checkBlock(rows.length, source.columns(), firstRow, rowCount, target, offset);
        int columns = source.columns();
        int r = 0;
        while (r < rowCount) {
            // copy runs of consecutive source rows in one call
            int start = rows[firstRow + r];
            int run = 1;
            while (r + run < rowCount && rows[firstRow + r + run] == start + run) {
                run++;
            }
            source.readRows(start, run, target, offset + r * columns);
            r += run;
        }
    }
}
