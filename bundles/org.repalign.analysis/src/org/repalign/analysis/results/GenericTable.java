package org.repalign.analysis.results;

import java.util.List;

/**
 * A result table read without knowing its row type, for a generic viewer: columns and rows of
 * values (strings, doubles, booleans, whole numbers as {@code Long}; undefined numbers NaN, other
 * undefined values {@code null}).
 *
 * @param analysis the analysis id
 * @param name     the table name
 * @param columns  the column names
 * @param rows     the rows, each as long as {@code columns}
 */
public record GenericTable(String analysis, String name, List<String> columns, List<List<Object>> rows) {

    /** Compact constructor: freezes the lists (values may be null, so not {@code List.copyOf}). */
    public GenericTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
    }

    /**
     * @param column a column name
     * @return its index
     * @throws IllegalArgumentException naming the column when the table has none of that name
     */
    public int column(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column '" + column + "'");
        }
        return index;
    }

    /**
     * @param row    a row index
     * @param column a column name
     * @return the value as a number: NaN when undefined or not a number
     */
    public double number(int row, String column) {
        return rows.get(row).get(column(column)) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * @param row    a row index
     * @param column a column name
     * @return the value as text: empty when undefined
     */
    public String text(int row, String column) {
        return ResultsCsv.cell(rows.get(row).get(column(column)));
    }
}
