package org.repalign.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one checked exception the io bundle throws for a file it cannot read as a
 * representation or side file. Its message is a single line that starts with the file's name
 * and states the problem, for example
 * {@code embeddings.npy: header declares 1000000000000 rows x 768 columns (2.8 PB) but the file
 * holds 3072000 bytes of data}, so that it can be shown to a user as it is.
 */
public class RepresentationFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    /**
     * @param file    the file concerned
     * @param problem what is wrong with it, without the file name, on one line
     */
    public RepresentationFileException(Path file, String problem) {
        this(file, problem, null);
    }

    /**
     * @param file    the file concerned
     * @param problem what is wrong with it, without the file name, on one line
     * @param cause   the lower-level failure, if any
     */
    public RepresentationFileException(Path file, String problem, Throwable cause) {
        super(displayName(file) + ": " + oneLine(problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = oneLine(problem);
    }

    /** @return the file concerned */
    public Path file() {
        return file;
    }

    /** @return the problem, without the file name */
    public String problem() {
        return problem;
    }

    /**
     * @param file a path
     * @return the name under which messages refer to the file: its last path element
     */
    public static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "unknown problem" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
