package org.repalign.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * An input stream over a region of a file channel, read with positional reads so that the
 * channel's own position is left alone. Closing the stream does not close the channel.
 */
public final class ChannelInputStream extends InputStream {

    private final FileChannel channel;
    private final long end;
    private long position;

    /**
     * @param channel the channel
     * @param start   first byte of the region
     * @param end     one past the last byte of the region
     */
    public ChannelInputStream(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(length, end - position);
        int read = channel.read(ByteBuffer.wrap(target, offset, wanted), position);
        if (read < 0) {
            return -1;
        }
        position += read;
        return read;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }
}
