package org.repalign.io.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;

/**
 * Common frame of the built-in readers: checks the file, runs the format-specific read, and
 * turns every failure into a {@link RepresentationFileException} naming the file.
 */
public abstract class FileFormatReader implements RepresentationReader {

    private final String formatName;
    private final List<String> extensions;

    /**
     * @param formatName the format's short name
     * @param extensions lower-case extensions including the dot, e.g. {@code .npy}
     */
    protected FileFormatReader(String formatName, List<String> extensions) {
        this.formatName = formatName;
        this.extensions = List.copyOf(extensions);
    }

    @Override
    public String formatName() {
        return formatName;
    }

    /** @return the extensions this reader is chosen for */
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public boolean supports(Path file) {
        String name = FileChecks.lowerCaseName(file);
        return extensions.stream().anyMatch(name::endsWith);
    }

    @Override
    public final Representation read(Path file, String tensorName) throws RepresentationFileException {
        long size = FileChecks.requireReadableFile(file);
        try {
            return readContent(file, size, tensorName);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        } catch (IllegalArgumentException e) {
            throw new RepresentationFileException(file, "inconsistent content: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file already known to exist, be readable and be non-empty.
     *
     * @param file       the file
     * @param size       its size in bytes
     * @param tensorName the requested tensor, or {@code null}
     * @return the representation
     * @throws MalformedContentException when the content is wrong; the caller adds the file name
     * @throws IOException               on read failure
     */
    protected abstract Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException;
}
