package org.repalign.analysis.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;
import org.repalign.model.Source;
import org.repalign.model.validation.SourceShapes;

/**
 * The shapes of representation files for the validator, from the readers: binary formats are
 * memory-mapped, so only their headers are read. A file that cannot be opened has an unknown
 * shape (the validator reports the missing or unreadable file on its own).
 */
public final class ReaderSourceShapes implements SourceShapes {

    @Override
    public OptionalInt columns(Source source, Path resolvedFile) {
        Representation representation = open(source, resolvedFile);
        return representation == null ? OptionalInt.empty() : OptionalInt.of(representation.matrix().columns());
    }

    @Override
    public OptionalInt rows(Source source, Path resolvedFile) {
        Representation representation = open(source, resolvedFile);
        return representation == null ? OptionalInt.empty() : OptionalInt.of(representation.matrix().rows());
    }

    private static Representation open(Source source, Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            String tensor = source.getTensorName();
            return RepresentationReaders.open(file, tensor == null || tensor.isBlank() ? null : tensor);
        } catch (RepresentationFileException | RuntimeException e) {
            return null;
        }
    }
}
