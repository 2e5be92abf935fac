package org.repalign.analysis.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.repalign.io.LayeredRepresentation;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationLayers;
import org.repalign.io.RepresentationReaders;
import org.repalign.model.Source;
import org.repalign.model.validation.SourceShapes;

/**
 * The shapes of representation files for the validator, from the readers: binary formats are
 * memory-mapped, so only their headers are read. A source that holds layers (a folder, a 3-D
 * array, several tensors matched by its tensor name pattern) has the rows and columns of its
 * chosen layer (the last when its layer is unset or not one of them) and the names of its layers.
 * A file that cannot be opened has an unknown shape (the validator reports the missing or
 * unreadable file on its own). Shapes are kept for the instance's lifetime: make a new one for
 * each validation.
 */
public final class ReaderSourceShapes implements SourceShapes {

    /** The layers of a file or folder and tensor, or {@code null} when it cannot be opened. */
    private final Map<String, Layers> shapes = new HashMap<>();

    /** The names and shapes of a source's layers (one for a source of one matrix). */
    private record Layers(List<String> names, int rows, int[] columns) {
    }

    @Override
    public OptionalInt columns(Source source, Path resolvedFile) {
        Layers layers = read(source, resolvedFile);
        return layers == null ? OptionalInt.empty() : OptionalInt.of(layers.columns()[chosen(source, layers)]);
    }

    @Override
    public OptionalInt rows(Source source, Path resolvedFile) {
        Layers layers = read(source, resolvedFile);
        return layers == null ? OptionalInt.empty() : OptionalInt.of(layers.rows());
    }

    @Override
    public Optional<List<String>> layers(Source source, Path resolvedFile) {
        Layers layers = read(source, resolvedFile);
        return layers == null ? Optional.empty() : Optional.of(layers.names());
    }

    /** The source's layer by name or index (as the run finds it), else the last one. */
    private static int chosen(Source source, Layers layers) {
        int last = layers.names().size() - 1;
        String layer = source.getLayer() == null ? "" : source.getLayer().strip();
        if (layer.isEmpty()) {
            return last;
        }
        int byName = layers.names().indexOf(layer);
        if (byName >= 0) {
            return byName;
        }
        try {
            int index = Integer.parseInt(layer);
            int position = index < 0 ? layers.names().size() + index : index;
            return position >= 0 && position <= last ? position : last;
        } catch (NumberFormatException e) {
            return last;
        }
    }

    /** Each file is opened once per instance, however often the validator asks. */
    private Layers read(Source source, Path file) {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        String tensor = source.getTensorName() == null || source.getTensorName().isBlank() ? null
                : source.getTensorName();
        return shapes.computeIfAbsent(file.toAbsolutePath().normalize() + "#" + tensor, key -> {
            try {
                if (RepresentationLayers.holdsLayers(file, tensor)) {
                    LayeredRepresentation layered = RepresentationLayers.open(file, tensor);
                    int[] columns = new int[layered.layerCount()];
                    for (int l = 0; l < columns.length; l++) {
                        columns[l] = layered.layer(l).columns();
                    }
                    return new Layers(layered.layerNames(), layered.rows(), columns);
                }
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                Representation representation = RepresentationReaders.open(file, tensor);
                LayeredRepresentation single = LayeredRepresentation.ofSingle(representation, tensor);
                return new Layers(single.layerNames(), representation.matrix().rows(),
                        new int[] {representation.matrix().columns()});
            } catch (RepresentationFileException | RuntimeException e) {
                return null;
            }
        });
    }

}
