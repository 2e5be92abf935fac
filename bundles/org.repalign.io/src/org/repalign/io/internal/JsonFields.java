package org.repalign.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Typed, strict access to the fields of a parsed JSON object (see {@link JsonParser}). Every
 * failure names the field, e.g. {@code field 'd_in' is missing} or
 * {@code field 'k' holds "eight", not an integer}.
 */
public final class JsonFields {

    private final Map<?, ?> object;
    private final String prefix;

    /**
     * @param object a parsed JSON object
     * @param prefix prepended to field names in messages, e.g. {@code repalign.}; may be empty
     */
    public JsonFields(Map<?, ?> object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /**
     * @param value a parsed JSON value
     * @param what  what it should be, for the message
     * @return the fields of the object
     * @throws MalformedContentException when it is not an object
     */
    public static JsonFields of(Object value, String what) throws MalformedContentException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedContentException(what + " is not a JSON object");
        }
        return new JsonFields(map, "");
    }

    /**
     * @param key a field name
     * @return whether the field is present and not {@code null}
     */
    public boolean has(String key) {
        return object.get(key) != null;
    }

    /**
     * @param key a field name
     * @return the raw value, or {@code null}
     */
    public Object raw(String key) {
        return object.get(key);
    }

    /**
     * @param key a field that must hold an object
     * @return its fields, named with this prefix plus {@code key.}
     * @throws MalformedContentException when missing or not an object
     */
    public JsonFields requireObject(String key) throws MalformedContentException {
        if (!(require(key) instanceof Map<?, ?> map)) {
            throw wrongType(key, "a JSON object");
        }
        return new JsonFields(map, prefix + key + ".");
    }

    /**
     * @param key a field that must hold a string
     * @return the string
     * @throws MalformedContentException when missing or of another type
     */
    public String requireString(String key) throws MalformedContentException {
        if (!(require(key) instanceof String s)) {
            throw wrongType(key, "a string");
        }
        return s;
    }

    /**
     * @param key      a field
     * @param fallback returned when the field is absent or {@code null}
     * @return the string
     * @throws MalformedContentException when present with another type
     */
    public String optionalString(String key, String fallback) throws MalformedContentException {
        return has(key) ? requireString(key) : fallback;
    }

    /**
     * @param key a field that must hold an integer within {@code long}
     * @return the value
     * @throws MalformedContentException when missing, not an integer or out of range
     */
    public long requireLong(String key) throws MalformedContentException {
        if (!(require(key) instanceof BigInteger n) || n.bitLength() > 63) {
            throw wrongType(key, "an integer");
        }
        return n.longValue();
    }

    /**
     * @param key a field that must hold a positive integer within {@code int}
     * @return the value
     * @throws MalformedContentException when missing, not such an integer
     */
    public int requirePositiveInt(String key) throws MalformedContentException {
        long value = requireLong(key);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new MalformedContentException("field '" + prefix + key + "' holds " + value
                    + ", not a positive integer below 2^31");
        }
        return (int) value;
    }

    /**
     * @param key a field that must hold a number
     * @return the value
     * @throws MalformedContentException when missing or not a number
     */
    public double requireDouble(String key) throws MalformedContentException {
        Object value = require(key);
        if (value instanceof BigInteger n) {
            return n.doubleValue();
        }
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        throw wrongType(key, "a number");
    }

    /**
     * @param key      a field
     * @param fallback returned when absent or {@code null}
     * @return the value
     * @throws MalformedContentException when present and not {@code true}/{@code false}
     */
    public boolean optionalBoolean(String key, boolean fallback) throws MalformedContentException {
        if (!has(key)) {
            return fallback;
        }
        if (!(object.get(key) instanceof Boolean b)) {
            throw wrongType(key, "true or false");
        }
        return b;
    }

    private Object require(String key) throws MalformedContentException {
        Object value = object.get(key);
        if (value == null) {
            throw new MalformedContentException("field '" + prefix + key + "' is missing");
        }
        return value;
    }

    private MalformedContentException wrongType(String key, String expected) {
        Object value = object.get(key);
        String shown = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new MalformedContentException("field '" + prefix + key + "' holds " + shown + ", not " + expected);
    }
}
