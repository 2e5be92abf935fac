package org.repalign.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.repalign.compute.data.RowMatrix;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;
import org.repalign.io.RepresentationReaders;

/**
 * Reads a folder holding one representation file per layer. The layer files are the regular,
 * non-hidden files that an installed reader supports, all with one extension, in
 * {@link NaturalNameOrder} of their names; each layer is named by its file name without the
 * extension. Other files (a README, a JSON description) are passed over.
 */
public final class LayerFolder {

    private LayerFolder() {
    }

    /**
     * @param folder  the folder
     * @param readers the readers to consult
     * @return the layer files in layer order
     * @throws RepresentationFileException naming the folder when it cannot be listed, holds no
     *                                     layer file, or mixes formats
     */
    public static List<Path> layerFiles(Path folder, List<? extends RepresentationReader> readers)
            throws RepresentationFileException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> readers.stream().anyMatch(r -> supportsQuietly(r, p)))
                    .sorted((x, y) -> NaturalNameOrder.INSTANCE.compare(x.getFileName().toString(),
                            y.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw FileChecks.unreadable(folder, e);
        }
        if (files.isEmpty()) {
            throw new RepresentationFileException(folder, "is a folder without representation files; a layer folder "
                    + "holds one file per layer (.npy, .safetensors, ...)");
        }
        List<String> extensions = files.stream().map(LayerFolder::extension).distinct().toList();
        if (extensions.size() > 1) {
            throw new RepresentationFileException(folder, "mixes " + String.join(" and ", extensions)
                    + " files; a layer folder holds one file per layer, all of one format");
        }
        return files;
    }

    /**
     * @param folder     the folder
     * @param tensorName the tensor to read from each file of a container format, or {@code null}
     * @param readers    the readers to consult
     * @return its layers
     * @throws RepresentationFileException naming the folder or the layer file and the problem
     */
    public static LayeredRepresentation read(Path folder, String tensorName, List<? extends RepresentationReader> readers)
            throws RepresentationFileException {
        List<Path> files = layerFiles(folder, readers);
        List<String> names = new ArrayList<>();
        List<RowMatrix> layers = new ArrayList<>();
        List<String> items = null;
        String format = null;
        for (Path file : files) {
            Representation layer = RepresentationReaders.open(file, tensorName, readers);
            if (format == null) {
                format = layer.format();
                items = layer.itemNames().orElse(null);
            } else if (layer.matrix().rows() != layers.get(0).rows()) {
                throw new RepresentationFileException(file, "has " + layer.matrix().rows() + " rows but "
                        + RepresentationFileException.displayName(files.get(0)) + " has " + layers.get(0).rows()
                        + "; every layer of " + RepresentationFileException.displayName(folder)
                        + " must hold the same items");
            } else if (!java.util.Objects.equals(items, layer.itemNames().orElse(null))) {
                throw new RepresentationFileException(file, "names its items differently from "
                        + RepresentationFileException.displayName(files.get(0))
                        + "; every layer must list the same items in the same order");
            }
            names.add(LayeredRepresentation.nameOf(file));
            layers.add(layer.matrix());
        }
        return new LayeredRepresentation(folder, format, names, layers, items);
    }

    private static boolean supportsQuietly(RepresentationReader reader, Path file) {
        try {
            return reader.supports(file);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "(no extension)" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

}
