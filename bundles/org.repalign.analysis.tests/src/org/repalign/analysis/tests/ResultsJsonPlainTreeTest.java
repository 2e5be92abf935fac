package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.results.ResultsJson;

/**
 * {@link ResultsJson#write} writes plain trees (maps, lists, strings, numbers, booleans, null)
 * without building its mapper; the text must be the mapper's, character for character, and other
 * values (arrays, records, non-string keys) still go through the mapper.
 */
class ResultsJsonPlainTreeTest {

    private static Map<String, Object> plainTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "x, \"quoted\"\ttab\nünï/cødé \u0001");
        tree.put("empty_text", "");
        tree.put("int_min", Integer.MIN_VALUE);
        tree.put("long_max", Long.MAX_VALUE);
        tree.put("doubles", Arrays.asList(Double.NaN, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, 0.1 + 0.2, 1e21,
                1e-7, 100.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -12345.678901234567));
        tree.put("floats", Arrays.asList(0.1f, Float.NaN, -3.5f, Float.MAX_VALUE));
        tree.put("flags", Arrays.asList(true, false, null));
        tree.put("absent", null);
        tree.put("empty_map", new LinkedHashMap<>());
        tree.put("empty_list", new ArrayList<>());
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("inner", List.of(List.of(1, 2), List.of(), Map.of("k", 3L)));
        nested.put("", "empty key");
        tree.put("nested", nested);
        return tree;
    }

    @Test
    void aPlainTreeIsWrittenExactlyAsTheMapperWritesIt() throws Exception {
        Map<String, Object> tree = plainTree();
        String expected = ResultsJson.mapper().writeValueAsString(tree) + "\n";
        assertEquals(expected, ResultsJson.write(tree));
        // the text is what the rules say: undefined numbers are null, two-space indents
        String text = ResultsJson.write(tree);
        assertTrue(text.contains("\"absent\": null"), text);
        assertTrue(text.contains("\n  \"int_min\": -2147483648,"), text);
        assertTrue(text.contains("[ null, -0.0, 1.7976931348623157E308"), text);
    }

    @Test
    void scalarsAndListsAtTheTopAreWrittenAsTheMapperWritesThem() throws Exception {
        for (Object value : Arrays.asList(null, "x", 3, 4L, Double.NaN, 2.5, true, List.of(1.5, "a"))) {
            assertEquals(ResultsJson.mapper().writeValueAsString(value) + "\n", ResultsJson.write(value),
                    String.valueOf(value));
        }
    }

    @Test
    void otherValuesStillGoThroughTheMapper() throws Exception {
        record Cell(double meanValue, int rowCount) {
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("cell", new Cell(Double.NaN, 7));
        tree.put("array", new double[] { 1.0, Double.NaN });
        Map<Integer, Object> numberKeys = new LinkedHashMap<>();
        numberKeys.put(1, "one");
        tree.put("number_keys", numberKeys);
        String text = ResultsJson.write(tree);
        assertEquals(ResultsJson.mapper().writeValueAsString(tree) + "\n", text);
        // the record went through the mapper's naming rule and its undefined-number rule
        assertTrue(text.contains("\"mean_value\": null"), text);
        assertTrue(text.contains("\"row_count\": 7"), text);
    }
}
