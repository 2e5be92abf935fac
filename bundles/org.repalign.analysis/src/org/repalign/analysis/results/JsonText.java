package org.repalign.analysis.results;

import java.util.Collection;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as JSON. Doubles keep full
 * precision (shortest representation that reads back to the same double); NaN and infinities,
 * which JSON cannot hold, are written as {@code null}. Arrays of objects or arrays put one
 * element on a line; other arrays stay on one line.
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * @param value a map, collection, array of doubles, string, number, boolean or null
     * @return the JSON text, indented by two spaces
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, indent);
        } else if (value instanceof Collection<?> list) {
            array(list.toArray(), out, indent);
        } else if (value instanceof double[] numbers) {
            Object[] boxed = new Object[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                boxed[i] = numbers[i];
            }
            array(boxed, out, indent);
        } else if (value instanceof int[] numbers) {
            Object[] boxed = new Object[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                boxed[i] = numbers[i];
            }
            array(boxed, out, indent);
        } else if (value instanceof Object[] items) {
            array(items, out, indent);
        } else {
            string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            pad(out, indent + 1);
            string(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), out, indent + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
    }

    private static void array(Object[] items, StringBuilder out, int indent) {
        boolean nested = false;
        for (Object item : items) {
            nested |= item instanceof Map<?, ?> || item instanceof Collection<?>;
        }
        if (nested && items.length > 0) {
            out.append("[\n");
            for (int i = 0; i < items.length; i++) {
                pad(out, indent + 1);
                write(items[i], out, indent + 1);
                out.append(i + 1 < items.length ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append(']');
            return;
        }
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(items[i], out, indent);
        }
        out.append(']');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
