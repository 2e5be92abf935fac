package org.repalign.model.validation;

import java.nio.file.Path;
import java.util.OptionalInt;

import org.repalign.model.Source;

/**
 * Tells {@link ExperimentValidator} the shape of a source's representation file, when the
 * caller can read it (the model bundle reads no representation formats itself). Put an
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
}
