package org.repalign.example.tests;

import java.nio.file.Path;

import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;

/**
 * Test contribution: a second reader of the built-in format {@code npy}, which must be reported
 * as registered twice and skipped (listed in this fragment's META-INF/services).
 */
public final class SecondNpyReader implements RepresentationReader {

    /** For the service loader. */
    public SecondNpyReader() {
    }

    @Override
    public String formatName() {
        return "npy";
    }

    @Override
    public boolean supports(Path file) {
        return file.getFileName().toString().endsWith(".npy");
    }

    @Override
    public Representation read(Path file, String tensorName) throws RepresentationFileException {
        throw new RepresentationFileException(file, "is never read by the second npy reader");
    }
}
