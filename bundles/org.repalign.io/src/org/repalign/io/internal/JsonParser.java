package org.repalign.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser for headers such as safetensors'. Objects become
 * {@link LinkedHashMap}s, arrays {@link ArrayList}s, integers {@link BigInteger}s, other numbers
 * {@link BigDecimal}s; {@code null} becomes {@code null}. Nesting is limited so hostile input
 * cannot exhaust the stack.
 */
public final class JsonParser {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int position;

    private JsonParser(String text) {
        this.text = text;
    }

    /**
     * @param text JSON text
     * @return the value
     * @throws MalformedContentException describing the first syntax error and its offset
     */
    public static Object parse(String text) throws MalformedContentException {
        JsonParser parser = new JsonParser(text);
        Object value = parser.value(0);
        parser.skipSpace();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value(int depth) throws MalformedContentException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        skipSpace();
        if (position >= text.length()) {
            throw error("unexpected end of JSON");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object(int depth) throws MalformedContentException {
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            position++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            String key = string();
            skipSpace();
            expect(':');
            Object value = value(depth + 1);
            if (map.containsKey(key)) {
                throw error("duplicate key \"" + key + "\"");
            }
            map.put(key, value);
            skipSpace();
            char c = peek();
            position++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                position--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) throws MalformedContentException {
        position++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            position++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            skipSpace();
            char c = peek();
            position++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                position--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws MalformedContentException {
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                position--;
                throw error("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char e = text.charAt(position++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("truncated \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("malformed \\u escape");
                    }
                    position += 4;
                }
                default -> {
                    position--;
                    throw error("unknown escape '\\" + e + "'");
                }
            }
        }
        throw error("unterminated string");
    }

    private Object number() throws MalformedContentException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        int digitsStart = position;
        while (Character.isDigit(peek())) {
            position++;
        }
        if (position == digitsStart || (text.charAt(digitsStart) == '0' && position - digitsStart > 1)) {
            throw error("malformed number");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            position++;
            int fraction = position;
            while (Character.isDigit(peek())) {
                position++;
            }
            if (position == fraction) {
                throw error("malformed number");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            int exponent = position;
            while (Character.isDigit(peek())) {
                position++;
            }
            if (position == exponent) {
                throw error("malformed number");
            }
        }
        String literal = text.substring(start, position);
        if (literal.length() > 400) {
            throw error("number too long");
        }
        return integral ? new BigInteger(literal) : new BigDecimal(literal);
    }

    private Object literal(String word, Object value) throws MalformedContentException {
        if (!text.startsWith(word, position)) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) throws MalformedContentException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipSpace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private MalformedContentException error(String what) {
        return new MalformedContentException(what + " at offset " + position);
    }
}
