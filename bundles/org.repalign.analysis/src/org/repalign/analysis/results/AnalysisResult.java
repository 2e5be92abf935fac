package org.repalign.analysis.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one analysis: its tables, its summary values (shares, fits) and a few lines
 * for a person to read.
 */
public final class AnalysisResult {

    private final String id;
    private final Map<String, ResultTable> tables = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, double[][]> arrays = new LinkedHashMap<>();

    /**
     * @param id the analysis id
     */
    public AnalysisResult(String id) {
        this.id = id;
    }

    /** @return the analysis id */
    public String id() {
        return id;
    }

    /**
     * @param table a table; its name keys it in {@code report.json}
     * @param <T>   the table's type
     * @return the table
     */
    public <T extends ResultTable> T addTable(T table) {
        tables.put(table.name(), table);
        return table;
    }

    /**
     * @param key   a key of the analysis object in {@code report.json}
     * @param value a JSON-able value (map, list, number, string)
     */
    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** @param line a line of the human summary */
    public void summary(String line) {
        summary.add(line);
    }

    /** @param note something the user should know about the result */
    public void note(String note) {
        notes.add(note);
    }

    /**
     * @param name   a file name without extension; written as {@code <id>/<name>.npy}
     * @param matrix rows of equal length
     */
    public void putArray(String name, double[][] matrix) {
        arrays.put(name, matrix);
    }

    /** @return the arrays by name */
    public Map<String, double[][]> arrays() {
        return arrays;
    }

    /** @return the tables by name */
    public Map<String, ResultTable> tables() {
        return tables;
    }

    /**
     * @param name a table name
     * @return the table
     */
    public ResultTable table(String name) {
        ResultTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("analysis " + id + " has no table " + name);
        }
        return table;
    }

    /** @return summary values by key */
    public Map<String, Object> values() {
        return values;
    }

    /** @return the human summary lines */
    public List<String> summary() {
        return summary;
    }

    /** @return notes */
    public List<String> notes() {
        return notes;
    }

    /**
     * @param schema a table's schema
     * @param <R>    its row type
     * @return a new empty table of that schema, added to this result
     */
    public <R extends Record> RecordTable<R> addTable(TableSchema<R> schema) {
        return addTable(RecordTable.of(schema));
    }

    /**
     * @return the analysis object of {@code report.json} (format 2): {@code tables} (each a
     *         list of rows; file-only tables left out and named in {@code file_tables}),
     *         {@code values}, {@code summary} and {@code notes}, so that table names and values
     *         cannot collide
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> inReport = new LinkedHashMap<>();
        List<String> fileOnly = new ArrayList<>();
        for (ResultTable table : tables.values()) {
            if (table.inReport()) {
                inReport.put(table.name(), table.toMaps());
            } else {
                fileOnly.add(table.name());
            }
        }
        json.put("tables", inReport);
        json.put("file_tables", fileOnly);
        json.put("values", values);
        json.put("summary", summary);
        json.put("notes", notes);
        return json;
    }
}
