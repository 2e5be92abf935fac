package org.repalign.ui.providers;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table ready to show: column names and rows whose cells are a {@link Number} in a
 * numeric column (a {@link Double} NaN where the value is undefined) and a {@link String}
 * otherwise. Read from text ({@link #fromText}), a column is numeric when every non-empty cell of
 * it is a number and at least one is; a numeric column of whole numbers holds {@link Long}s.
 *
 * @param analysis the analysis id
 * @param name     the table name
 * @param columns  the column names
 * @param rows     the rows, each as long as {@code columns}
 */
public record TableModel(String analysis, String name, List<String> columns, List<List<Object>> rows) {

    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d{1,18}");

    /** Compact constructor: checks the row lengths and freezes the lists. */
    public TableModel {
        columns = List.copyOf(columns);
        List<List<Object>> frozen = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": row " + (i + 1) + " has "
                        + rows.get(i).size() + " cells, the header " + columns.size());
            }
            frozen.add(java.util.Collections.unmodifiableList(new ArrayList<>(rows.get(i))));
        }
        rows = List.copyOf(frozen);
    }

    /**
     * Types text cells: a column whose non-empty cells are all numbers becomes numeric (empty
     * cells NaN), every other column stays text.
     *
     * @param analysis the analysis id
     * @param name     the table name
     * @param columns  the column names
     * @param cells    the rows as text cells
     * @return the typed table
     * @throws IllegalArgumentException when a row is not as long as the header
     */
    public static TableModel fromText(String analysis, String name, List<String> columns, List<List<String>> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": row " + (i + 1) + " has " + cells.get(i).size()
                        + " cells, the header " + columns.size());
            }
        }
        boolean[] numeric = new boolean[columns.size()];
        boolean[] integral = new boolean[columns.size()];
        for (int c = 0; c < numeric.length; c++) {
            int column = c;
            boolean any = false;
            boolean all = true;
            for (List<String> row : cells) {
                String text = row.get(c).strip();
                if (!text.isEmpty()) {
                    any = true;
                    all &= !Double.isNaN(parse(text)) || isNaNText(text);
                }
            }
            numeric[c] = any && all;
            integral[c] = numeric[c] && cells.stream().map(row -> row.get(column).strip())
                    .allMatch(text -> text.isEmpty() || INTEGER.matcher(text).matches());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> row : cells) {
            List<Object> typed = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                String text = row.get(c);
                String stripped = text.strip();
                typed.add(!numeric[c] ? text : integral[c] && !stripped.isEmpty() ? (Object) Long.valueOf(stripped)
                        : (Object) parse(stripped));
            }
            rows.add(typed);
        }
        return new TableModel(analysis, name, columns, rows);
    }

    private static boolean isNaNText(String text) {
        return text.equalsIgnoreCase("nan");
    }

    private static double parse(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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
     * @param column a column index
     * @return whether the column holds numbers
     */
    public boolean isNumeric(int column) {
        return !rows.isEmpty() && rows.get(0).get(column) instanceof Number;
    }

    /** @return the names of the numeric columns, in table order */
    public List<String> numericColumns() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (isNumeric(c)) {
                out.add(columns.get(c));
            }
        }
        return out;
    }

    /** @return the names of the text columns, in table order */
    public List<String> textColumns() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!isNumeric(c)) {
                out.add(columns.get(c));
            }
        }
        return out;
    }

    /**
     * @param column a numeric column's name
     * @return its values in row order, NaN where undefined
     * @throws IllegalArgumentException when the column is missing or not numeric
     */
    public double[] numbers(String column) {
        int index = column(column);
        if (!isNumeric(index)) {
            throw new IllegalArgumentException("column '" + column + "' of table " + name + " is not numeric");
        }
        return rows.stream().mapToDouble(row -> ((Number) row.get(index)).doubleValue()).toArray();
    }

    /**
     * @param column a column's name
     * @return its cells as text in row order (numbers as written by {@link Double#toString}, NaN as empty)
     */
    public List<String> labels(String column) {
        int index = column(column);
        return rows.stream().map(row -> {
            Object cell = row.get(index);
            if (cell instanceof Double d) {
                return d.isNaN() ? "" : d % 1 == 0 && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
            }
            return String.valueOf(cell);
        }).toList();
    }

    /** @return the rows as arrays, for {@code RowsTable} */
    public List<Object[]> rowArrays() {
        return rows.stream().map(List::toArray).toList();
    }
}
