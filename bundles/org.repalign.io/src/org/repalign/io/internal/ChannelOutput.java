package org.repalign.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/**
 * Buffered little-endian output to a {@link FileChannel}, for writers that stream large arrays
 * without copying them into one byte array. Optionally keeps a CRC-32 of everything written since
 * the last {@link #startChecksum()}, which the zip writer needs.
 */
public final class ChannelOutput {

    private static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private CRC32 checksum;

    /** @param channel a channel open for writing, positioned where output starts */
    public ChannelOutput(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * @return the channel position the next byte will be written to
     * @throws IOException on failure
     */
    public long position() throws IOException {
        return channel.position() + buffer.position();
    }

    /** Starts a new CRC-32 over the bytes written from now on. */
    public void startChecksum() throws IOException {
        flush();
        checksum = new CRC32();
    }

    /**
     * @return the CRC-32 of the bytes written since {@link #startChecksum()}; stops checksumming
     * @throws IOException on failure
     */
    public long finishChecksum() throws IOException {
        flush();
        long value = checksum.getValue();
        checksum = null;
        return value;
    }

    /** @param bytes bytes to write */
    public void putBytes(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            int n = Math.min(room(1), bytes.length - done);
            buffer.put(bytes, done, n);
            done += n;
        }
    }

    /** @param value a little-endian 16-bit value */
    public void putShort(int value) throws IOException {
        room(2);
        buffer.putShort((short) value);
    }

    /** @param value a little-endian 32-bit value */
    public void putInt(long value) throws IOException {
        room(4);
        buffer.putInt((int) value);
    }

    /** @param value a little-endian 64-bit value */
    public void putLong(long value) throws IOException {
        room(8);
        buffer.putLong(value);
    }

    /** @param value a little-endian float32 */
    public void putFloat(float value) throws IOException {
        room(4);
        buffer.putFloat(value);
    }

    /** @param value a little-endian float64 */
    public void putDouble(double value) throws IOException {
        room(8);
        buffer.putDouble(value);
    }

    /** @param values written as little-endian float32 */
    public void putFloats(float[] values) throws IOException {
        int done = 0;
        while (done < values.length) {
            int n = Math.min(room(4) / 4, values.length - done);
            buffer.asFloatBuffer().put(values, done, n);
            buffer.position(buffer.position() + n * 4);
            done += n;
        }
    }

    /** @param values written as little-endian float32, rounded to nearest */
    public void putDoublesAsFloats(double[] values) throws IOException {
        for (double v : values) {
            room(4);
            buffer.putFloat((float) v);
        }
    }

    /** @param values written as little-endian float64 */
    public void putDoubles(double[] values) throws IOException {
        int done = 0;
        while (done < values.length) {
            int n = Math.min(room(8) / 8, values.length - done);
            buffer.asDoubleBuffer().put(values, done, n);
            buffer.position(buffer.position() + n * 8);
            done += n;
        }
    }

    /** @param values written as little-endian int32 */
    public void putInts(int[] values) throws IOException {
        int done = 0;
        while (done < values.length) {
            int n = Math.min(room(4) / 4, values.length - done);
            buffer.asIntBuffer().put(values, done, n);
            buffer.position(buffer.position() + n * 4);
            done += n;
        }
    }

    /** @param values written as little-endian int64 */
    public void putLongs(long[] values) throws IOException {
        int done = 0;
        while (done < values.length) {
            int n = Math.min(room(8) / 8, values.length - done);
            buffer.asLongBuffer().put(values, done, n);
            buffer.position(buffer.position() + n * 8);
            done += n;
        }
    }

    /**
     * Writes out everything buffered.
     *
     * @throws IOException on failure
     */
    public void flush() throws IOException {
        buffer.flip();
        if (checksum != null) {
            checksum.update(buffer.duplicate());
        }
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Ensures room for at least {@code bytes} bytes and returns the room left. */
    private int room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
        return buffer.remaining();
    }
}
