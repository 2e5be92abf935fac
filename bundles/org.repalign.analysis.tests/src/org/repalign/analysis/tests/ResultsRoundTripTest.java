package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.BuiltInTables;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every component of every built-in table survives JSON and CSV: undefined numbers as null and
 * empty cells, negative zero, the largest and the smallest doubles exactly, quoted text.
 */
class ResultsRoundTripTest {

    private static final double[] DOUBLES = { Double.NaN, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, -1e-300,
            0.1 + 0.2, 12345.678901234567, -Double.MIN_NORMAL };
    private static final int[] INTS = { Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE };
    private static final long[] LONGS = { Long.MIN_VALUE, -1, 0, Long.MAX_VALUE };
    private static final String[] TEXTS = { "m1", "x, \"quoted\"", "two\nlines", "ünï/cødé", "" };
    private static final Boolean[] FLAGS = { true, false, null };

    private static Object value(RecordComponent component, int row, int column) {
        int k = row + column;
        Class<?> type = component.getType();
        if (type == double.class || type == Double.class) {
            return DOUBLES[k % DOUBLES.length];
        }
        if (type == int.class || type == Integer.class) {
            return INTS[k % INTS.length];
        }
        if (type == long.class) {
            return LONGS[k % LONGS.length];
        }
        if (type == Long.class) {
            return k % 3 == 0 ? null : LONGS[k % LONGS.length];
        }
        if (type == Boolean.class) {
            return FLAGS[k % FLAGS.length];
        }
        if (type == String.class) {
            return TEXTS[k % TEXTS.length];
        }
        if (type == List.class && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == Integer.class) {
            return k % 2 == 0 ? List.of() : List.of(7, -3, Integer.MAX_VALUE);
        }
        throw new AssertionError("no test values for " + component);
    }

    private static <R extends Record> List<R> rows(TableSchema<R> schema) {
        List<R> rows = new ArrayList<>();
        List<RecordComponent> components = schema.components();
        for (int r = 0; r < 24; r++) {
            Object[] values = new Object[components.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = value(components.get(c), r, c);
            }
            rows.add(schema.create(values));
        }
        return rows;
    }

    @Test
    void everyBuiltInTableRoundTripsThroughJsonAndCsv() throws Exception {
        ObjectMapper mapper = ResultsJson.mapper();
        List<TableSchema<?>> all = BuiltInTables.all();
        assertTrue(all.size() >= 11, all.toString());
        for (TableSchema<?> schema : all) {
            roundTrip(mapper, schema);
        }
    }

    private static <R extends Record> void roundTrip(ObjectMapper mapper, TableSchema<R> schema) throws Exception {
        List<R> rows = rows(schema);
        String json = ResultsJson.write(rows);
        JsonNode tree = mapper.readTree(json);
        List<String> keys = new ArrayList<>();
        tree.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(schema.columns(), keys, "JSON keys are the schema's columns: " + schema);
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        List<R> fromJson = new ArrayList<>();
        for (JsonNode node : tree) {
            fromJson.add(mapper.treeToValue(node, schema.type()));
        }
        assertEquals(rows, fromJson, "JSON round trip of " + schema);

        String csv = ResultsCsv.write(schema, rows);
        assertEquals(String.join(",", schema.columns()), csv.lines().findFirst().orElseThrow());
        List<R> fromCsv = ResultsCsv.read(schema, csv);
        for (int i = 0; i < rows.size(); i++) {
            Object[] expected = schema.values(rows.get(i));
            Object[] actual = schema.values(fromCsv.get(i));
            for (int c = 0; c < expected.length; c++) {
                // an empty cell reads back as an empty text: null and "" are one cell
                Object e = expected[c] == null && schema.components().get(c).getType() == String.class ? ""
                        : expected[c];
                assertEquals(e, actual[c], schema + " row " + i + " column " + schema.columns().get(c));
            }
        }
    }

    @Test
    void undefinedNumbersAreNullInJsonAndEmptyInCsvAndNaNWhenRead() throws Exception {
        NoiseRow row = new NoiseRow("a", "b", "cka", 0, 5, Double.POSITIVE_INFINITY, Double.NaN);
        String json = ResultsJson.write(row);
        JsonNode tree = ResultsJson.mapper().readTree(json);
        assertTrue(tree.get("mean_frequency").isNull() && tree.get("value").isNull(), json);
        NoiseRow back = ResultsJson.mapper().readValue(json, NoiseRow.class);
        assertTrue(Double.isNaN(back.meanFrequency()) && Double.isNaN(back.value()), back.toString());
        NoiseRow missing = ResultsJson.mapper().readValue(
                "{\"a\": \"a\", \"b\": \"b\", \"metric\": \"cka\", \"window_start\": 1, \"window_end\": 2}",
                NoiseRow.class);
        assertTrue(Double.isNaN(missing.meanFrequency()) && Double.isNaN(missing.value()),
                "a missing number is NaN, not 0: " + missing);
        assertEquals("a,b,metric,window_start,window_end,mean_frequency,value\na,b,cka,0,5,,\n",
                ResultsCsv.write(NoiseRow.TABLE, List.of(row)));
        // a table of an earlier release, without the slope's interval and test: those read as undefined
        NoiseFit fit = ResultsCsv.read(NoiseFit.TABLE,
                "a,b,metric,slope,intercept,r2,spearman,rising,trend\nx,y,cka,,1.5,,,,undefined\n").get(0);
        assertEquals(new NoiseFit("x", "y", "cka", Double.NaN, 1.5, Double.NaN, Double.NaN, null, "undefined",
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, null), fit);
        // but a lacking column that has no undefined value is still an error
        IOException lacking = assertThrows(IOException.class, () -> ResultsCsv.read(NoiseRow.TABLE,
                "a,b,metric,window_end,mean_frequency,value\nx,y,cka,5,,\n"));
        assertTrue(lacking.getMessage().contains("window_start"), lacking.getMessage());
        assertEquals(List.of(List.of("a", "b"), List.of("x, \"1\"", "line\nbreak")),
                ResultsCsv.parse("a,b\r\n\"x, \"\"1\"\"\",\"line\nbreak\"\r\n"), "RFC 4180 quoting and CRLF");
    }
}
