package org.repalign.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Temporary files that hold data which has to be decoded before it can be memory-mapped
 * (deflated npz entries, parsed text). The file is deleted as soon as it is mapped where the
 * platform allows, otherwise when the JVM exits.
 */
public final class ScratchFile {

    private ScratchFile() {
    }

    /**
     * @return a new empty temporary file
     * @throws IOException when it cannot be created
     */
    public static Path create() throws IOException {
        return Files.createTempFile("repalign-", ".scratch");
    }

    /**
     * Deletes a scratch file now if possible, else at exit.
     *
     * @param file the file
     */
    public static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * @param bytes bytes about to be written to a scratch file
     * @throws MalformedContentException when the temporary directory lacks the space
     * @throws IOException               when its file store cannot be queried
     */
    public static void requireSpace(long bytes) throws MalformedContentException, IOException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        long usable = Files.getFileStore(directory).getUsableSpace();
        if (bytes > usable) {
            throw new MalformedContentException("decoding needs " + DataSize.format(bytes)
                    + " of scratch space but the temporary directory has " + DataSize.format(usable) + " free");
        }
    }

    /**
     * Copies exactly {@code bytes} bytes from a stream into a scratch file and maps them as a
     * matrix.
     *
     * @param in          the source, positioned at value (0, 0)
     * @param bytes       bytes of data
     * @param shape       the matrix shape
     * @param type        storage type
     * @param order       byte order
     * @param columnMajor Fortran order
     * @param what        names the data in the truncation message
     * @return the mapped matrix
     * @throws MalformedContentException when the stream ends early or space is short
     * @throws IOException               on read or write failure
     */
    public static WindowedMatrix copyAndMap(InputStream in, long bytes, DenseShape shape, ElementType type,
            java.nio.ByteOrder order, boolean columnMajor, String what) throws MalformedContentException, IOException {
        requireSpace(bytes);
        Path file = create();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            byte[] chunk = new byte[1 << 20];
            long remaining = bytes;
            while (remaining > 0) {
                int read = in.readNBytes(chunk, 0, (int) Math.min(chunk.length, remaining));
                if (read == 0) {
                    throw new MalformedContentException(what + " ends after " + (bytes - remaining) + " of "
                            + bytes + " bytes of data; is it truncated?");
                }
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                remaining -= read;
            }
            return WindowedMatrix.map(channel, 0, shape.rows(), shape.columns(), type, order, columnMajor,
                    WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
        } finally {
            discard(file);
        }
    }
}
