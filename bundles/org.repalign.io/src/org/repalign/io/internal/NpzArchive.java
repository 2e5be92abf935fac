package org.repalign.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.repalign.compute.data.RowMatrix;

/**
 * An {@code .npz} archive: a zip file whose entries are {@code .npy} arrays named
 * {@code <name>.npy}, stored ({@code np.savez}) or deflated ({@code np.savez_compressed}).
 * Stored dense arrays are memory-mapped where they lie; deflated ones are inflated onto the heap
 * when small and into a scratch file otherwise.
 */
public final class NpzArchive {

    /** Deflated arrays up to this size are inflated onto the heap. */
    static final long HEAP_INFLATE_LIMIT = 16L << 20;

    private final FileChannel channel;
    private final ZipDirectory directory;

    private NpzArchive(FileChannel channel, ZipDirectory directory) {
        this.channel = channel;
        this.directory = directory;
    }

    /**
     * @param channel an open channel on the archive, kept open by the caller while reading
     * @return the archive
     * @throws MalformedContentException when it is not a zip archive
     * @throws IOException               on read failure
     */
    public static NpzArchive open(FileChannel channel) throws MalformedContentException, IOException {
        return new NpzArchive(channel, ZipDirectory.read(channel));
    }

    /** @return the array names, without the {@code .npy} suffix, in archive order */
    public List<String> arrayNames() {
        List<String> names = new ArrayList<>();
        for (ZipEntryInfo entry : directory.entries()) {
            names.add(arrayName(entry));
        }
        return names;
    }

