package org.repalign.analysis.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;
import org.repalign.model.Source;
import org.repalign.model.validation.SourceShapes;

/**
 * The shapes of representation files for the validator, from the readers: binary formats are
 * memory-mapped, so only their headers are read. A file that cannot be opened has an unknown
 * shape (the validator reports the missing or unreadable file on its own). Shapes are kept for
 * the instance's lifetime: make a new one for each validation.
 */
public final class ReaderSourceShapes implements SourceShapes {

    /** Rows and columns of a file and tensor, or {@code null} when it cannot be opened. */
    private final Map<String, int[]> shapes = new HashMap<>();

    @Override
    public OptionalInt columns(Source source, Path resolvedFile) {
        int[] shape = shape(source, resolvedFile);
        return shape == null ? OptionalInt.empty() : OptionalInt.of(shape[1]);
    }

    @Override
    public OptionalInt rows(Source source, Path resolvedFile) {
        int[] shape = shape(source, resolvedFile);
        return shape == null ? OptionalInt.empty() : OptionalInt.of(shape[0]);
    }

    /** Each file is opened once per instance, however often the validator asks. */
    private int[] shape(Source source, Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        String tensor = source.getTensorName() == null || source.getTensorName().isBlank() ? null
                : source.getTensorName();
        return shapes.computeIfAbsent(file.toAbsolutePath().normalize() + "#" + tensor, key -> {
            try {
                Representation representation = RepresentationReaders.open(file, tensor);
                return new int[] {representation.matrix().rows(), representation.matrix().columns()};
            } catch (RepresentationFileException | RuntimeException e) {
                return null;
            }
        });
    }
}
