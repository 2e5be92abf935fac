package org.repalign.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.store.ResultStore;

/**
 * A result table as a run folder holds it: {@code <analysis>-<table>.csv} (RFC 4180, a header
 * line, empty cells for undefined values), read back as text cells.
 *
 * @param analysis the analysis id
 * @param name     the table name
 * @param file     the CSV file
 * @param columns  the header
 * @param rows     the rows, each as long as the header
 */
public record ResultTableFile(String analysis, String name, Path file, List<String> columns, List<List<String>> rows) {

    /** Compact constructor: freezes the lists. */
    public ResultTableFile {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * @param runFolder a run folder
     * @param analysis  an analysis id
     * @param name      a table name
     * @return the table
     * @throws IOException naming the file when it is missing or a row does not fit the header
     */
    public static ResultTableFile read(Path runFolder, String analysis, String name) throws IOException {
        Path file = runFolder.resolve(ResultStore.tableFileName(analysis, name));
        List<List<String>> records = ResultsCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IOException(file.getFileName() + ": has no header line");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = records.subList(1, records.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IOException(file.getFileName() + ": row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, the header " + header.size());
            }
        }
        return new ResultTableFile(analysis, name, file, header, rows);
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
     * @return the cell as a number, NaN when empty or not a number
     */
    public double number(int row, String column) {
        String text = rows.get(row).get(column(column));
        try {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
