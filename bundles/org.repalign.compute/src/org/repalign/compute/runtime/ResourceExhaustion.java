package org.repalign.compute.runtime;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;


/**
 * Recognises a machine resource that ran out (Java heap, native memory, disk space) in a failure,
 * whatever wraps it, and words the one line shown for it: the command line turns such a failure
 * into exit status 3, the workbench into an error naming the resource.
 */
public final class ResourceExhaustion {

    private ResourceExhaustion() {
    }

    /**
     * @param failure what ended the command, with its causes
     * @return the resource that ran out, or {@code null} when none did
     */
    public static ResourceExhaustedException.Resource exhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResourceExhaustedException r) {
                return r.resource();
            }
            if (t instanceof OutOfMemoryError || nativeMemory(t)) {
                return ResourceExhaustedException.Resource.MEMORY;
            }
            if (diskFull(t)) {
                return ResourceExhaustedException.Resource.DISK;
            }
        }
        return null;
    }

    /**
     * @param failure a failure for which {@link #exhausted} is not {@code null}
     * @param command what was running, e.g. a command name
     * @return one line: what ran out and what to change
     */
    public static String message(Throwable failure, String command) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResourceExhaustedException r) {
                return r.getMessage();
            }
        }
        if (exhausted(failure) == ResourceExhaustedException.Resource.DISK) {
            return "the disk is full while '" + command + "' was writing; free space or write elsewhere (--out); "
                    + "earlier results were left as they were";
        }
        return "out of memory while running '" + command + "' (" + detail(failure) + "); Java may use "
                + MemoryBudget.size(MemoryBudget.heapMax()) + ": use smaller inputs or settings"
                + MemoryBudget.moreHeap();
    }

    private static String detail(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || nativeMemory(t)) {
                String message = t.getMessage();
                return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.replace('\n', ' ');
            }
        }
        return "memory";
    }

    /** JavaCPP and ND4J report native allocation failures as messages, not always as errors. */
    private static boolean nativeMemory(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("cannot allocate new") || lower.contains("physical memory usage is too high")
                || lower.contains("failed to allocate") && lower.contains("bytes");
    }

    private static boolean diskFull(Throwable t) {
        if (!(t instanceof IOException) && !(t.getCause() instanceof IOException)) {
            String message = t.getMessage();
            return message != null && mentionsFullDisk(message);
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null && mentionsFullDisk(fs.getReason())) {
            return true;
        }
        String message = t.getMessage();
        return message != null && mentionsFullDisk(message);
    }

    private static boolean mentionsFullDisk(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                || lower.contains("disk quota exceeded");
    }
}
