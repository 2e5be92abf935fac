package org.repalign.scenario.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;

/** The error entries of the workspace log ({@code .metadata/.log}) with their messages. */
final class WorkspaceLog {

    private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY \\S+ 4 .*");

    private WorkspaceLog() {
    }

    /**
     * @return each error entry of the log, with the line after it (its message); empty when there
     *         is no log
     * @throws IOException when the log cannot be read
     */
    static List<String> errors() throws IOException {
        Path log = Platform.getLogFileLocation().toPath();
        List<String> errors = new ArrayList<>();
        if (!Files.exists(log)) {
            return errors;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (ERROR_ENTRY.matcher(lines.get(i)).matches()) {
                errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
            }
        }
        return errors;
    }
}
