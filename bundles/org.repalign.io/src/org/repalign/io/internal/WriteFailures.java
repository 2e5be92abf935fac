package org.repalign.io.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.repalign.io.RepresentationFileException;

/** Turns low-level write failures into the short reason shown after a file name. */
public final class WriteFailures {

    private WriteFailures() {
    }

    /**
     * @param e a failure while writing
     * @return a one-line reason, e.g. {@code permission denied (/data/out)}
     */
    public static String reason(IOException e) {
        if (e instanceof RepresentationFileException r) {
            return r.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where(e);
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory" + where(e);
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory" + where(e);
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists" + where(e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT) + where(e);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String where(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return " (" + fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ")";
        }
        return "";
    }
}
