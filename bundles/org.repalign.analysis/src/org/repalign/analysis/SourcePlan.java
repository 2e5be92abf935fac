package org.repalign.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One representation source of an experiment: a file of vectors, one row per item, or the layers
 * of a model (a folder of per-layer files, a 3-D array, several tensors), the same rows in each.
 *
 * @param id         unique id used in every result row
 * @param file       the file (.npy, .npz, .safetensors, word vectors, CSV) or a folder of
 *                   per-layer files; absolute
 * @param format     a reader id, or {@code null} to choose by file name
 * @param tensorName the array or tensor inside the file, or {@code null} for the only one; for a
 *                   .safetensors file also a pattern ({@code *}, {@code ?}) of one tensor per layer
 * @param itemsFile  the item list of this source (one item per row), or {@code null}
 * @param saeFolder  a SAELens folder whose SAE encodes this source instead of training one, or
 *                   {@code null}
 * @param properties what is known about the model
 * @param layer      for a source that holds layers, the layer that analyses taking one matrix per
 *                   source use: a layer name or a 0-based index; {@code null} for the last layer
 */
public record SourcePlan(String id, Path file, String format, String tensorName, Path itemsFile, Path saeFolder,
        ModelProperties properties, String layer) {

    /** Compact constructor: requires an id and properties; a blank layer is the last one. */
    public SourcePlan {
        Objects.requireNonNull(id, "id");
        properties = properties == null ? ModelProperties.UNKNOWN : properties;
        layer = layer == null || layer.isBlank() ? null : layer.strip();
    }

    /**
     * A source whose last layer (or only matrix) the single-matrix analyses use.
     *
     * @param id         unique id
     * @param file       the file or folder
     * @param format     a reader id, or {@code null}
     * @param tensorName the tensor name or pattern, or {@code null}
     * @param itemsFile  the source's item list, or {@code null}
     * @param saeFolder  a SAELens folder, or {@code null}
     * @param properties what is known about the model
     */
    public SourcePlan(String id, Path file, String format, String tensorName, Path itemsFile, Path saeFolder,
            ModelProperties properties) {
        this(id, file, format, tensorName, itemsFile, saeFolder, properties, null);
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
