package org.repalign.compute.data;

/**
 * A read-only matrix whose rows are items (words, images, tokens) and whose columns are
 * features. Implementations may keep their values on the heap, in a memory-mapped file or in a
 * sparse layout; callers read them in blocks of consecutive rows, so that a matrix larger than
 * the heap can be streamed.
 *
 * <p>Values are delivered as {@code double} whatever the storage type, so that every
 * accumulation downstream happens in float64.
 */
public interface RowMatrix {

    /** @return the number of rows (items) */
    int rows();

    /** @return the number of columns (features) */
    int columns();

    /**
     * Copies {@code rowCount} consecutive rows, starting at {@code firstRow}, into
     * {@code target} in row-major order: value (r, c) of the block goes to
     * {@code target[offset + r * columns() + c]}.
     *
     * @throws IndexOutOfBoundsException if the rows or the target range are out of bounds
     */
    void readRows(int firstRow, int rowCount, double[] target, int offset);

    /**
     * Copies one row into a new array.
     *
     * @param row the row index
     * @return the row's values
     */
    default double[] row(int row) {
        double[] values = new double[columns()];
        readRows(row, 1, values, 0);
        return values;
    }

    /**
     * Checks that a block request lies inside a matrix of the given shape.
     *
     * @throws IndexOutOfBoundsException when it does not
     */
    static void checkBlock(int rows, int columns, int firstRow, int rowCount, double[] target, int offset) {
        if (firstRow < 0 || rowCount < 0 || firstRow > rows - rowCount) {
            throw new IndexOutOfBoundsException(
                    "rows " + firstRow + ".." + (firstRow + rowCount) + " of a matrix with " + rows + " rows");
        }
        long needed = (long) rowCount * columns;
        if (offset < 0 || offset + needed > target.length) {
            throw new IndexOutOfBoundsException(
                    "target of length " + target.length + " cannot hold " + needed + " values at offset " + offset);
        }
    }
}
