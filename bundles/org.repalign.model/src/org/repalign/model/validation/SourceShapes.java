package org.repalign.model.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.repalign.model.Source;

/**
 * Tells {@link ExperimentValidator} the shape of a source's representation file, when the
 * caller can read it (the model bundle reads no representation formats itself), and how many
 * items an item file lists. Put an
 * implementation into the validation context under {@link ExperimentValidator#SOURCE_SHAPES},
 * or pass it to {@link ExperimentValidator#validate(org.repalign.model.Experiment, Path, SourceShapes)}.
 * Without one every shape is unknown and the checks that need it are skipped.
 */
public interface SourceShapes {

    /** Knows no shape: every check that needs one is skipped. */
    SourceShapes UNKNOWN = new SourceShapes() {
        @Override
        public OptionalInt columns(Source source, Path resolvedFile) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalInt rows(Source source, Path resolvedFile) {
            return OptionalInt.empty();
        }
    };

    /**
     * @param source       the source
     * @param resolvedFile its file, resolved against the experiment file's folder; it exists
     * @return the number of columns (the representation's dimension), or empty when unknown
     */
    OptionalInt columns(Source source, Path resolvedFile);

    /**
     * @param source       the source
     * @param resolvedFile its file, resolved against the experiment file's folder; it exists
     * @return the number of rows (items), or empty when unknown
     */
    OptionalInt rows(Source source, Path resolvedFile);

    /**
     * The layers of a source: several for a folder of per-layer files, a 3-D array or several
     * tensors matched by the source's tensor name pattern ({@link #rows} and {@link #columns}
     * are then those of the source's chosen layer), one for a file of one matrix.
     *
     * @param source       the source
     * @param resolvedFile its file or folder, resolved against the experiment file's folder; it exists
     * @return the layer names in layer order, or empty when they are unknown
     */
    default Optional<List<String>> layers(Source source, Path resolvedFile) {
        return Optional.empty();
    }

    /**
     * The number of items an item file lists: its lines up to the last non-empty one.
     *
     * @param itemsFile an item file (the experiment's or a source's), resolved; it exists
     * @return the number of items, or empty when the file cannot be read
     */
    default OptionalInt items(Path itemsFile) {
        try (BufferedReader reader = Files.newBufferedReader(itemsFile, StandardCharsets.UTF_8)) {
            int lines = 0;
            int lastNonEmpty = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                if (!line.isBlank()) {
                    lastNonEmpty = lines;
                }
            }
            return OptionalInt.of(lastNonEmpty);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
