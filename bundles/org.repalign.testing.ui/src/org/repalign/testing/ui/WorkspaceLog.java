package org.repalign.testing.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;

/** The workspace log ({@code .metadata/.log}): its length and its error entries. */
public final class WorkspaceLog {

    private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY \\S+ 4 .*");

    private WorkspaceLog() {
    }

    /** @return the log file, which may not exist yet */
    public static Path file() {
        return Platform.getLogFileLocation().toFile().toPath();
    }

    /**
     * @return the log's length in bytes, 0 when there is no log
     * @throws IOException when the log cannot be read
     */
    public static long length() throws IOException {
        Path log = file();
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /**
     * @param line a line of the log
     * @return whether the line starts an error entry ({@code !ENTRY <plug-in> 4 ...})
     */
    public static boolean isErrorEntry(String line) {
        return ERROR_ENTRY.matcher(line).matches();
    }

    /**
     * @param offset a length the log had before, from {@link #length()}
     * @return what was written to the log after that length; empty when there is no log
     * @throws IOException when the log cannot be read
     */
    public static String addedSince(long offset) throws IOException {
        Path log = file();
        if (!Files.exists(log)) {
            return "";
        }
        return Files.readString(log).substring((int) Math.min(offset, Files.size(log)));
    }

    /**
     * @return each error entry of the log, with the line after it (its message); empty when there
     *         is no log
     * @throws IOException when the log cannot be read
     */
    public static List<String> errors() throws IOException {
        Path log = file();
        List<String> errors = new ArrayList<>();
        if (!Files.exists(log)) {
            return errors;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (isErrorEntry(lines.get(i))) {
                errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
            }
        }
        return errors;
    }
}
