package org.repalign.analysis.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one JSON rule for results ({@code report.json}, {@code subsets.json},
 * {@code environment.json}): a configured Jackson {@link ObjectMapper}.
 * <ul>
 * <li>Record components are named as {@link TableSchema#columnName} names them (snake case), so
 * a table's JSON keys and CSV header come from one place.</li>
 * <li>NaN and ±infinity, which JSON cannot hold, are written as {@code null}; {@code null} or a
 * missing number is read back into a {@code double} or {@code Double} as NaN, never as 0.</li>
 * <li>Doubles keep full precision (the shortest text that reads back to the same double).</li>
 * <li>Unknown keys are ignored on reading, so later additive fields keep older readers working.</li>
 * </ul>
 */
public final class ResultsJson {

    /** The printer of every JSON text written: two-space indents, a space after each colon. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(DefaultPrettyPrinter.DEFAULT_SEPARATORS
                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));

    private ResultsJson() {
    }

    /** @return the configured mapper; shared and thread-safe, do not reconfigure it */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** Holds the mapper, built on first use: plain trees are written without it. */
    private static final class Mapper {
        private static final ObjectMapper INSTANCE = create();
    }

    /**
     * @param value maps, lists, records, arrays, strings, numbers, booleans or null
     * @return the JSON text, indented by two spaces, with a final line break
     */
    public static String write(Object value) {
        try {
            if (PlainJsonWriter.isPlain(value)) {
                return PlainJsonWriter.write(value, PRINTER) + "\n";
            }
            return mapper().writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a JSON file
     * @param type the type to read it as
     * @param <T>  the type
     * @return the value
     * @throws IOException when the file cannot be read or is not JSON of that type
     */
    public static <T> T read(Path file, Class<T> type) throws IOException {
        return mapper().readValue(file.toFile(), type);
    }

    private static ObjectMapper create() {
        SimpleModule undefined = new SimpleModule("repalign-undefined-numbers");
        undefined.addSerializer(Double.class, new FiniteOrNull<>());
        undefined.addSerializer(double.class, new FiniteOrNull<>());
        undefined.addSerializer(Float.class, new FiniteOrNull<>());
        undefined.addSerializer(float.class, new FiniteOrNull<>());
        undefined.addDeserializer(Double.class, new NullAsNaN());
        undefined.addDeserializer(double.class, new NullAsNaN());
        return JsonMapper.builder()
                .addModule(undefined)
                .propertyNamingStrategy(new ColumnNames())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, false)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
                .configure(SerializationFeature.INDENT_OUTPUT, true)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
                .defaultPrettyPrinter(PRINTER)
                .build();
    }

    /** Record component names as table columns, the rule of {@link TableSchema#columnName}. */
    private static final class ColumnNames extends PropertyNamingStrategies.NamingBase {
        private static final long serialVersionUID = 1L;

        @Override
        public String translate(String propertyName) {
            return propertyName == null ? null : TableSchema.columnName(propertyName);
        }
    }

    /** Writes a finite number as itself, NaN and infinities as {@code null}. */
    private static final class FiniteOrNull<N extends Number> extends JsonSerializer<N> {
        @Override
        public void serialize(N value, JsonGenerator out, SerializerProvider provider) throws IOException {
            double d = value.doubleValue();
            if (Double.isFinite(d)) {
                out.writeNumber(d);
            } else {
                out.writeNull();
            }
        }
    }

    /** Reads a number as a double; {@code null} and a missing value are NaN. */
    private static final class NullAsNaN extends JsonDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonToken token = in.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return in.getDoubleValue();
            }
            if (token == JsonToken.VALUE_NULL) {
                return Double.NaN;
            }
            return (Double) context.handleUnexpectedToken(Double.class, in);
        }

        @Override
        public Double getNullValue(DeserializationContext context) {
            return Double.NaN;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Double.NaN;
        }
    }
}
