package org.repalign.analysis.results;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one CSV rule for results: RFC 4180 (Commons CSV; quotes only where a cell needs them,
 * lines end with LF), a header line of column names, and undefined values (NaN, ±infinity,
 * {@code null}) as empty cells, which read back as NaN for a {@code double} and as {@code null}
 * for other boxed types. Cells of lists or maps hold their JSON text ({@link ResultsJson}).
 * Typed tables read and write their rows through their {@link TableSchema}.
 */
public final class ResultsCsv {

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL).get();

    /** Lists and maps in a cell: compact JSON, by the results' one JSON rule. */
    private static final ObjectWriter COMPACT_JSON = ResultsJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private ResultsCsv() {
    }

    /**
     * @param columns the header
     * @param rows    rows of values, each as long as the header
     * @return the CSV text
     */
    public static String write(List<String> columns, Iterable<Object[]> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(columns);
            for (Object[] row : rows) {
                List<String> cells = new ArrayList<>(row.length);
                for (Object value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param schema a table
     * @param rows   its rows
     * @param <R>    the row type
     * @return the CSV text, the header being the schema's columns
     */
    public static <R extends Record> String write(TableSchema<R> schema, List<R> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (R row : rows) {
            values.add(schema.values(row));
        }
        return write(schema.columns(), values);
    }

    /**
     * @param value a value
     * @return its cell text: empty for undefined numbers and null
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? value.toString() : "";
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
            try {
                return COMPACT_JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return value.toString();
    }

    /**
     * @param text CSV text with a header line
     * @return the header followed by the records, each a list of cells; blank lines skipped
     * @throws IOException when the text is not CSV
     */
    public static List<List<String>> parse(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = READ.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return records;
    }

    /**
     * Reads the rows of a typed table: the header holds the columns of the schema in any order;
     * further columns are ignored. A column the file lacks reads as an empty cell (NaN for a
     * {@code double}, {@code null} for other non-text types), so that tables written before a
     * column was added keep opening; a lacking column of a primitive type other than
     * {@code double} is an error.
     *
     * @param schema a table
     * @param text   CSV text with a header line
     * @param <R>    the row type
     * @return the rows in file order
     * @throws IOException with a one-line message naming the line when the text does not fit
     */
    public static <R extends Record> List<R> read(TableSchema<R> schema, String text) throws IOException {
        List<List<String>> records = parse(text);
        if (records.isEmpty()) {
            throw new IOException("no header line");
        }
        List<String> header = records.get(0);
        List<RecordComponent> components = schema.components();
        int[] index = new int[components.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = header.indexOf(schema.columns().get(c));
            Class<?> type = components.get(c).getType();
            if (index[c] < 0 && type.isPrimitive() && type != double.class) {
                throw new IOException("the header " + header + " lacks the column " + schema.columns().get(c));
            }
        }
        List<R> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                throw new IOException("line " + (r + 1) + " has " + cells.size() + " cells, the header "
                        + header.size());
            }
            Object[] values = new Object[index.length];
            for (int c = 0; c < index.length; c++) {
                String cell = index[c] < 0 ? "" : cells.get(index[c]);
                try {
                    values[c] = value(cell, components.get(c).getGenericType());
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException("line " + (r + 1) + ", column " + schema.columns().get(c) + ": '"
                            + cell + "' is not a " + components.get(c).getType().getSimpleName(), e);
                }
            }
            rows.add(schema.create(values));
        }
        return rows;
    }

    /**
     * @param cell a cell's text
     * @param type the type to read it as
     * @return the value: NaN for an empty cell of a double, null for other empty non-text cells
     * @throws IOException when the cell does not hold a value of the type
     */
    public static Object value(String cell, Type type) throws IOException {
        if (type == String.class) {
            return cell;
        }
        if (cell.isEmpty()) {
            if (type == double.class || type == Double.class) {
                return Double.NaN;
            }
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new IllegalArgumentException("an empty cell");
            }
            return null;
        }
        if (type == double.class || type == Double.class) {
            return Double.parseDouble(cell);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.parseInt(cell);
        }
        if (type == long.class || type == Long.class) {
            return Long.parseLong(cell);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (!cell.equals("true") && !cell.equals("false")) {
                throw new IllegalArgumentException("not true or false");
            }
            return Boolean.parseBoolean(cell);
        }
        return ResultsJson.mapper().readValue(cell.startsWith("[") || cell.startsWith("{") ? cell
                : ResultsJson.mapper().writeValueAsString(cell), ResultsJson.mapper().constructType(type));
    }
}
