package org.repalign.analysis.results;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;

/**
 * Writes a plain tree (maps with string keys, lists, strings, booleans, integers, longs, doubles,
 * floats and null) straight to a streaming generator, the way {@link ResultsJson}'s mapper writes
 * it: same printer, NaN and infinities as {@code null}. A headless command that prints one
 * report so never builds the mapper, whose set-up costs more than the whole printing.
 */
final class PlainJsonWriter {

    /** Deeper trees go to the mapper (which reports cycles); no report comes near it. */
    private static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = new JsonFactory();

    private PlainJsonWriter() {
    }

    /** @return whether {@link #write} can write the value exactly as the mapper would */
    static boolean isPlain(Object value) {
        return isPlain(value, 0);
    }

    private static boolean isPlain(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof Float) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !isPlain(entry.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!isPlain(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * @param value   a plain tree ({@link #isPlain})
     * @param printer the mapper's printer
     * @return the JSON text, without a final line break
     */
    static String write(Object value, PrettyPrinter printer) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.setPrettyPrinter(printer instanceof Instantiatable<?> template
                    ? (PrettyPrinter) template.createInstance() : printer);
            write(value, out);
        }
        return text.toString();
    }

    private static void write(Object value, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String string) {
            out.writeString(string);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Integer integer) {
            out.writeNumber(integer.intValue());
        } else if (value instanceof Long number) {
            out.writeNumber(number.longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                out.writeNumber(number);
            } else {
                out.writeNull();
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName((String) entry.getKey());
                write(entry.getValue(), out);
            }
            out.writeEndObject();
        } else {
            out.writeStartArray();
            for (Object element : (Collection<?>) value) {
                write(element, out);
            }
            out.writeEndArray();
        }
    }
}
