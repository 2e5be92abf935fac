package org.repalign.io.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repalign.io.Representation;

/**
 * Reads one 2-D tensor from a {@code .safetensors} file. Layout: an unsigned little-endian
 * 64-bit header length N, N bytes of UTF-8 JSON mapping each tensor name to
 * {@code {"dtype", "shape", "data_offsets": [begin, end]}} (offsets relative to the byte after
 * the header) plus an optional {@code "__metadata__"} string map, then the little-endian,
 * row-major data. Dtypes F16, BF16, F32 and F64 are accepted.
 */
public final class SafetensorsReader extends FileFormatReader {

    /** The largest JSON header accepted: 100 MB, as the reference implementation. */
    static final long MAX_HEADER_BYTES = 100_000_000L;

    private final long maxWindowBytes;

    /** A reader mapping windows of up to 1 GiB. */
    public SafetensorsReader() {
        this(WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
    }

    /** @param maxWindowBytes the largest window to map */
    public SafetensorsReader(long maxWindowBytes) {
        super("safetensors", List.of(".safetensors"));
        this.maxWindowBytes = maxWindowBytes;
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        if (size < 8) {
            throw new MalformedContentException("holds " + size + " bytes, too few for a safetensors header length");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long headerLength = ZipDirectory.readAt(channel, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
            if (headerLength < 0 || headerLength > size - 8) {
                throw new MalformedContentException("header length " + Long.toUnsignedString(headerLength)
                        + " runs past the end of the file (" + size + " bytes)");
            }
            if (headerLength > MAX_HEADER_BYTES) {
                throw new MalformedContentException("header length " + headerLength + " exceeds the limit of "
                        + MAX_HEADER_BYTES + " bytes");
            }
            Map<?, ?> header = SafetensorsFile.parseHeader(ZipDirectory.readAt(channel, 8, (int) headerLength));
            String name = chooseTensor(header, tensorName);
            long bufferStart = 8 + headerLength;
            TensorEntry tensor = TensorEntry.of(name, header.get(name));
            long bufferLength = size - bufferStart;
            if (tensor.begin() > tensor.end() || tensor.end() > bufferLength) {
                throw new MalformedContentException("tensor '" + name + "' has data_offsets [" + tensor.begin() + ", "
                        + tensor.end() + "] outside the " + bufferLength + "-byte data buffer; is the file truncated?");
            }
            DenseShape shape = DenseShape.check(tensor.rows(), tensor.columns(), tensor.type(),
                    tensor.end() - tensor.begin(), "tensor '" + name + "'", "its data_offsets range");
            WindowedMatrix matrix = WindowedMatrix.map(channel, bufferStart + tensor.begin(), shape.rows(),
                    shape.columns(), tensor.type(), ByteOrder.LITTLE_ENDIAN, false, maxWindowBytes);
            return new Representation(file, formatName(), matrix, null);
        }
    }

    private static String chooseTensor(Map<?, ?> header, String tensorName) throws MalformedContentException {
        List<String> names = new ArrayList<>();
        List<String> matrices = new ArrayList<>();
        for (Map.Entry<?, ?> e : header.entrySet()) {
            String key = (String) e.getKey();
            if (key.equals("__metadata__")) {
                continue;
            }
            names.add(key);
            if (e.getValue() instanceof Map<?, ?> info && info.get("shape") instanceof List<?> dims && dims.size() == 2) {
                matrices.add(key);
            }
        }
        if (tensorName != null) {
            if (!names.contains(tensorName)) {
                throw new MalformedContentException("has no tensor '" + tensorName + "'; it holds "
                        + (names.isEmpty() ? "none" : NameLists.summarize(names)));
            }
            return tensorName;
        }
        if (matrices.size() == 1) {
            return matrices.get(0);
        }
        if (matrices.isEmpty()) {
            throw new MalformedContentException("holds no 2-D tensor"
                    + (names.isEmpty() ? "" : " among " + NameLists.summarize(names)));
        }
        throw new MalformedContentException("holds " + matrices.size() + " 2-D tensors (" + NameLists.summarize(matrices)
                + "); name the one to read");
    }

    private record TensorEntry(ElementType type, long rows, long columns, long begin, long end) {

        static TensorEntry of(String name, Object value) throws MalformedContentException {
            String label = "tensor '" + name + "'";
            if (!(value instanceof Map<?, ?> info)) {
                throw new MalformedContentException(label + " is not described by a JSON object");
            }
            if (!(info.get("dtype") instanceof String dtype)) {
                throw new MalformedContentException(label + " has no dtype");
            }
            ElementType type = switch (dtype) {
                case "F16" -> ElementType.FLOAT16;
                case "BF16" -> ElementType.BFLOAT16;
                case "F32" -> ElementType.FLOAT32;
                case "F64" -> ElementType.FLOAT64;
                default -> throw new MalformedContentException(label + " has dtype " + dtype
                        + ", which is not supported; expected F16, BF16, F32 or F64");
            };
            if (!(info.get("shape") instanceof List<?> dims) || dims.size() != 2) {
                throw new MalformedContentException(label + " has shape " + info.get("shape")
                        + "; expected a 2-D tensor (items x features)");
            }
            long rows = nonNegative(dims.get(0), label + " shape");
            long columns = nonNegative(dims.get(1), label + " shape");
            if (!(info.get("data_offsets") instanceof List<?> offsets) || offsets.size() != 2) {
                throw new MalformedContentException(label + " has no [begin, end] data_offsets");
            }
            return new TensorEntry(type, rows, columns, nonNegative(offsets.get(0), label + " data_offsets"),
                    nonNegative(offsets.get(1), label + " data_offsets"));
        }

        private static long nonNegative(Object value, String what) throws MalformedContentException {
            if (!(value instanceof BigInteger number) || number.signum() < 0 || number.bitLength() > 62) {
                throw new MalformedContentException(what + " holds " + value + ", not a non-negative integer");
            }
            return number.longValue();
        }
    }
}
