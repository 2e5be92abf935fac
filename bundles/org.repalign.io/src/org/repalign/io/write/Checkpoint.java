package org.repalign.io.write;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.repalign.io.RepresentationFileException;

/**
 * The content of a {@link CheckpointFile}: named arrays (float32, float64 or int64, each with a
 * shape) and named scalars ({@code long}, {@code double} or {@code String}). Built with
 * {@link #builder()}; a checkpoint read from a file names that file in the errors of its
 * {@code require…} accessors. Arrays are not copied.
 */
public final class Checkpoint {

    /**
     * One stored array.
     *
     * @param values a {@code float[]}, {@code double[]} or {@code long[]}
     * @param shape  its dimensions
     */
    public record Array(Object values, long[] shape) {
    }

    private final Path source;
    private final Map<String, Array> arrays;
    private final Map<String, Object> scalars;

    Checkpoint(Path source, Map<String, Array> arrays, Map<String, Object> scalars) {
        this.source = source;
        this.arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        this.scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
    }

    /** @return a builder for a new checkpoint */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the arrays by name, in the order they were added */
    public Map<String, Array> arrays() {
        return arrays;
    }

    /** @return the scalars by name: {@link Long}, {@link Double} or {@link String} values */
    public Map<String, Object> scalars() {
        return scalars;
    }

    /** @return the names of the arrays */
    public Set<String> arrayNames() {
        return arrays.keySet();
    }

    /**
     * @param name an array name
     * @return its float32 values
     * @throws RepresentationFileException when it is missing or of another type
     */
    public float[] requireFloats(String name) throws RepresentationFileException {
        return (float[]) requireArray(name, float[].class, "float32");
    }

    /**
     * @param name an array name
     * @return its float64 values
     * @throws RepresentationFileException when it is missing or of another type
     */
    public double[] requireDoubles(String name) throws RepresentationFileException {
        return (double[]) requireArray(name, double[].class, "float64");
    }

    /**
     * @param name an array name
     * @return its int64 values
     * @throws RepresentationFileException when it is missing or of another type
     */
    public long[] requireLongs(String name) throws RepresentationFileException {
        return (long[]) requireArray(name, long[].class, "int64");
    }

    /**
     * @param name an array name
     * @return its shape
     * @throws RepresentationFileException when it is missing
     */
    public long[] requireShape(String name) throws RepresentationFileException {
        Array array = arrays.get(name);
        if (array == null) {
            throw missing("array", name);
        }
        return array.shape().clone();
    }

    /**
     * @param name a scalar name
     * @return its value
     * @throws RepresentationFileException when it is missing or not a long
     */
    public long requireLong(String name) throws RepresentationFileException {
        return (Long) requireScalar(name, Long.class, "an integer");
    }

    /**
     * @param name a scalar name
     * @return its value
     * @throws RepresentationFileException when it is missing or not a double
     */
    public double requireDouble(String name) throws RepresentationFileException {
        return (Double) requireScalar(name, Double.class, "a double");
    }

    /**
     * @param name a scalar name
     * @return its value
     * @throws RepresentationFileException when it is missing or not a string
     */
    public String requireString(String name) throws RepresentationFileException {
        return (String) requireScalar(name, String.class, "a string");
    }

    /**
     * @param name a scalar name
     * @return its value when it is present and a string, else {@code null}
     */
    public String optionalString(String name) {
        return scalars.get(name) instanceof String value ? value : null;
    }

    private Object requireArray(String name, Class<?> type, String label) throws RepresentationFileException {
        Array array = arrays.get(name);
        if (array == null) {
            throw missing("array", name);
        }
        if (!type.isInstance(array.values())) {
            throw problem("array '" + name + "' is not " + label);
        }
        return array.values();
    }

    private Object requireScalar(String name, Class<?> type, String label) throws RepresentationFileException {
        Object value = scalars.get(name);
        if (value == null) {
            throw missing("scalar", name);
        }
        if (!type.isInstance(value)) {
            throw problem("scalar '" + name + "' is not " + label);
        }
        return value;
    }

    private RepresentationFileException missing(String kind, String name) {
        return problem("checkpoint has no " + kind + " '" + name + "'");
    }

    private RepresentationFileException problem(String text) {
        return new RepresentationFileException(source == null ? Path.of("checkpoint") : source, text);
    }

    /** Collects the arrays and scalars of a checkpoint. */
    public static final class Builder {

        private final Map<String, Array> arrays = new LinkedHashMap<>();
        private final Map<String, Object> scalars = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param name   a unique array name
         * @param values float32 values
         * @param shape  dimensions whose product is the number of values
         * @return this builder
         */
        public Builder floats(String name, float[] values, long... shape) {
            return array(name, values, values.length, shape);
        }

        /**
         * @param name   a unique array name
         * @param values float64 values
         * @param shape  dimensions whose product is the number of values
         * @return this builder
         */
        public Builder doubles(String name, double[] values, long... shape) {
            return array(name, values, values.length, shape);
        }

        /**
         * @param name   a unique array name, e.g. firing counters or a PRNG state
         * @param values int64 values
         * @param shape  dimensions whose product is the number of values
         * @return this builder
         */
        public Builder longs(String name, long[] values, long... shape) {
            return array(name, values, values.length, shape);
        }

        /**
         * @param name  a scalar name, e.g. {@code step}
         * @param value the value
         * @return this builder
         */
        public Builder scalar(String name, long value) {
            scalars.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * @param name  a scalar name
         * @param value the value, NaN and infinities included
         * @return this builder
         */
        public Builder scalar(String name, double value) {
            scalars.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * @param name  a scalar name
         * @param value the value
         * @return this builder
         */
        public Builder scalar(String name, String value) {
            scalars.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        private Builder array(String name, Object values, int count, long[] shape) {
            Objects.requireNonNull(name, "name");
            if (arrays.containsKey(name)) {
                throw new IllegalArgumentException("array '" + name + "' added twice");
            }
            NpyWriter.checkShape(count, shape);
            arrays.put(name, new Array(values, shape.clone()));
            return this;
        }

        /** @return the checkpoint */
        public Checkpoint build() {
            return new Checkpoint(null, arrays, scalars);
        }

        Checkpoint build(Path source) {
            return new Checkpoint(source, arrays, scalars);
        }
    }

    @Override
    public String toString() {
        return "Checkpoint" + arrays.keySet() + scalars + (source == null ? "" : " from " + source);
    }
}
