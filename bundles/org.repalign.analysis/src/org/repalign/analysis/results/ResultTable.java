package org.repalign.analysis.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named table of an analysis: fixed columns, rows of strings and numbers. Written as
 * {@code <analysis>-<name>.csv} and, unless it is {@linkplain #fileOnly file-only} (long tables
 * such as every permutation's null score), as a list of objects in {@code report.json}. Tables
 * whose rows are records are {@link RecordTable}s, their columns given by a {@link TableSchema}.
 */
public class ResultTable {

    private final String name;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final boolean inReport;

    /**
     * @param name    table name, a file-name-safe word
     * @param columns column names
     */
    public ResultTable(String name, String... columns) {
        this(name, true, columns);
    }

    ResultTable(String name, boolean inReport, List<String> columns) {
        this.name = name;
        this.inReport = inReport;
        this.columns = List.copyOf(columns);
    }

    private ResultTable(String name, boolean inReport, String... columns) {
        this(name, inReport, List.of(columns));
    }

    /**
     * @param name    table name, a file-name-safe word
     * @param columns column names
     * @return a table written only as {@code <analysis>-<name>.csv}, not into {@code report.json}
     */
    public static ResultTable fileOnly(String name, String... columns) {
        return new ResultTable(name, false, columns);
    }

    /** @return whether the table is also written into {@code report.json} */
    public boolean inReport() {
        return inReport;
    }

    /**
     * Appends a row.
     *
     * @param values one value per column: strings, numbers or booleans; NaN means undefined
     * @return this table
     */
    public ResultTable add(Object... values) {
        return addValues(values);
    }

    final ResultTable addValues(Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("table " + name + " has " + columns.size() + " columns, got "
                    + values.length + " values");
        }
        rows.add(values.clone());
        return this;
    }

    /** @return the table name */
    public String name() {
        return name;
    }

    /** @return the column names */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /**
     * @param row    row index
     * @param column column name
     * @return the value
     */
    public Object get(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column " + column);
        }
        return rows.get(row)[index];
    }

    /**
     * @param row    row index
     * @param column column name
     * @return the value as a double (NaN for null)
     */
    public double number(int row, String column) {
        Object value = get(row, column);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    /** @return the rows as maps from column to value, for JSON */
    public List<Map<String, Object>> toMaps() {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                map.put(columns.get(c), row[c]);
            }
            maps.add(map);
        }
        return Collections.unmodifiableList(maps);
    }

    /**
     * @return the table as CSV ({@link ResultsCsv}): a header line, empty cells for undefined
     *         values
     */
    public String toCsv() {
        return ResultsCsv.write(columns, rows);
    }
}
