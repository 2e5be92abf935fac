package org.repalign.io.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repalign.io.RepresentationFileException;

/**
 * Reads every tensor of any rank from a {@code .safetensors} file onto the heap, checking the
 * header as the reference implementation does: the header length lies inside the file, the JSON
 * is valid UTF-8, each tensor's byte range matches its dtype and shape, and the ranges tile the
 * data buffer without gaps or overlaps. Dtypes F16, BF16, F32, F64 (read as floats or doubles)
 * and I64, I32 (read as longs) are accepted. All failures are
 * {@link RepresentationFileException}s naming the file.
 */
public final class SafetensorsFile {

    /** The largest JSON header accepted, as the reference implementation. */
    private static final long MAX_HEADER_BYTES = 100_000_000L;

    /**
     * One tensor's description.
     *
     * @param name  its name
     * @param dtype the safetensors dtype, e.g. {@code F32}
     * @param shape its dimensions
     * @param begin start of its bytes, relative to the data buffer
     * @param end   end of its bytes, exclusive
     */
    public record TensorInfo(String name, String dtype, long[] shape, long begin, long end) {

        /** @return the number of elements */
        public long elementCount() {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            return n;
        }

        /** @return the shape as text, e.g. {@code [768, 8192]} */
        public String shapeText() {
            return Arrays.toString(shape);
        }
    }

    private final Path file;
    private final Map<String, String> metadata;
    private final Map<String, TensorInfo> tensors;
    private final long dataStart;

    private SafetensorsFile(Path file, Map<String, String> metadata, Map<String, TensorInfo> tensors, long dataStart) {
        this.file = file;
        this.metadata = metadata;
        this.tensors = tensors;
        this.dataStart = dataStart;
    }

