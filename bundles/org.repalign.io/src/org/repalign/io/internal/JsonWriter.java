package org.repalign.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON values built from maps, lists, strings, numbers, booleans and {@code null},
 * either compactly (no spaces, as the safetensors reference writer does) or indented. Strings
 * escape {@code "}, {@code \} and control characters only, so that non-ASCII text stays UTF-8.
 * Non-finite doubles have no JSON form and are refused.
 */
public final class JsonWriter {

    private final boolean indent;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(boolean indent) {
        this.indent = indent;
    }

    /**
     * @param value a map with string keys, list, string, number, boolean or {@code null}
     * @return the value as JSON without whitespace
     * @throws IllegalArgumentException for a value of another type or a non-finite number
     */
    public static String compact(Object value) {
        JsonWriter writer = new JsonWriter(false);
        writer.value(value, 0);
        return writer.out.toString();
    }

    /**
     * @param value as for {@link #compact}
     * @return the value as JSON indented by two spaces, ending with a newline
     */
    public static String indented(Object value) {
        JsonWriter writer = new JsonWriter(true);
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no representation for " + d);
            }
            out.append(value instanceof Float f ? Float.toString(f) : Double.toString(d));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
            out.append(value instanceof BigDecimal bd ? bd.toString() : value.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int depth) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, found " + e.getKey());
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(key);
            out.append(indent ? ": " : ":");
            value(e.getValue(), depth + 1);
        }
        if (!map.isEmpty()) {
            newline(depth);
        }
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(indent ? ", " : ",");
            }
            value(list.get(i), depth + 1);
        }
        out.append(']');
    }

    private void newline(int depth) {
        if (indent) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
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
