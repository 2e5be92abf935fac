package org.repalign.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes export files atomically, through {@link org.repalign.io.write.AtomicFiles}: into a
 * temporary sibling, forced to disk, then moved over the target. This class only adapts that
 * channel-based writer to the streams SWT's image loader and text exports write to.
 */
public final class AtomicExportFile {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicExportFile() {
    }

    /**
     * @param target  the file to (re)place
     * @param content what to write
     * @throws IOException naming the file when writing or moving fails; the target is then
     *                     untouched
     */
    public static void write(Path target, Content content) throws IOException {
        // the channel stays open: the writer forces and closes it after the content is written
        org.repalign.io.write.AtomicFiles.writeFile(target,
                channel -> content.writeTo(Channels.newOutputStream(channel)));
    }

    /**
     * @param target the file
     * @param text   its UTF-8 text
     * @throws IOException when writing fails
     */
    public static void writeText(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
