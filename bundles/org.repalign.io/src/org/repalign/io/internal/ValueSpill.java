package org.repalign.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;

/**
 * Collects the values of a matrix parsed row by row from a file that cannot be mapped as it is
 * (text, word2vec binary). Values stay on the heap while they are few; past a limit they move to
 * a scratch file, which is then memory-mapped, so a large file never sits whole on the heap.
 */
public final class ValueSpill implements AutoCloseable {

    /** Values kept on the heap before spilling. */
    static final int DEFAULT_HEAP_VALUES = 2 << 20;

    private final ElementType storage;
    private final int heapLimit;
    private double[] heap = new double[1024];
    private long count;
    private Path file;
    private FileChannel channel;
    private ByteBuffer out;

    /**
     * @param storage   {@link ElementType#FLOAT32} when the source holds float32 values (exact),
     *                  {@link ElementType#FLOAT64} otherwise
     * @param heapLimit values kept on the heap before spilling
     */
    public ValueSpill(ElementType storage, int heapLimit) {
        if (storage != ElementType.FLOAT32 && storage != ElementType.FLOAT64) {
            throw new IllegalArgumentException(storage.label());
        }
        this.storage = storage;
        this.heapLimit = heapLimit;
    }

    /** @param storage see {@link #ValueSpill(ElementType, int)} */
    public ValueSpill(ElementType storage) {
        this(storage, DEFAULT_HEAP_VALUES);
    }

    /**
     * @param value the next value, row-major
     * @throws IOException when the scratch file cannot be written
     */
    public void add(double value) throws IOException {
        if (channel == null) {
            if (count < heapLimit) {
                if (count == heap.length) {
                    heap = Arrays.copyOf(heap, (int) Math.min(heapLimit, (long) heap.length * 2));
                }
                heap[(int) count++] = value;
                return;
            }
            startSpilling();
        }
        if (out.remaining() < 8) {
            flush();
        }
        if (storage == ElementType.FLOAT32) {
            out.putFloat((float) value);
        } else {
            out.putDouble(value);
        }
        count++;
    }

    /** @return the number of values added */
    public long count() {
        return count;
    }

    /**
     * @param rows    rows
     * @param columns columns; {@code rows * columns} must equal {@link #count()}
     * @return the matrix
     * @throws IOException when the scratch file cannot be mapped
     */
    public RowMatrix finish(int rows, int columns) throws IOException {
        if ((long) rows * columns != count) {
            throw new IllegalStateException(count + " values for " + rows + " x " + columns);
        }
        if (channel == null) {
            return DenseMatrix.wrap(rows, columns, Arrays.copyOf(heap, (int) count));
        }
        flush();
        try {
            return WindowedMatrix.map(channel, 0, rows, columns, storage, ByteOrder.LITTLE_ENDIAN, false,
                    WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
        } finally {
            close();
        }
    }

    private void startSpilling() throws IOException {
        file = ScratchFile.create();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            if (out.remaining() < 8) {
                flush();
            }
            if (storage == ElementType.FLOAT32) {
                out.putFloat((float) heap[i]);
            } else {
                out.putDouble(heap[i]);
            }
        }
        heap = null;
    }

    private void flush() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        out.clear();
    }

    /** Releases the scratch file; a matrix already mapped from it stays readable. */
    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            ScratchFile.discard(file);
        }
    }
}
