package org.repalign.io.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small subset of Python literals found in an {@code .npy} header: dicts, tuples,
 * lists, quoted strings, integers, {@code True}, {@code False} and {@code None}. Tuples and
 * lists both become {@link List}s; integers become {@link BigInteger}s.
 */
public final class PythonLiteralParser {

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int position;

    private PythonLiteralParser(String text) {
        this.text = text;
    }

    /**
     * @param text a Python literal, surrounding white space allowed
     * @return the value
     * @throws MalformedContentException describing the first syntax error
     */
    public static Object parse(String text) throws MalformedContentException {
        PythonLiteralParser parser = new PythonLiteralParser(text);
        Object value = parser.value(0);
        parser.skipSpace();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the literal");
        }
        return value;
    }

    private Object value(int depth) throws MalformedContentException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        skipSpace();
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return dict(depth);
            case '(':
                return sequence(')', depth);
            case '[':
                return sequence(']', depth);
            case '\'':
            case '"':
                return string(c);
            default:
                if (c == '-' || c == '+' || Character.isDigit(c)) {
                    return integer();
                }
                return word();
        }
    }

    private Map<String, Object> dict(int depth) throws MalformedContentException {
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                position++;
                return map;
            }
            Object key = value(depth + 1);
            if (!(key instanceof String name)) {
                throw error("dict key is not a string");
            }
            skipSpace();
            expect(':');
            map.put(name, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != '}') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> sequence(char close, int depth) throws MalformedContentException {
        position++;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == close) {
                position++;
                return items;
            }
            items.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != close) {
                throw error("expected ',' or '" + close + "'");
            }
        }
    }

    private String string(char quote) throws MalformedContentException {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && position < text.length()) {
                c = text.charAt(position++);
            }
            out.append(c);
        }
        throw error("unterminated string");
    }

    private BigInteger integer() throws MalformedContentException {
        int start = position;
        if (peek() == '-' || peek() == '+') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        // Python 2 headers may write long integers as 3L
        String digits = text.substring(start, position);
        if (position < text.length() && text.charAt(position) == 'L') {
            position++;
        }
        try {
            return new BigInteger(digits);
        } catch (NumberFormatException e) {
            throw error("malformed integer");
        }
    }

    private Object word() throws MalformedContentException {
        int start = position;
        while (position < text.length() && Character.isLetter(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        return switch (word) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> {
                position = start;
                throw error("unexpected character '" + text.charAt(start) + "'");
            }
        };
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
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private MalformedContentException error(String what) {
        return new MalformedContentException(what + " at character " + position);
    }
}
