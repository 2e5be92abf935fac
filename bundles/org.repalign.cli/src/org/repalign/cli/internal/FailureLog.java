package org.repalign.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The log that keeps the details of a failed command (the command line, the status, the message
 * and the stack trace) while the user sees one line that names it. Its place is the system
 * property {@code repalign.log} (the {@code repalign} launcher sets it to
 * {@code ~/.repalign/logs/repalign.log}), else {@code repalign-logs/repalign.log} in the
 * temporary folder. It is appended to and rolled over to {@code repalign.log.1} past 1 MB.
 */
public final class FailureLog {

    /** The system property naming the log file. */
    public static final String PROPERTY = "repalign.log";

    private static final long ROLL_OVER_BYTES = 1 << 20;

    private final Path file;

    /** @param file the log file; its folder is created when needed */
    public FailureLog(Path file) {
        this.file = file;
    }

    /** @return the log named by {@link #PROPERTY}, or the default one */
    public static FailureLog fromSystemProperties() {
        String configured = System.getProperty(PROPERTY);
        Path file = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "repalign-logs", "repalign.log");
        return new FailureLog(file);
    }

    /** @return the log file */
    public Path file() {
        return file;
    }

    /**
     * Appends one failure.
     *
     * @param arguments the command line
     * @param status    the exit status
     * @param message   the line the user saw
     * @param failure   the failure with its stack trace, or {@code null}
     * @return whether it was written (a log that cannot be written is not an error of the command)
     */
    public boolean append(List<String> arguments, int status, String message, Throwable failure) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        writer.println("== " + Instant.now() + " repalign " + String.join(" ", arguments));
        writer.println("exit status " + status + ": " + message);
        if (failure != null) {
            failure.printStackTrace(writer);
        }
        writer.flush();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.isRegularFile(file) && Files.size(file) > ROLL_OVER_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
