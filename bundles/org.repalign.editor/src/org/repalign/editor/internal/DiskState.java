package org.repalign.editor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the editor remembers of its file on disk to notice a change made elsewhere: the
 * modification time, the size and the file key (a replaced file has a new one).
 *
 * @param modified the last-modified time in nanoseconds, or -1 when unreadable
 * @param size     the size in bytes, or -1
 * @param key      the file system's key of the file, or {@code null}
 */
public record DiskState(long modified, long size, Object key) {

    /**
     * @param file a file
     * @return its state now; an unreadable file gets a state of its own
     */
    public static DiskState of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskState(attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            return new DiskState(-1, -1, null);
        }
    }
}