    /**
     * @param name an array name, with or without {@code .npy}
     * @return the entry holding it
     */
    public Optional<ZipEntryInfo> entry(String name) {
        for (ZipEntryInfo entry : directory.entries()) {
            if (entry.name().equals(name) || arrayName(entry).equals(name)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * @param entry an entry
     * @return its name without {@code .npy}
     */
    public static String arrayName(ZipEntryInfo entry) {
        String name = entry.name();
        return name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * @param entry an entry
     * @return its array header
     * @throws MalformedContentException when it is not an npy array
     * @throws IOException               on read failure
     */
    public NpyHeader header(ZipEntryInfo entry) throws MalformedContentException, IOException {
        try (InputStream in = open(entry)) {
            return withEntry(entry, () -> NpyHeader.read(in, entry.size()));
        }
    }

    /**
     * Reads a 2-D float array as a matrix.
     *
     * @param entry an entry
     * @return the matrix, mapped or on the heap
     * @throws MalformedContentException when it is not a 2-D float array or is truncated
     * @throws IOException               on read failure
     */
    public RowMatrix denseMatrix(ZipEntryInfo entry) throws MalformedContentException, IOException {
        NpyHeader header = header(entry);
        String label = "array '" + arrayName(entry) + "'";
        ElementType type = withEntry(entry, header::floatType);
        if (header.shape().length != 2) {
            throw new MalformedContentException(label + " has shape " + header.shapeText()
                    + "; expected a 2-D array (items x features)");
        }
        DenseShape shape = DenseShape.check(header.shape()[0], header.shape()[1], type,
                entry.size() - header.dataOffset(), label, "its entry");
        long bytes = (long) shape.rows() * shape.columns() * type.bytes();
        if (entry.method() == ZipEntryInfo.STORED) {
            long start = directory.dataStart(entry) + header.dataOffset();
            return WindowedMatrix.map(channel, start, shape.rows(), shape.columns(), type, header.order(),
                    header.fortranOrder(), WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
        }
        try (InputStream in = open(entry)) {
            in.skipNBytes(header.dataOffset());
            if (bytes <= HEAP_INFLATE_LIMIT) {
                byte[] data = in.readNBytes((int) bytes);
                if (data.length < bytes) {
                    throw new MalformedContentException(label + " ends after " + data.length + " of " + bytes
                            + " bytes of data; is it truncated?");
                }
                return WindowedMatrix.wrap(ByteBuffer.wrap(data), shape.rows(), shape.columns(), type,
                        header.order(), header.fortranOrder());
            }
            return ScratchFile.copyAndMap(in, bytes, shape, type, header.order(), header.fortranOrder(), label);
        } catch (java.io.EOFException e) {
            throw new MalformedContentException(label + " is truncated");
        }
    }

    /**
     * Reads a 1-D (or 0-D) int32/int64 array onto the heap as ints.
     *
     * @param entry an entry
     * @return the values
     * @throws MalformedContentException when the dtype is not an integer type, a value does not
     *                                   fit an int, or the data is truncated
     * @throws IOException               on read failure
     */
    public int[] readInts(ZipEntryInfo entry) throws MalformedContentException, IOException {
        String label = "array '" + arrayName(entry) + "'";
        try (InputStream in = open(entry)) {
            NpyHeader header = withEntry(entry, () -> NpyHeader.read(in, entry.size()));
            if ((header.kind() != 'i' && header.kind() != 'u') || (header.itemSize() != 4 && header.itemSize() != 8)) {
                throw new MalformedContentException(label + " has dtype '" + header.descr() + "' ("
                        + header.describeDtype() + "); expected int32 or int64");
            }
            long count = checkedCount(header, entry, label);
            HeapBudget.require(count * 4, label);
            int[] values = new int[(int) count];
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(header.order());
            int size = header.itemSize();
            int done = 0;
            while (done < count) {
                int n = (int) Math.min(buffer.capacity() / size, count - done);
                fill(in, buffer, n * size, label);
                for (int i = 0; i < n; i++) {
                    long v = size == 4 ? (header.kind() == 'u' ? buffer.getInt(i * 4) & 0xffffffffL : buffer.getInt(i * 4))
                            : buffer.getLong(i * 8);
                    if (v < 0 || v > Integer.MAX_VALUE) {
                        throw new MalformedContentException(label + " holds " + v + " at position " + (done + i)
                                + ", outside the supported range 0.." + Integer.MAX_VALUE);
                    }
                    values[done + i] = (int) v;
                }
                done += n;
            }
            return values;
        }
    }

    /**
     * Reads a 1-D float array onto the heap.
     *
     * @param entry an entry
     * @return the values
     * @throws MalformedContentException when the dtype is not a float type or data is truncated
     * @throws IOException               on read failure
     */
    public double[] readDoubles(ZipEntryInfo entry) throws MalformedContentException, IOException {
        String label = "array '" + arrayName(entry) + "'";
        try (InputStream in = open(entry)) {
            NpyHeader header = withEntry(entry, () -> NpyHeader.read(in, entry.size()));
            ElementType type;
            try {
                type = header.floatType();
            } catch (MalformedContentException e) {
                throw new MalformedContentException(label + ": " + e.getMessage());
            }
            long count = checkedCount(header, entry, label);
            HeapBudget.require(count * 8, label);
            double[] values = new double[(int) count];
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(header.order());
            int size = type.bytes();
            int done = 0;
            while (done < count) {
                int n = (int) Math.min(buffer.capacity() / size, count - done);
                fill(in, buffer, n * size, label);
                for (int i = 0; i < n; i++) {
                    values[done + i] = type.read(buffer, i * size);
                }
                done += n;
            }
            return values;
        }
    }

    /**
     * Reads a scalar byte-string or unicode array, such as scipy's {@code format}.
     *
     * @param entry an entry
     * @return the text, trailing NULs removed
     * @throws MalformedContentException when it is not a short string array
     * @throws IOException               on read failure
     */
    public String readText(ZipEntryInfo entry) throws MalformedContentException, IOException {
        String label = "array '" + arrayName(entry) + "'";
        try (InputStream in = open(entry)) {
            NpyHeader header = withEntry(entry, () -> NpyHeader.read(in, entry.size()));
            int charBytes = header.kind() == 'S' || header.kind() == 'a' ? 1 : header.kind() == 'U' ? 4 : 0;
            if (charBytes == 0 || header.elementCount() != 1 || header.itemSize() > 1024) {
                throw new MalformedContentException(label + " has dtype '" + header.descr() + "' and shape "
                        + header.shapeText() + "; expected a single string");
            }
            byte[] bytes = in.readNBytes(header.itemSize() * charBytes);
            if (bytes.length < header.itemSize() * charBytes) {
                throw new MalformedContentException(label + " is truncated");
            }
            String text = charBytes == 1 ? new String(bytes, StandardCharsets.ISO_8859_1)
                    : new String(bytes, header.order() == ByteOrder.BIG_ENDIAN ? java.nio.charset.Charset.forName("UTF-32BE")
                            : java.nio.charset.Charset.forName("UTF-32LE"));
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == '\0') {
                end--;
            }
            return text.substring(0, end);
        }
    }

    private long checkedCount(NpyHeader header, ZipEntryInfo entry, String label) throws MalformedContentException {
        if (header.shape().length > 1) {
            throw new MalformedContentException(label + " has shape " + header.shapeText() + "; expected 1-D");
        }
        long count = header.elementCount();
        long needed = count * header.itemSize();
        long available = entry.size() - header.dataOffset();
        if (count > Integer.MAX_VALUE - 8 || needed > available) {
            throw new MalformedContentException(label + " declares " + count + " elements ("
                    + DataSize.format((double) count * header.itemSize()) + ") but its entry holds " + available
                    + " bytes of data");
        }
        return count;
    }

    private static void fill(InputStream in, ByteBuffer buffer, int bytes, String label)
            throws MalformedContentException, IOException {
        int read = in.readNBytes(buffer.array(), 0, bytes);
        if (read < bytes) {
            throw new MalformedContentException(label + " is truncated");
        }
    }

    private InputStream open(ZipEntryInfo entry) throws MalformedContentException, IOException {
        long start = directory.dataStart(entry);
        InputStream raw = new ChannelInputStream(channel, start, start + entry.compressedSize());
        return switch (entry.method()) {
            case ZipEntryInfo.STORED -> raw;
            case ZipEntryInfo.DEFLATED -> new InflaterInputStream(raw, new Inflater(true), 1 << 16) {
                @Override
                public void close() throws IOException {
                    super.close();
                    inf.end();
                }
            };
            default -> throw new MalformedContentException("entry '" + entry.name() + "' uses zip compression method "
                    + entry.method() + "; only stored and deflated entries are supported");
        };
    }

    private interface HeaderStep<T> {
        T run() throws MalformedContentException, IOException;
    }

    private static <T> T withEntry(ZipEntryInfo entry, HeaderStep<T> step) throws MalformedContentException, IOException {
        try {
            return step.run();
        } catch (MalformedContentException e) {
            throw new MalformedContentException("array '" + arrayName(entry) + "': " + e.getMessage());
        } catch (java.util.zip.ZipException e) {
            throw new MalformedContentException("array '" + arrayName(entry) + "' is not valid deflate data: "
                    + e.getMessage());
        }
    }
}
