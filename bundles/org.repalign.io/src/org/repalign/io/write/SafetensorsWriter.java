package org.repalign.io.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.ChannelOutput;
import org.repalign.io.internal.JsonWriter;

/**
 * Writes named tensors as a {@code .safetensors} file. Layout, as the reference implementation
 * writes it: an unsigned little-endian 64-bit header length N; N bytes of compact UTF-8 JSON
 * holding {@code "__metadata__"} (a string-to-string map, only when metadata was given) and then
 * each tensor as {@code {"dtype":…,"shape":[…],"data_offsets":[begin,end]}}, in the order the
 * tensors were added, padded with spaces to a multiple of 8 bytes; then the tensors' raw
 * little-endian, row-major data back to back. Data is streamed from the arrays through a
 * {@link java.nio.channels.FileChannel}, and the file is written atomically
 * ({@link AtomicFiles}).
 *
 * <p>Supported dtypes: {@code F32} from {@code float[]}, {@code F64} from {@code double[]},
 * {@code I64} from {@code long[]}. The arrays are referenced, not copied, until
 * {@link #write(Path)}.
 */
public final class SafetensorsWriter {

    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<Tensor> tensors = new ArrayList<>();

    private record Tensor(String name, String dtype, long[] shape, long bytes, Object data) {
    }

    /** Creates a writer with no tensors and no metadata. */
    public SafetensorsWriter() {
    }

    /**
     * Adds an entry to {@code __metadata__}.
     *
     * @param key   the key
     * @param value the value
     * @return this writer
     */
    public SafetensorsWriter metadata(String key, String value) {
        metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Adds a float32 tensor.
     *
     * @param name   a unique name, not {@code __metadata__}
     * @param values the values in row-major order
     * @param shape  the dimensions; their product must equal the number of values (empty for a
     *               scalar)
     * @return this writer
     * @throws IllegalArgumentException when the name or shape is not valid
     */
    public SafetensorsWriter addF32(String name, float[] values, long... shape) {
        return add(name, "F32", 4, values.length, shape, values);
    }

    /**
     * Adds a float64 tensor.
     *
     * @param name   as for {@link #addF32}
     * @param values the values in row-major order
     * @param shape  as for {@link #addF32}
     * @return this writer
     */
    public SafetensorsWriter addF64(String name, double[] values, long... shape) {
        return add(name, "F64", 8, values.length, shape, values);
    }

    /**
     * Adds an int64 tensor.
     *
     * @param name   as for {@link #addF32}
     * @param values the values in row-major order
     * @param shape  as for {@link #addF32}
     * @return this writer
     */
    public SafetensorsWriter addI64(String name, long[] values, long... shape) {
        return add(name, "I64", 8, values.length, shape, values);
    }

    private SafetensorsWriter add(String name, String dtype, int size, int count, long[] shape, Object data) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.equals("__metadata__")) {
            throw new IllegalArgumentException("invalid tensor name '" + name + "'");
        }
        if (tensors.stream().anyMatch(t -> t.name().equals(name))) {
            throw new IllegalArgumentException("tensor '" + name + "' added twice");
        }
        long product = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("tensor '" + name + "' has negative dimension in "
                        + Arrays.toString(shape));
            }
            product = Math.multiplyExact(product, dim);
        }
        if (product != count) {
            throw new IllegalArgumentException("tensor '" + name + "' has shape " + Arrays.toString(shape) + " ("
                    + product + " values) but " + count + " values were given");
        }
        tensors.add(new Tensor(name, dtype, shape.clone(), (long) count * size, data));
        return this;
    }

    /**
     * @return the bytes that precede the tensor data: the 8-byte length and the padded JSON
     *         header
     */
    public byte[] headerBytes() {
        Map<String, Object> header = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            header.put("__metadata__", new LinkedHashMap<>(metadata));
        }
        long offset = 0;
        for (Tensor t : tensors) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", t.dtype());
            info.put("shape", Arrays.stream(t.shape()).boxed().toList());
            info.put("data_offsets", List.of(offset, offset + t.bytes()));
            header.put(t.name(), info);
            offset += t.bytes();
        }
        byte[] json = JsonWriter.compact(header).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer bytes = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(padded).put(json);
        while (bytes.hasRemaining()) {
            bytes.put((byte) ' ');
        }
        return bytes.array();
    }

    /**
     * Writes the file atomically, replacing an existing one.
     *
     * @param file the file
     * @throws RepresentationFileException naming the file when it cannot be written
     */
    public void write(Path file) throws RepresentationFileException {
        byte[] header = headerBytes();
        AtomicFiles.writeFile(file, channel -> {
            ChannelOutput out = new ChannelOutput(channel);
            out.putBytes(header);
            for (Tensor t : tensors) {
                switch (t.data()) {
                    case float[] f -> out.putFloats(f);
                    case double[] d -> out.putDoubles(d);
                    case long[] l -> out.putLongs(l);
                    default -> throw new IllegalStateException();
                }
            }
            out.flush();
        });
    }
}
