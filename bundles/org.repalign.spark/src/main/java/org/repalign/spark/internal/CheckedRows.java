package org.repalign.spark.internal;

import org.repalign.compute.data.RowMatrix;

/**
 * Rows of another matrix, as read, noting the first value that is not finite (lowest row, then
 * column) among the rows read through it. Each row is expected to be read once.
 */
final class CheckedRows implements RowMatrix {

    private final RowMatrix source;
    private long firstRow = -1;
    private int firstColumn;
    private double firstValue;

    CheckedRows(RowMatrix source) {
        this.source = source;
    }

    @Override
    public int rows() {
        return source.rows();
    }

    @Override
    public int columns() {
        return source.columns();
    }

    @Override
    public void readRows(int start, int rowCount, double[] target, int offset) {
        source.readRows(start, rowCount, target, offset);
        int d = columns();
        for (int r = 0; r < rowCount; r++) {
            if (firstRow >= 0 && start + r >= firstRow) {
                return;
            }
            for (int c = 0; c < d; c++) {
                double v = target[offset + r * d + c];
                if (!Double.isFinite(v)) {
                    firstRow = start + r;
                    firstColumn = c;
                    firstValue = v;
                    break;
                }
            }
        }
    }

    /** @return the row of the first value that is not finite, −1 when none was read */
    long firstRow() {
        return firstRow;
    }

    int firstColumn() {
        return firstColumn;
    }

    double firstValue() {
        return firstValue;
    }
}
