package org.repalign.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an uncompressed zip archive the way numpy's {@code savez} does through Python's
 * {@code zipfile} (APPNOTE 6.3): every entry stored, dated 1980-01-01 00:00, with a ZIP64 extra
 * field in its local header ({@code force_zip64}: sizes 0xFFFFFFFF there, the real ones in the
 * extra field), Unix permissions 0600, version 4.5; the central directory carries ZIP64 values
 * only for sizes or offsets beyond 2<sup>31</sup> − 1, and ZIP64 end records are added when the
 * directory's offset or size exceeds that limit, as Python does. The CRC and sizes are patched
 * into the local header once an entry's data has been streamed.
 */
public final class StoredZipWriter {

    private static final long PY_ZIP64_LIMIT = (1L << 31) - 1;
    private static final int VERSION = 45;
    private static final int MADE_BY_UNIX = 3 << 8 | VERSION;
    private static final int DOS_DATE_1980_01_01 = 0x21;
    private static final long EXTERNAL_ATTRIBUTES = 0600L << 16;

    private record Entry(byte[] name, long offset, long crc, long size) {
    }

    private final FileChannel channel;
    private final ChannelOutput out;
    private final List<Entry> entries = new ArrayList<>();
    private byte[] openName;
    private long openOffset = -1;
    private long openDataStart;

    /** @param channel an empty channel open for writing */
    public StoredZipWriter(FileChannel channel) {
        this.channel = channel;
        this.out = new ChannelOutput(channel);
    }

    /**
     * Starts an entry; write its data to the returned output, then call {@link #closeEntry()}.
     *
     * @param name the entry name
     * @return the output for the entry's data
     * @throws IOException on failure
     */
    public ChannelOutput openEntry(String name) throws IOException {
        if (openOffset >= 0) {
            throw new IllegalStateException("entry still open");
        }
        openName = name.getBytes(StandardCharsets.UTF_8);
        openOffset = out.position();
        out.putInt(0x04034b50);
        out.putShort(VERSION);
        out.putShort(0);
        out.putShort(0);
        out.putShort(0);
        out.putShort(DOS_DATE_1980_01_01);
        out.putInt(0);
        out.putInt(0xffffffffL);
        out.putInt(0xffffffffL);
        out.putShort(openName.length);
        out.putShort(20);
        out.putBytes(openName);
        out.putShort(1);
        out.putShort(16);
        out.putLong(0);
        out.putLong(0);
        openDataStart = out.position();
        out.startChecksum();
        return out;
    }

    /**
     * Finishes the open entry, patching its CRC and sizes into its local header.
     *
     * @throws IOException on failure
     */
    public void closeEntry() throws IOException {
        long crc = out.finishChecksum();
        long size = out.position() - openDataStart;
        ByteBuffer crcBytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc).flip();
        writeFully(crcBytes, openOffset + 14);
        ByteBuffer sizes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(size).putLong(size).flip();
        writeFully(sizes, openDataStart - 16);
        entries.add(new Entry(openName, openOffset, crc, size));
        openOffset = -1;
    }

    /**
     * Writes the central directory and end records.
     *
     * @throws IOException on failure
     */
    public void finish() throws IOException {
        long directoryStart = out.position();
        for (Entry e : entries) {
            boolean bigSize = e.size() > PY_ZIP64_LIMIT;
            boolean bigOffset = e.offset() > PY_ZIP64_LIMIT;
            int extraLength = (bigSize ? 16 : 0) + (bigOffset ? 8 : 0);
            out.putInt(0x02014b50);
            out.putShort(MADE_BY_UNIX);
            out.putShort(VERSION);
            out.putShort(0);
            out.putShort(0);
            out.putShort(0);
            out.putShort(DOS_DATE_1980_01_01);
            out.putInt(e.crc());
            out.putInt(bigSize ? 0xffffffffL : e.size());
            out.putInt(bigSize ? 0xffffffffL : e.size());
            out.putShort(e.name().length);
            out.putShort(extraLength == 0 ? 0 : extraLength + 4);
            out.putShort(0);
            out.putShort(0);
            out.putShort(0);
            out.putInt(EXTERNAL_ATTRIBUTES);
            out.putInt(bigOffset ? 0xffffffffL : e.offset());
            out.putBytes(e.name());
            if (extraLength > 0) {
                out.putShort(1);
                out.putShort(extraLength);
                if (bigSize) {
                    out.putLong(e.size());
                    out.putLong(e.size());
                }
                if (bigOffset) {
                    out.putLong(e.offset());
                }
            }
        }
        long directoryEnd = out.position();
        long directorySize = directoryEnd - directoryStart;
        long count = entries.size();
        if (count > 0xffff || directoryStart > PY_ZIP64_LIMIT || directorySize > PY_ZIP64_LIMIT) {
            out.putInt(0x06064b50);
            out.putLong(44);
            out.putShort(VERSION);
            out.putShort(VERSION);
            out.putInt(0);
            out.putInt(0);
            out.putLong(count);
            out.putLong(count);
            out.putLong(directorySize);
            out.putLong(directoryStart);
            out.putInt(0x07064b50);
            out.putInt(0);
            out.putLong(directoryEnd);
            out.putInt(1);
        }
        out.putInt(0x06054b50);
        out.putShort(0);
        out.putShort(0);
        out.putShort((int) Math.min(count, 0xffff));
        out.putShort((int) Math.min(count, 0xffff));
        out.putInt(Math.min(directorySize, 0xffffffffL));
        out.putInt(Math.min(directoryStart, 0xffffffffL));
        out.putShort(0);
        out.flush();
    }

    private void writeFully(ByteBuffer bytes, long position) throws IOException {
        long p = position;
        while (bytes.hasRemaining()) {
            p += channel.write(bytes, p);
        }
    }
}
