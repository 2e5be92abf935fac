package org.repalign.io.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.repalign.io.RepresentationFileException;

/** The checks every reader makes before opening a file, each failing with a plain message. */
public final class FileChecks {

    private FileChecks() {
    }

    /**
     * @param file a path
     * @return the file's size, at least 1
     * @throws RepresentationFileException when it is missing, a directory, unreadable or empty
     */
    public static long requireReadableFile(Path file) throws RepresentationFileException {
        if (Files.isDirectory(file)) {
            throw new RepresentationFileException(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new RepresentationFileException(file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new RepresentationFileException(file, "is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new RepresentationFileException(file, "is not readable (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size == 0) {
            throw new RepresentationFileException(file, "is empty");
        }
        return size;
    }

    /**
     * @param file the file
     * @param e    a low-level failure while reading it
     * @return an exception naming the file and the failure on one line
     */
    public static RepresentationFileException unreadable(Path file, IOException e) {
        if (e instanceof RepresentationFileException already) {
            return already;
        }
        if (e instanceof NoSuchFileException) {
            return new RepresentationFileException(file, "does not exist", e);
        }
        if (e instanceof AccessDeniedException) {
            return new RepresentationFileException(file, "is not readable (permission denied)", e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new RepresentationFileException(file, "cannot be read: " + detail, e);
    }

    /**
     * @param file a path
     * @return its name in lower case, for extension tests
     */
    public static String lowerCaseName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
