package org.repalign.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.repalign.cli.UsageException;

/** Paths from the command line, with a usage error naming the option for one that is not a path. */
final class Paths {

    private Paths() {
    }

    /**
     * @param text   the text given
     * @param option the option or argument it was given for
     * @return the path
     * @throws UsageException when the text is not a path on this system
     */
    static Path parse(String text, String option) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": '" + text + "' is not a valid path (" + e.getReason() + ")", e);
        }
    }
}
