package org.repalign.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;

import org.repalign.compute.data.RowMatrix;

/**
 * A dense matrix whose values stay in byte buffers: windows of a memory-mapped file region, or
 * one heap buffer. A file larger than what one {@link java.nio.MappedByteBuffer} can address is
 * mapped as consecutive windows of at most {@link #DEFAULT_MAX_WINDOW_BYTES}; for a row-major
 * matrix the windows end on row boundaries so a row never spans two windows, otherwise on value
 * boundaries. Values are converted to {@code double} as they are read.
 */
public final class WindowedMatrix implements RowMatrix {

    /** The largest window mapped at once: 1 GiB. */
    public static final long DEFAULT_MAX_WINDOW_BYTES = 1L << 30;

    private final ByteBuffer[] windows;
    private final long windowBytes;
    private final boolean rowsAlignedOnWindows;
    private final ElementType type;
    private final int rows;
    private final int columns;
    private final boolean columnMajor;
    /** Views of the windows for bulk reads of float32 or float64 values (absolute gets only, so shareable). */
    private final FloatBuffer[] floatViews;
    private final DoubleBuffer[] doubleViews;

    private WindowedMatrix(ByteBuffer[] windows, long windowBytes, boolean rowsAlignedOnWindows, ElementType type,
            int rows, int columns, boolean columnMajor) {
        this.windows = windows;
        this.windowBytes = windowBytes;
        this.rowsAlignedOnWindows = rowsAlignedOnWindows;
        this.type = type;
        this.rows = rows;
        this.columns = columns;
        this.columnMajor = columnMajor;
        this.floatViews = type == ElementType.FLOAT32 ? new FloatBuffer[windows.length] : null;
        this.doubleViews = type == ElementType.FLOAT64 ? new DoubleBuffer[windows.length] : null;
        for (int w = 0; w < windows.length; w++) {
            ByteBuffer view = windows[w].duplicate().order(windows[w].order()).position(0);
            if (floatViews != null) {
                floatViews[w] = view.asFloatBuffer();
            } else if (doubleViews != null) {
                doubleViews[w] = view.asDoubleBuffer();
            }
        }
    }

    /**
     * Maps a region of a file. The mapping stays valid after the channel is closed.
     *
     * @param channel        an open channel, read access suffices
     * @param start          file position of value (0, 0)
     * @param rows           rows
     * @param columns        columns
     * @param type           storage type
     * @param order          byte order of the values
     * @param columnMajor    {@code true} for Fortran order
     * @param maxWindowBytes the largest window to map, at least one value and at most 1 GiB
     * @return the matrix
     * @throws IOException when the mapping fails
     */
    public static WindowedMatrix map(FileChannel channel, long start, int rows, int columns, ElementType type,
            ByteOrder order, boolean columnMajor, long maxWindowBytes) throws IOException {
        if (maxWindowBytes < type.bytes() || maxWindowBytes > DEFAULT_MAX_WINDOW_BYTES) {
            throw new IllegalArgumentException("window of " + maxWindowBytes + " bytes");
        }
        long total = (long) rows * columns * type.bytes();
        long rowBytes = (long) columns * type.bytes();
        boolean rowAligned = !columnMajor && rowBytes > 0 && rowBytes <= maxWindowBytes;
        long unit = rowAligned ? rowBytes : type.bytes();
        long windowBytes = maxWindowBytes / unit * unit;
        int count = (int) ((total + windowBytes - 1) / windowBytes);
        ByteBuffer[] windows = new ByteBuffer[count];
        for (int w = 0; w < count; w++) {
            long offset = w * windowBytes;
            long size = Math.min(windowBytes, total - offset);
            windows[w] = channel.map(FileChannel.MapMode.READ_ONLY, start + offset, size).order(order);
        }
        return new WindowedMatrix(windows, windowBytes, rowAligned, type, rows, columns, columnMajor);
    }

    /**
     * Wraps a heap buffer whose position 0 holds value (0, 0).
     *
     * @param buffer      the values
     * @param rows        rows
     * @param columns     columns
     * @param type        storage type
     * @param order       byte order of the values
     * @param columnMajor {@code true} for Fortran order
     * @return the matrix
     */
    public static WindowedMatrix wrap(ByteBuffer buffer, int rows, int columns, ElementType type, ByteOrder order,
            boolean columnMajor) {
        ByteBuffer window = buffer.slice().order(order);
        return new WindowedMatrix(new ByteBuffer[] { window }, Long.MAX_VALUE, true, type, rows, columns, columnMajor);
    }

    /** @return the number of mapped windows */
    public int windowCount() {
        return windows.length;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public void readRows(int firstRow, int rowCount, double[] target, int offset) {
        RowMatrix.checkBlock(rows, columns, firstRow, rowCount, target, offset);
        int size = type.bytes();
        if (columnMajor) {
            for (int c = 0; c < columns; c++) {
                long columnStart = (long) c * rows;
                for (int r = 0; r < rowCount; r++) {
                    target[offset + r * columns + c] = valueAt((columnStart + firstRow + r) * size);
                }
            }
            return;
        }
        long rowBytes = (long) columns * size;
        float[] row = type == ElementType.FLOAT32 && rowsAlignedOnWindows ? new float[columns] : null;
        for (int r = 0; r < rowCount; r++) {
            int base = offset + r * columns;
            long rowStart = (firstRow + r) * rowBytes;
            if (rowsAlignedOnWindows) {
                int w = (int) (rowStart / windowBytes);
                int position = (int) (rowStart % windowBytes);
                readRow(w, position, row, target, base);
            } else {
                for (int c = 0; c < columns; c++) {
                    target[base + c] = valueAt(rowStart + (long) c * size);
                }
            }
        }
    }

    /**
     * One row that lies in one window. float32 and float64 rows are copied in bulk through a view
     * of the window (one bounds check and a memory copy, byte-swapped where the order differs),
     * which is many times faster than one checked access per value; the 16-bit types are
     * converted value by value. {@code row} holds a float32 row on its way.
     */
    private void readRow(int w, int position, float[] row, double[] target, int base) {
        switch (type) {
            case FLOAT32 -> {
                floatViews[w].get(position / Float.BYTES, row, 0, columns);
                for (int c = 0; c < columns; c++) {
                    target[base + c] = row[c];
                }
            }
            case FLOAT64 -> doubleViews[w].get(position / Double.BYTES, target, base, columns);
            default -> {
                ByteBuffer window = windows[w];
                int size = type.bytes();
                for (int c = 0; c < columns; c++) {
                    target[base + c] = type.read(window, position + c * size);
                }
            }
        }
    }

    private double valueAt(long byteOffset) {
        int w = (int) (byteOffset / windowBytes);
        return type.read(windows[w], (int) (byteOffset - w * windowBytes));
    }
}