    /**
     * Reads and checks the header.
     *
     * @param file the file
     * @return the parsed header
     * @throws RepresentationFileException naming the file when it is missing or not valid
     */
    public static SafetensorsFile open(Path file) throws RepresentationFileException {
        long size = FileChecks.requireReadableFile(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (size < 8) {
                throw new MalformedContentException("holds " + size + " bytes, too few for a safetensors header length");
            }
            long headerLength = ZipDirectory.readAt(channel, 0, 8).getLong(0);
            if (headerLength < 0 || headerLength > size - 8) {
                throw new MalformedContentException("header length " + Long.toUnsignedString(headerLength)
                        + " runs past the end of the file (" + size + " bytes)");
            }
            if (headerLength > MAX_HEADER_BYTES) {
                throw new MalformedContentException("header length " + headerLength + " exceeds the limit of "
                        + MAX_HEADER_BYTES + " bytes");
            }
            Map<?, ?> header = parseHeader(ZipDirectory.readAt(channel, 8, (int) headerLength));
            Map<String, String> metadata = new LinkedHashMap<>();
            Map<String, TensorInfo> tensors = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : header.entrySet()) {
                String key = (String) e.getKey();
                if (key.equals("__metadata__")) {
                    metadata = metadata(e.getValue());
                } else {
                    tensors.put(key, tensor(key, e.getValue()));
                }
            }
            checkTiling(tensors.values(), size - 8 - headerLength);
            return new SafetensorsFile(file, Map.copyOf(metadata), tensors, 8 + headerLength);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage());
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }

    /**
     * @param bytes the header bytes
     * @return the header as a JSON object
     * @throws MalformedContentException when it is not UTF-8 JSON holding an object
     */
    static Map<?, ?> parseHeader(ByteBuffer bytes) throws MalformedContentException {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedContentException("header is not valid UTF-8");
        }
        Object parsed;
        try {
            parsed = JsonParser.parse(json);
        } catch (MalformedContentException e) {
            throw new MalformedContentException("header is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> header)) {
            throw new MalformedContentException("header is not a JSON object");
        }
        return header;
    }

    private static Map<String, String> metadata(Object value) throws MalformedContentException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedContentException("__metadata__ is not a JSON object");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new MalformedContentException("__metadata__ entry '" + e.getKey() + "' is not a string");
            }
            result.put((String) e.getKey(), s);
        }
        return result;
    }

    private static TensorInfo tensor(String name, Object value) throws MalformedContentException {
        String label = "tensor '" + name + "'";
        if (!(value instanceof Map<?, ?> info)) {
            throw new MalformedContentException(label + " is not described by a JSON object");
        }
        if (!(info.get("dtype") instanceof String dtype)) {
            throw new MalformedContentException(label + " has no dtype");
        }
        if (elementBytes(dtype) == 0) {
            throw new MalformedContentException(label + " has dtype " + dtype
                    + ", which is not supported; expected F16, BF16, F32, F64, I32 or I64");
        }
        if (!(info.get("shape") instanceof List<?> dims)) {
            throw new MalformedContentException(label + " has no shape");
        }
        long[] shape = new long[dims.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = nonNegative(dims.get(i), label + " shape");
            count = count == 0 || shape[i] == 0 ? 0 : multiply(count, shape[i], label);
        }
        if (!(info.get("data_offsets") instanceof List<?> offsets) || offsets.size() != 2) {
            throw new MalformedContentException(label + " has no [begin, end] data_offsets");
        }
        long begin = nonNegative(offsets.get(0), label + " data_offsets");
        long end = nonNegative(offsets.get(1), label + " data_offsets");
        long bytes = multiply(count, elementBytes(dtype), label);
        if (end < begin || end - begin != bytes) {
            throw new MalformedContentException(label + " has data_offsets [" + begin + ", " + end + "] ("
                    + (end - begin) + " bytes) but dtype " + dtype + " and shape " + Arrays.toString(shape)
                    + " need " + bytes + " bytes");
        }
        return new TensorInfo(name, dtype, shape, begin, end);
    }

    private static long multiply(long a, long b, String label) throws MalformedContentException {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new MalformedContentException(label + " is too large");
        }
    }

    private static void checkTiling(java.util.Collection<TensorInfo> tensors, long bufferLength)
            throws MalformedContentException {
        List<TensorInfo> sorted = new ArrayList<>(tensors);
        sorted.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        long expected = 0;
        for (TensorInfo t : sorted) {
            if (t.begin() != expected) {
                throw new MalformedContentException("tensor '" + t.name() + "' starts at data offset " + t.begin()
                        + " but the previous tensor ends at " + expected + " (gap or overlap)");
            }
            expected = t.end();
        }
        if (expected != bufferLength) {
            throw new MalformedContentException("tensors cover " + expected + " bytes of data but the file holds "
                    + bufferLength + "; is it truncated?");
        }
    }

    private static long nonNegative(Object value, String what) throws MalformedContentException {
        if (!(value instanceof BigInteger number) || number.signum() < 0 || number.bitLength() > 62) {
            throw new MalformedContentException(what + " holds " + value + ", not a non-negative integer");
        }
        return number.longValue();
    }

    private static int elementBytes(String dtype) {
        return switch (dtype) {
            case "F16", "BF16" -> 2;
            case "F32", "I32" -> 4;
            case "F64", "I64" -> 8;
            default -> 0;
        };
    }

    /** @return the file position where the data buffer starts (tensor offsets are relative to it) */
    public long dataStart() {
        return dataStart;
    }

    /**
     * @param info a tensor of this file
     * @return the storage type of a floating-point tensor, empty for integer tensors
     */
    public static Optional<ElementType> floatType(TensorInfo info) {
        return Optional.ofNullable(switch (info.dtype()) {
            case "F16" -> ElementType.FLOAT16;
            case "BF16" -> ElementType.BFLOAT16;
            case "F32" -> ElementType.FLOAT32;
            case "F64" -> ElementType.FLOAT64;
            default -> null;
        });
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the {@code __metadata__} map, empty when absent */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the tensors in header order */
    public Map<String, TensorInfo> tensors() {
        return java.util.Collections.unmodifiableMap(tensors);
    }

    /**
     * @param name a tensor name
     * @return its description, if present
     */
    public Optional<TensorInfo> tensor(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    /**
     * Reads a floating-point tensor as floats (F64 values are rounded).
     *
     * @param info a tensor of this file
     * @return its values in row-major order
     * @throws RepresentationFileException naming the file when it is not a float tensor, too
     *                                     large, or cannot be read
     */
    public float[] readFloats(TensorInfo info) throws RepresentationFileException {
        float[] values = new float[heapCount(info, 4)];
        readElements(info, true, (buffer, position, i) -> values[i] = (float) floatAt(info.dtype(), buffer, position));
        return values;
    }

    /**
     * Reads a floating-point tensor as doubles.
     *
     * @param info a tensor of this file
     * @return its values in row-major order
     * @throws RepresentationFileException as for {@link #readFloats}
     */
    public double[] readDoubles(TensorInfo info) throws RepresentationFileException {
        double[] values = new double[heapCount(info, 8)];
        readElements(info, true, (buffer, position, i) -> values[i] = floatAt(info.dtype(), buffer, position));
        return values;
    }

    /**
     * Reads an integer tensor as longs.
     *
     * @param info a tensor of this file
     * @return its values in row-major order
     * @throws RepresentationFileException naming the file when it is not an integer tensor or
     *                                     cannot be read
     */
    public long[] readLongs(TensorInfo info) throws RepresentationFileException {
        long[] values = new long[heapCount(info, 8)];
        readElements(info, false, (buffer, position, i) -> values[i] = info.dtype().equals("I64")
                ? buffer.getLong(position) : buffer.getInt(position));
        return values;
    }

    private interface ElementSink {
        void accept(ByteBuffer buffer, int position, int index);
    }

    private int heapCount(TensorInfo info, int bytesPerValue) throws RepresentationFileException {
        long count = info.elementCount();
        if (count > Integer.MAX_VALUE - 8) {
            throw new RepresentationFileException(file, "tensor '" + info.name() + "' has " + count
                    + " elements, more than a Java array holds");
        }
        try {
            HeapBudget.require(count * bytesPerValue, "tensor '" + info.name() + "'");
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage());
        }
        return (int) count;
    }

    private void readElements(TensorInfo info, boolean floating, ElementSink sink) throws RepresentationFileException {
        boolean isFloat = info.dtype().startsWith("F") || info.dtype().equals("BF16");
        if (isFloat != floating) {
            throw new RepresentationFileException(file, "tensor '" + info.name() + "' has dtype " + info.dtype()
                    + "; expected " + (floating ? "a floating-point" : "an integer") + " dtype");
        }
        int size = elementBytes(info.dtype());
        int count = (int) info.elementCount();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            long position = dataStart + info.begin();
            int done = 0;
            while (done < count) {
                int n = Math.min(buffer.capacity() / size, count - done);
                buffer.clear().limit(n * size);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, position + buffer.position()) < 0) {
                        throw new RepresentationFileException(file, "tensor '" + info.name() + "' is truncated");
                    }
                }
                for (int i = 0; i < n; i++) {
                    sink.accept(buffer, i * size, done + i);
                }
                position += (long) n * size;
                done += n;
            }
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }

    private static double floatAt(String dtype, ByteBuffer buffer, int position) {
        return switch (dtype) {
            case "F16" -> ElementType.FLOAT16.read(buffer, position);
            case "BF16" -> ElementType.BFLOAT16.read(buffer, position);
            case "F32" -> ElementType.FLOAT32.read(buffer, position);
            default -> ElementType.FLOAT64.read(buffer, position);
        };
    }
}
