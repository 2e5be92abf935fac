package org.repalign.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.LayerFolder;
import org.repalign.io.internal.NamePattern;
import org.repalign.io.internal.NpyLayers;
import org.repalign.io.internal.NpzLayers;
import org.repalign.io.internal.SafetensorsLayers;
import org.repalign.io.internal.WindowedMatrix;

/**
 * Opens the layers of a model's representation. A source holds layers when it is
 * <ul>
 * <li>a <b>folder</b> of per-layer files (any installed format, one extension), in natural name
 * order ({@code layer_2} before {@code layer_10}), each layer named by its file name without the
 * extension; {@code tensorPattern} is the tensor read from each file of a container format;</li>
 * <li>a <b>3-D {@code .npy}</b> array [layers, items, features] in C order, layers named
 * {@code 0} … {@code L−1};</li>
 * <li>a <b>{@code .safetensors}</b> file with a 3-D tensor [layers, items, features] (named,
 * or the only one), or several 2-D tensors, one per layer, selected by a name pattern with
 * {@code *} and {@code ?} (no pattern: every 2-D tensor), in natural name order and named by
 * the tensors;</li>
 * <li>an <b>{@code .npz}</b> archive ({@code numpy.savez}) with one 2-D float array per layer,
 * selected by a name pattern (no pattern: every 2-D float array, when there are several), in
 * natural name order and named by the arrays.</li>
 * </ul>
 * Any other representation file is a source of one layer, named after the file. Layers stay
 * memory-mapped where the format allows it.
 */
public final class RepresentationLayers {

    private RepresentationLayers() {
    }

    /**
     * @param source        a file or a folder of layer files
     * @param tensorPattern a tensor name or pattern (see the class comment), or {@code null}
     * @return its layers, at least one
     * @throws RepresentationFileException naming the file (or the layer file) and the problem
     */
    public static LayeredRepresentation open(Path source, String tensorPattern) throws RepresentationFileException {
        return open(source, tensorPattern, RepresentationReaders.installed());
    }

    /**
     * @param source        a file or a folder of layer files
     * @param tensorPattern a tensor name or pattern, or {@code null}
     * @param readers       the readers to consult for folders and files of one layer
     * @return its layers, at least one
     * @throws RepresentationFileException naming the file (or the layer file) and the problem
     */
    public static LayeredRepresentation open(Path source, String tensorPattern,
            List<? extends RepresentationReader> readers) throws RepresentationFileException {
        if (Files.isDirectory(source)) {
            return LayerFolder.read(source, tensorPattern, readers);
        }
        String name = FileChecks.lowerCaseName(source);
        if (name.endsWith(".npy") && Files.isRegularFile(source) && NpyLayers.dimensions(source) == 3) {
            return NpyLayers.read(source, WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
        }
        if (name.endsWith(".safetensors") && Files.isRegularFile(source)) {
            return SafetensorsLayers.read(source, tensorPattern, WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
        }
        if (name.endsWith(".npz") && Files.isRegularFile(source)
                && (NamePattern.isPattern(tensorPattern) || tensorPattern == null && NpzLayers.count(source, null) > 1)) {
            return NpzLayers.read(source, tensorPattern);
        }
        Representation single = RepresentationReaders.open(source, tensorPattern, readers);
        return LayeredRepresentation.ofSingle(single, tensorPattern);
    }

    /**
     * Tells cheaply, from the file system and file headers only, whether a source holds more
     * than one layer. Never throws: a source that cannot be read is reported as not layered,
     * and its problem shows when it is opened.
     *
     * @param source        a file or folder
     * @param tensorPattern a tensor name or pattern, or {@code null}
     * @return whether {@link #open} would find layers
     */
    public static boolean holdsLayers(Path source, String tensorPattern) {
        try {
            if (Files.isDirectory(source)) {
                return true;
            }
            String name = FileChecks.lowerCaseName(source);
            if (name.endsWith(".npy")) {
                return NpyLayers.dimensions(source) == 3;
            }
            if (name.endsWith(".npz")) {
                return NamePattern.isPattern(tensorPattern) ? NpzLayers.count(source, tensorPattern) > 1
                        : tensorPattern == null && NpzLayers.count(source, null) > 1;
            }
            return name.endsWith(".safetensors") && SafetensorsLayers.holdsLayers(source, tensorPattern);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Checks every layer for non-finite values.
     *
     * @param layers the layers
     * @throws RepresentationFileException naming the source, the layer and the first non-finite
     *                                     value's row and column
     */
    public static void requireFinite(LayeredRepresentation layers) throws RepresentationFileException {
        for (int l = 0; l < layers.layerCount(); l++) {
            try {
                FiniteValueCheck.requireFinite(layers.layer(l), layers.file());
            } catch (RepresentationFileException e) {
                throw layers.layerCount() == 1 ? e
                        : new RepresentationFileException(layers.file(), "layer '" + layers.layerNames().get(l) + "': "
                                + e.problem(), e);
            }
        }
    }

}
