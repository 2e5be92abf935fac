package org.repalign.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.repalign.compute.data.RowMatrix;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.ChannelOutput;
import org.repalign.io.internal.NpyHeaderText;

/**
 * Writes dense arrays as {@code .npy} files that {@code numpy.load} reads: format version 1.0,
 * little-endian float32 or float64, C (row-major) order, the header padded as numpy pads it so
 * that the data starts at a multiple of 64 bytes. Files are written atomically
 * ({@link AtomicFiles}).
 */
public final class NpyWriter {

    private static final int ROW_BLOCK_VALUES = 1 << 18;

    private NpyWriter() {
    }

    /**
     * Writes a float32 array.
     *
     * @param file   the file
     * @param values the values in C order
     * @param shape  the dimensions; their product must equal the number of values
     * @throws RepresentationFileException naming the file when it cannot be written
     * @throws IllegalArgumentException    when the shape does not match the values
     */
    public static void write(Path file, float[] values, long... shape) throws RepresentationFileException {
        checkShape(values.length, shape);
        byte[] header = NpyHeaderText.v1(FloatFormat.FLOAT32.npyDescr(), shape);
        AtomicFiles.writeFile(file, channel -> {
            ChannelOutput out = new ChannelOutput(channel);
            out.putBytes(header);
            out.putFloats(values);
            out.flush();
        });
    }

    /**
     * Writes a float64 array.
     *
     * @param file   the file
     * @param values the values in C order
     * @param shape  the dimensions; their product must equal the number of values
     * @throws RepresentationFileException naming the file when it cannot be written
     */
    public static void write(Path file, double[] values, long... shape) throws RepresentationFileException {
        checkShape(values.length, shape);
        byte[] header = NpyHeaderText.v1(FloatFormat.FLOAT64.npyDescr(), shape);
        AtomicFiles.writeFile(file, channel -> {
            ChannelOutput out = new ChannelOutput(channel);
            out.putBytes(header);
            out.putDoubles(values);
            out.flush();
        });
    }

    /**
     * Writes a matrix as a 2-D array, streaming blocks of rows.
     *
     * @param file   the file
     * @param matrix the matrix
     * @param format the element type
     * @throws RepresentationFileException naming the file when it cannot be written
     */
    public static void write(Path file, RowMatrix matrix, FloatFormat format) throws RepresentationFileException {
        Objects.requireNonNull(format, "format");
        int rows = matrix.rows();
        int columns = matrix.columns();
        byte[] header = NpyHeaderText.v1(format.npyDescr(), rows, columns);
        AtomicFiles.writeFile(file, channel -> {
            ChannelOutput out = new ChannelOutput(channel);
            out.putBytes(header);
            writeRows(out, matrix, format);
            out.flush();
        });
    }

    private static void writeRows(ChannelOutput out, RowMatrix matrix, FloatFormat format) throws IOException {
        int columns = matrix.columns();
        if (columns == 0) {
            return;
        }
        int blockRows = Math.max(1, ROW_BLOCK_VALUES / columns);
        double[] block = new double[blockRows * columns];
        for (int first = 0; first < matrix.rows(); first += blockRows) {
            int count = Math.min(blockRows, matrix.rows() - first);
            matrix.readRows(first, count, block, 0);
            double[] values = count == blockRows ? block : Arrays.copyOf(block, count * columns);
            if (format == FloatFormat.FLOAT32) {
                out.putDoublesAsFloats(values);
            } else {
                out.putDoubles(values);
            }
        }
    }

    static void checkShape(int count, long[] shape) {
        long product = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            product = Math.multiplyExact(product, dim);
        }
        if (product != count) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + product
                    + " values but " + count + " were given");
        }
    }
}
