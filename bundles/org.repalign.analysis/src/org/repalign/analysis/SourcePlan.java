package org.repalign.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One representation source of an experiment: a file of vectors, one row per item.
 *
 * @param id         unique id used in every result row
 * @param file       the file (.npy, .npz, .safetensors, word vectors, CSV); absolute
 * @param format     a reader id, or {@code null} to choose by file name
 * @param tensorName the array or tensor inside the file, or {@code null} for the only one
 * @param itemsFile  the item list of this source (one item per row), or {@code null}
 * @param saeFolder  a SAELens folder whose SAE encodes this source instead of training one, or
 *                   {@code null}
 * @param properties what is known about the model
 */
public record SourcePlan(String id, Path file, String format, String tensorName, Path itemsFile, Path saeFolder,
        ModelProperties properties) {

    /** Compact constructor: requires an id and properties. */
    public SourcePlan {
        Objects.requireNonNull(id, "id");
        properties = properties == null ? ModelProperties.UNKNOWN : properties;
    }

    /**
     * @param id   the id
     * @param file the file
     * @return a source with nothing else set
     */
    public static SourcePlan of(String id, Path file) {
        return new SourcePlan(id, file, null, null, null, null, ModelProperties.UNKNOWN);
    }
}
