package org.repalign.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip file's central directory, including ZIP64 records (which numpy writes), so that
 * the file position of each entry's data is known and stored entries can be memory-mapped in
 * place. Layout per the PKWARE APPNOTE: end-of-central-directory record (signature
 * {@code 0x06054b50}), optional ZIP64 locator ({@code 0x07064b50}) and record
 * ({@code 0x06064b50}), central file headers ({@code 0x02014b50}), local file headers
 * ({@code 0x04034b50}).
 */
public final class ZipDirectory {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final long MAX_DIRECTORY_BYTES = 64L << 20;
    private static final long U32_MAX = 0xffffffffL;

    private final FileChannel channel;
    private final long fileSize;
    private final List<ZipEntryInfo> entries;

    private ZipDirectory(FileChannel channel, long fileSize, List<ZipEntryInfo> entries) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.entries = entries;
    }

    /**
     * @param channel an open channel on the archive
     * @return the directory
     * @throws MalformedContentException when the file is not a readable zip archive
     * @throws IOException               on read failure
     */
    public static ZipDirectory read(FileChannel channel) throws MalformedContentException, IOException {
        long fileSize = channel.size();
        int tailLength = (int) Math.min(fileSize, 22 + 65535);
        ByteBuffer tail = readAt(channel, fileSize - tailLength, tailLength);
        int eocd = -1;
        for (int i = tailLength - 22; i >= 0; i--) {
            if (tail.getInt(i) == EOCD_SIGNATURE) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new MalformedContentException("not a zip archive (no end-of-central-directory record); "
                    + "is it truncated?");
        }
        long eocdPosition = fileSize - tailLength + eocd;
        long count = tail.getShort(eocd + 10) & 0xffff;
        long directorySize = tail.getInt(eocd + 12) & U32_MAX;
        long directoryOffset = tail.getInt(eocd + 16) & U32_MAX;
        if ((count == 0xffff || directorySize == U32_MAX || directoryOffset == U32_MAX) && eocdPosition >= 20) {
            ByteBuffer locator = readAt(channel, eocdPosition - 20, 20);
            if (locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
                long recordPosition = locator.getLong(8);
                if (recordPosition < 0 || recordPosition + 56 > eocdPosition) {
                    throw new MalformedContentException("ZIP64 end record lies outside the file");
                }
                ByteBuffer record = readAt(channel, recordPosition, 56);
                if (record.getInt(0) != ZIP64_EOCD_SIGNATURE) {
                    throw new MalformedContentException("ZIP64 end record is missing");
                }
                count = record.getLong(32);
                directorySize = record.getLong(40);
                directoryOffset = record.getLong(48);
            }
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize > eocdPosition) {
            throw new MalformedContentException("the zip central directory lies outside the file; is it truncated?");
        }
        if (directorySize > MAX_DIRECTORY_BYTES) {
            throw new MalformedContentException("the zip central directory is " + DataSize.format(directorySize)
                    + ", more than the supported " + DataSize.format(MAX_DIRECTORY_BYTES));
        }
        ByteBuffer directory = readAt(channel, directoryOffset, (int) directorySize);
        List<ZipEntryInfo> entries = new ArrayList<>();
        int p = 0;
        for (long i = 0; i < count; i++) {
            if (p + 46 > directory.limit() || directory.getInt(p) != CENTRAL_SIGNATURE) {
                throw new MalformedContentException("the zip central directory is corrupt at entry " + i);
            }
            int method = directory.getShort(p + 10) & 0xffff;
            long compressed = directory.getInt(p + 20) & U32_MAX;
            long size = directory.getInt(p + 24) & U32_MAX;
            int nameLength = directory.getShort(p + 28) & 0xffff;
            int extraLength = directory.getShort(p + 30) & 0xffff;
            int commentLength = directory.getShort(p + 32) & 0xffff;
            long localOffset = directory.getInt(p + 42) & U32_MAX;
            if (p + 46 + nameLength + extraLength + commentLength > directory.limit()) {
                throw new MalformedContentException("the zip central directory is corrupt at entry " + i);
            }
            byte[] nameBytes = new byte[nameLength];
            directory.get(p + 46, nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            int extra = p + 46 + nameLength;
            int extraEnd = extra + extraLength;
            while (extra + 4 <= extraEnd) {
                int id = directory.getShort(extra) & 0xffff;
                int length = directory.getShort(extra + 2) & 0xffff;
                if (id == 0x0001) {
                    int q = extra + 4;
                    int end = Math.min(q + length, extraEnd);
                    if (size == U32_MAX && q + 8 <= end) {
                        size = directory.getLong(q);
                        q += 8;
                    }
                    if (compressed == U32_MAX && q + 8 <= end) {
                        compressed = directory.getLong(q);
                        q += 8;
                    }
                    if (localOffset == U32_MAX && q + 8 <= end) {
                        localOffset = directory.getLong(q);
                    }
                }
                extra += 4 + length;
            }
            if (size < 0 || compressed < 0 || localOffset < 0 || localOffset + compressed > fileSize) {
                throw new MalformedContentException("zip entry '" + name + "' lies outside the file; is it truncated?");
            }
            entries.add(new ZipEntryInfo(name, method, compressed, size, localOffset));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return new ZipDirectory(channel, fileSize, List.copyOf(entries));
    }

    /** @return the entries in directory order */
    public List<ZipEntryInfo> entries() {
        return entries;
    }

    /**
     * @param entry an entry of this archive
     * @return the file position of its (possibly compressed) data
     * @throws MalformedContentException when its local header is corrupt
     * @throws IOException               on read failure
     */
    public long dataStart(ZipEntryInfo entry) throws MalformedContentException, IOException {
        if (entry.localHeaderOffset() + 30 > fileSize) {
            throw new MalformedContentException("zip entry '" + entry.name() + "' lies outside the file");
        }
        ByteBuffer local = readAt(channel, entry.localHeaderOffset(), 30);
        if (local.getInt(0) != LOCAL_SIGNATURE) {
            throw new MalformedContentException("zip entry '" + entry.name() + "' has a corrupt local header");
        }
        long start = entry.localHeaderOffset() + 30 + (local.getShort(26) & 0xffff) + (local.getShort(28) & 0xffff);
        if (start + entry.compressedSize() > fileSize) {
            throw new MalformedContentException("zip entry '" + entry.name() + "' runs past the end of the file; "
                    + "is it truncated?");
        }
        return start;
    }

    /**
     * Reads bytes at a position, failing when the file ends first.
     *
     * @param channel  the channel
     * @param position file position
     * @param length   bytes to read
     * @return a little-endian buffer holding them
     * @throws IOException on read failure or end of file
     */
    static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }
}
