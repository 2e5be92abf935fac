package org.repalign.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.repalign.compute.data.RowMatrix;

/**
 * A representation with one matrix per layer of a model: the same items (rows) in every layer,
 * each layer with its own width. Read by {@link RepresentationLayers#open}; a file holding a
 * single matrix is a representation of one layer.
 */
public final class LayeredRepresentation {

    private final Path file;
    private final String format;
    private final List<String> layerNames;
    private final List<RowMatrix> layers;
    private final List<String> itemNames;

    /**
     * @param file       the file or folder read
     * @param format     the format name of the layers' files
     * @param layerNames one distinct name per layer, in layer order
     * @param layers     the layers, each with the same number of rows
     * @param itemNames  one name per row, or {@code null} when the source has none
     * @throws IllegalArgumentException when there is no layer, the names are not one per layer or
     *                                  not distinct, or the row counts differ
     */
    public LayeredRepresentation(Path file, String format, List<String> layerNames, List<RowMatrix> layers,
            List<String> itemNames) {
        this.file = Objects.requireNonNull(file, "file");
        this.format = Objects.requireNonNull(format, "format");
        this.layerNames = List.copyOf(layerNames);
        this.layers = List.copyOf(layers);
        if (this.layers.isEmpty() || this.layerNames.size() != this.layers.size()) {
            throw new IllegalArgumentException(this.layerNames.size() + " layer names for " + this.layers.size()
                    + " layers");
        }
        if (this.layerNames.stream().distinct().count() != this.layerNames.size()) {
            throw new IllegalArgumentException("layer names are not distinct: " + this.layerNames);
        }
        int rows = this.layers.get(0).rows();
        for (int l = 1; l < this.layers.size(); l++) {
            if (this.layers.get(l).rows() != rows) {
                throw new IllegalArgumentException("layer '" + this.layerNames.get(l) + "' has "
                        + this.layers.get(l).rows() + " rows but layer '" + this.layerNames.get(0) + "' has " + rows);
            }
        }
        if (itemNames != null && itemNames.size() != rows) {
            throw new IllegalArgumentException(itemNames.size() + " item names for layers of " + rows + " rows");
        }
        this.itemNames = itemNames == null ? null : List.copyOf(itemNames);
    }

    /**
     * @param single     a representation of one matrix
     * @param tensorName the tensor it was read from, or {@code null}
     * @return it as a representation of one layer, named by the tensor, else by the file
     *         ({@link #nameOf})
     */
    public static LayeredRepresentation ofSingle(Representation single, String tensorName) {
        String name = tensorName != null ? tensorName : nameOf(single.file());
        return new LayeredRepresentation(single.file(), single.format(), List.of(name), List.of(single.matrix()),
                single.itemNames().orElse(null));
    }

    /**
     * @param file a layer's file
     * @return the layer's name: the file name without its extension
     */
    public static String nameOf(Path file) {
        String name = RepresentationFileException.displayName(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** @return the file or folder read */
    public Path file() {
        return file;
    }

    /** @return the format name of the layers' files, e.g. {@code npy} */
    public String format() {
        return format;
    }

    /** @return the number of layers, at least 1 */
    public int layerCount() {
        return layers.size();
    }

    /** @return the layer names in layer order */
    public List<String> layerNames() {
        return layerNames;
    }

    /** @return the layers in layer order */
    public List<RowMatrix> layers() {
        return layers;
    }

    /**
     * @param index 0-based position in layer order
     * @return that layer's values, rows are items
     */
    public RowMatrix layer(int index) {
        return layers.get(index);
    }

    /** @return the number of items (rows of every layer) */
    public int rows() {
        return layers.get(0).rows();
    }

    /** @return the item names carried by the source, if it carries any */
    public Optional<List<String>> itemNames() {
        return Optional.ofNullable(itemNames);
    }

    /**
     * @param index 0-based position in layer order
     * @return that layer as a representation of one matrix, with the item names
     */
    public Representation layerRepresentation(int index) {
        return new Representation(file, format, layers.get(index), itemNames);
    }

    /**
     * Finds a layer by name or, when no layer has that name, by 0-based index; a negative index
     * counts from the end ({@code -1} is the last layer).
     *
     * @param layer a layer name or index
     * @return its 0-based position
     * @throws IllegalArgumentException naming the layers when there is no such layer
     */
    public int indexOf(String layer) {
        String wanted = Objects.requireNonNull(layer, "layer").strip();
        int byName = layerNames.indexOf(wanted);
        if (byName >= 0) {
            return byName;
        }
        try {
            int index = Integer.parseInt(wanted);
            int position = index < 0 ? layers.size() + index : index;
            if (position >= 0 && position < layers.size()) {
                return position;
            }
        } catch (NumberFormatException e) {
            // not an index either
        }
        throw new IllegalArgumentException("has no layer '" + wanted + "'; its " + layers.size() + " layers are "
                + describeNames() + " (a name, or an index from 0 to " + (layers.size() - 1) + ")");
    }

    private String describeNames() {
        if (layerNames.size() <= 8) {
            return String.join(", ", layerNames);
        }
        List<String> shown = new ArrayList<>(layerNames.subList(0, 3));
        shown.add("...");
        shown.addAll(layerNames.subList(layerNames.size() - 2, layerNames.size()));
        return String.join(", ", shown);
    }

    /**
     * Attaches names read from a separate item list.
     *
     * @param names    one name per row
     * @param listFile the file the names came from, named in the error
     * @return the same layers with the given names
     * @throws RepresentationFileException when the number of names differs from the number of rows
     */
    public LayeredRepresentation withItemNames(List<String> names, Path listFile) throws RepresentationFileException {
        if (names.size() != rows()) {
            throw new RepresentationFileException(listFile, "lists " + names.size() + " items but "
                    + RepresentationFileException.displayName(file) + " has " + rows() + " rows");
        }
        return new LayeredRepresentation(file, format, layerNames, layers, names);
    }

    @Override
    public String toString() {
        return RepresentationFileException.displayName(file) + " (" + format + ", " + layers.size() + " layers of "
                + rows() + " rows" + (itemNames == null ? "" : ", named items") + ")";
    }
}
