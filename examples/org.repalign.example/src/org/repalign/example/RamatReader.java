package org.repalign.example;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;
import org.repalign.io.write.AtomicFiles;

/**
 * Reads {@code .ramat} files, a deliberately simple binary matrix format of this example:
 *
 * <pre>
 *   offset  size        content
 *   0       8           magic: the ASCII bytes "RAMAT" then 0x01 0x00 0x00 (format version 1)
 *   8       4           rows n, int32 little-endian, ≥ 1
 *   12      4           columns d, int32 little-endian, ≥ 1
 *   16      4 · n · d   the values, float32 little-endian, row by row
 * </pre>
 *
 * Nothing may follow the values. The file names no items, so rows pair by order (or through an
 * item list). The values are copied into a float64 matrix on the heap; a real reader of large
 * files would map them instead.
 */
public final class RamatReader implements RepresentationReader {

    /** The first eight bytes of every {@code .ramat} file. */
    public static final byte[] MAGIC = {'R', 'A', 'M', 'A', 'T', 1, 0, 0};

    /** Bytes before the values. */
    public static final int HEADER_BYTES = 16;

    /** A reader for the service loader. */
    public RamatReader() {
    }

    @Override
    public String formatName() {
        return "ramat";
    }

    @Override
    public boolean supports(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ramat");
    }

    @Override
    public Representation read(Path file, String tensorName) throws RepresentationFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER_BYTES) {
                throw new RepresentationFileException(file, "is too short for a .ramat header (" + size + " bytes)");
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // read the whole header
            }
            header.flip();
            byte[] magic = new byte[MAGIC.length];
            header.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new RepresentationFileException(file, "does not start with the .ramat magic RAMAT 1 0 0");
            }
            int rows = header.getInt();
            int columns = header.getInt();
            if (rows < 1 || columns < 1) {
                throw new RepresentationFileException(file, "declares " + rows + " × " + columns
                        + " values; rows and columns must be ≥ 1");
            }
            long expected = HEADER_BYTES + 4L * rows * columns;
            if (size != expected || (long) rows * columns > Integer.MAX_VALUE) {
                throw new RepresentationFileException(file, "has " + size + " bytes but a " + rows + " × " + columns
                        + " matrix needs " + expected);
            }
            ByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, HEADER_BYTES, size - HEADER_BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
            double[] values = new double[rows * columns];
            for (int i = 0; i < values.length; i++) {
                values[i] = data.getFloat();
            }
            return new Representation(file, formatName(), DenseMatrix.wrap(rows, columns, values), null);
        } catch (IOException e) {
            if (e instanceof RepresentationFileException known) {
                throw known;
            }
            throw new RepresentationFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a matrix as a {@code .ramat} file, atomically (for tests and for converting data).
     *
     * @param file   the target
     * @param values the rows, all of one length
     * @throws IOException when writing fails
     */
    public static void write(Path file, float[][] values) throws IOException {
        int rows = values.length;
        int columns = rows == 0 ? 0 : values[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + 4 * rows * columns).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).putInt(rows).putInt(columns);
        for (float[] row : values) {
            if (row.length != columns) {
                throw new IllegalArgumentException("rows differ in length: " + row.length + " and " + columns);
            }
            for (float value : row) {
                buffer.putFloat(value);
            }
        }
        buffer.flip();
        AtomicFiles.writeFile(file, channel -> {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }
}
