package org.repalign.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a file by its content, not its name or modification time, so that a resumed
 * computation can check that it reads the same input (a copy of the file resumes; another file of
 * the same name and size does not). Files up to {@link #FULL_HASH_LIMIT} bytes are hashed whole:
 * {@code sha256:HEX}. Larger files are sampled: {@code sampled-sha256:HEX} is the SHA-256 of the
 * size (8 bytes, big-endian) followed by the first and the last 8 MiB and 64 blocks of 64 KiB at
 * offsets i·(size − 64 KiB)/63, i = 0…63; a change outside the sampled bytes goes unnoticed, which
 * the name says.
 *
 * @param size   the file's size in bytes
 * @param digest {@code sha256:HEX} or {@code sampled-sha256:HEX}
 */
public record FileFingerprint(long size, String digest) {

    /** Files up to this size (1 GiB) are hashed whole. */
    public static final long FULL_HASH_LIMIT = 1L << 30;

    private static final int END_BYTES = 8 << 20;
    private static final int BLOCK_BYTES = 64 << 10;
    private static final int BLOCKS = 64;

    /**
     * @param file a regular file
     * @return its fingerprint
     * @throws RepresentationFileException naming the file when it cannot be read
     */
    public static FileFingerprint of(Path file) throws RepresentationFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (size <= FULL_HASH_LIMIT) {
                digest(channel, sha, 0, size);
                return new FileFingerprint(size, "sha256:" + HexFormat.of().formatHex(sha.digest()));
            }
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(size).flip());
            digest(channel, sha, 0, END_BYTES);
            digest(channel, sha, size - END_BYTES, END_BYTES);
            for (int i = 0; i < BLOCKS; i++) {
                digest(channel, sha, i * ((size - BLOCK_BYTES) / (BLOCKS - 1)), BLOCK_BYTES);
            }
            return new FileFingerprint(size, "sampled-sha256:" + HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new RepresentationFileException(file, "cannot be read to check its content (" + e.getMessage() + ")",
                    e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void digest(FileChannel channel, MessageDigest sha, long from, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(1 << 20, Math.max(1, length)));
        long position = from;
        long end = from + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the file ended at byte " + position + " while being read");
            }
            buffer.flip();
            sha.update(buffer);
            position += read;
        }
    }
}
