package org.repalign.io.write;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.JsonParser;
import org.repalign.io.internal.JsonWriter;
import org.repalign.io.internal.MalformedContentException;
import org.repalign.io.internal.SafetensorsFile;
import org.repalign.io.internal.SafetensorsFile.TensorInfo;

/**
 * Writes and reads training checkpoints as one {@code .safetensors} file, so that a checkpoint
 * is replaced atomically as a whole. The arrays of a {@link Checkpoint} are its tensors (F32,
 * F64, I64); its scalars are a JSON object in the {@code __metadata__} entry
 * {@value #SCALARS_KEY}, of the form
 * {@code {"longs":{"step":1200},"doubles":{"loss":0.25,"best":"NaN"},"strings":{"recipe":"l2prh"}}}
 * where doubles are JSON numbers that read back to the same bits, and non-finite doubles the
 * strings {@code NaN}, {@code Infinity}, {@code -Infinity}. The metadata entry {@code format}
 * holds {@value #FORMAT}.
 */
public final class CheckpointFile {

    /** The {@code __metadata__} format marker. */
    public static final String FORMAT = "repalign-checkpoint-1";
    /** The {@code __metadata__} key holding the scalars. */
    public static final String SCALARS_KEY = "scalars";

    private CheckpointFile() {
    }

    /**
     * Writes a checkpoint atomically, replacing an existing file.
     *
     * @param file       the file
     * @param checkpoint the content
     * @throws RepresentationFileException naming the file when it cannot be written
     */
    public static void write(Path file, Checkpoint checkpoint) throws RepresentationFileException {
        SafetensorsWriter writer = new SafetensorsWriter().metadata("format", FORMAT)
                .metadata(SCALARS_KEY, scalarsJson(checkpoint.scalars()));
        for (Map.Entry<String, Checkpoint.Array> e : checkpoint.arrays().entrySet()) {
            long[] shape = e.getValue().shape();
            switch (e.getValue().values()) {
                case float[] f -> writer.addF32(e.getKey(), f, shape);
                case double[] d -> writer.addF64(e.getKey(), d, shape);
                case long[] l -> writer.addI64(e.getKey(), l, shape);
                default -> throw new IllegalArgumentException("array '" + e.getKey() + "' has an unsupported type");
            }
        }
        writer.write(file);
    }

    /**
     * Reads a checkpoint.
     *
     * @param file the file
     * @return the content, whose accessors name the file in their errors
     * @throws RepresentationFileException naming the file when it is missing, corrupt or not a
     *                                     RepAlign checkpoint
     */
    public static Checkpoint read(Path file) throws RepresentationFileException {
        SafetensorsFile safetensors = SafetensorsFile.open(file);
        if (!FORMAT.equals(safetensors.metadata().get("format"))) {
            throw new RepresentationFileException(file, "is not a RepAlign checkpoint (metadata 'format' is "
                    + safetensors.metadata().get("format") + ", expected " + FORMAT + ")");
        }
        Checkpoint.Builder builder = Checkpoint.builder();
        for (TensorInfo info : safetensors.tensors().values()) {
            switch (info.dtype()) {
                case "F32" -> builder.floats(info.name(), safetensors.readFloats(info), info.shape());
                case "F64" -> builder.doubles(info.name(), safetensors.readDoubles(info), info.shape());
                case "I64" -> builder.longs(info.name(), safetensors.readLongs(info), info.shape());
                default -> throw new RepresentationFileException(file, "tensor '" + info.name() + "' has dtype "
                        + info.dtype() + "; a checkpoint holds F32, F64 and I64 tensors");
            }
        }
        try {
            readScalars(safetensors.metadata().get(SCALARS_KEY), builder);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, "checkpoint scalars: " + e.getMessage());
        }
        return builder.build(file);
    }

    private static String scalarsJson(Map<String, Object> scalars) {
        Map<String, Object> longs = new LinkedHashMap<>();
        Map<String, Object> doubles = new LinkedHashMap<>();
        Map<String, Object> strings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : scalars.entrySet()) {
            switch (e.getValue()) {
                case Long l -> longs.put(e.getKey(), l);
                case Double d -> doubles.put(e.getKey(), Double.isFinite(d) ? (Object) d : Double.toString(d));
                case String s -> strings.put(e.getKey(), s);
                default -> throw new IllegalStateException();
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("longs", longs);
        json.put("doubles", doubles);
        json.put("strings", strings);
        return JsonWriter.compact(json);
    }

    private static void readScalars(String text, Checkpoint.Builder builder) throws MalformedContentException {
        if (text == null) {
            throw new MalformedContentException("metadata entry '" + SCALARS_KEY + "' is missing");
        }
        if (!(JsonParser.parse(text) instanceof Map<?, ?> json)) {
            throw new MalformedContentException("not a JSON object");
        }
        for (Map.Entry<?, ?> e : section(json, "longs").entrySet()) {
            if (!(e.getValue() instanceof BigInteger n) || n.bitLength() > 63) {
                throw new MalformedContentException("long '" + e.getKey() + "' holds " + e.getValue());
            }
            builder.scalar((String) e.getKey(), n.longValue());
        }
        for (Map.Entry<?, ?> e : section(json, "doubles").entrySet()) {
            builder.scalar((String) e.getKey(), toDouble(e.getKey(), e.getValue()));
        }
        for (Map.Entry<?, ?> e : section(json, "strings").entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new MalformedContentException("string '" + e.getKey() + "' holds " + e.getValue());
            }
            builder.scalar((String) e.getKey(), s);
        }
    }

    private static Map<?, ?> section(Map<?, ?> json, String name) throws MalformedContentException {
        Object value = json.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedContentException("'" + name + "' is not a JSON object");
        }
        return map;
    }

    private static double toDouble(Object key, Object value) throws MalformedContentException {
        return switch (value) {
            case BigDecimal d -> d.doubleValue();
            case BigInteger n -> n.doubleValue();
            case String s when s.equals("NaN") -> Double.NaN;
            case String s when s.equals("Infinity") -> Double.POSITIVE_INFINITY;
            case String s when s.equals("-Infinity") -> Double.NEGATIVE_INFINITY;
            default -> throw new MalformedContentException("double '" + key + "' holds " + value);
        };
    }
}
