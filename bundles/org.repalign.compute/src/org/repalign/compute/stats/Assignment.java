package org.repalign.compute.stats;

import java.util.Arrays;

/**
 * A solution of a linear assignment problem on an r × c cost matrix: min(r, c) rows are matched
 * to distinct columns.
 *
 * @param rows        r
 * @param columns     c
 * @param columnOfRow for each row, its column, or −1 when the row is unassigned (only when r &gt; c)
 * @param total       Σ cost(row, columnOfRow[row]) over the assigned rows, in the original costs
 */
public record Assignment(int rows, int columns, int[] columnOfRow, double total) {

    /** Compact constructor: copies the array. */
    public Assignment {
        columnOfRow = columnOfRow.clone();
    }

    /** @return a copy of the column of each row (−1 for unassigned rows) */
    @Override
    public int[] columnOfRow() {
        return columnOfRow.clone();
    }

    /** @return the row of each column, −1 for unassigned columns */
    public int[] rowOfColumn() {
        int[] rowOf = new int[columns];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < rows; r++) {
            if (columnOfRow[r] >= 0) {
                rowOf[columnOfRow[r]] = r;
            }
        }
        return rowOf;
    }

    /** @return the number of matched pairs, min(rows, columns) */
    public int size() {
        return Math.min(rows, columns);
    }
}
