package org.repalign.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.repalign.compute.data.RowMatrix;

/**
 * A representation read from a file: a matrix whose rows are items, the item names when the
 * file carries them (word vectors, CSV with a name column), the file it came from and the name
 * of its format.
 */
public final class Representation {

    private final Path file;
    private final String format;
    private final RowMatrix matrix;
    private final List<String> itemNames;

    /**
     * @param file      the file read
     * @param format    a short format name such as {@code npy} or {@code safetensors}
     * @param matrix    the values
     * @param itemNames one name per row, or {@code null} when the file has none
     * @throws IllegalArgumentException when the names do not match the rows
     */
    public Representation(Path file, String format, RowMatrix matrix, List<String> itemNames) {
        this.file = Objects.requireNonNull(file, "file");
        this.format = Objects.requireNonNull(format, "format");
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        if (itemNames != null && itemNames.size() != matrix.rows()) {
            throw new IllegalArgumentException(
                    itemNames.size() + " item names for a matrix of " + matrix.rows() + " rows");
        }
        this.itemNames = itemNames == null ? null : List.copyOf(itemNames);
    }

    /** @return the file read */
    public Path file() {
        return file;
    }

    /** @return the format name, e.g. {@code npy}, {@code npz-csr}, {@code word2vec-text} */
    public String format() {
        return format;
    }

    /** @return the values, rows are items */
    public RowMatrix matrix() {
        return matrix;
    }

    /** @return the item names carried by the file, one per row, if it carries any */
    public Optional<List<String>> itemNames() {
        return Optional.ofNullable(itemNames);
    }

    /**
     * Attaches names read from a separate item list.
     *
     * @param names    one name per row
     * @param listFile the file the names came from, named in the error
     * @return a representation with the same matrix and the given names
     * @throws RepresentationFileException when the number of names differs from the number of
     *                                     rows
     */
    public Representation withItemNames(List<String> names, Path listFile) throws RepresentationFileException {
        if (names.size() != matrix.rows()) {
            throw new RepresentationFileException(listFile, "lists " + names.size() + " items but "
                    + RepresentationFileException.displayName(file) + " has " + matrix.rows() + " rows");
        }
        return new Representation(file, format, matrix, names);
    }

    @Override
    public String toString() {
        return RepresentationFileException.displayName(file) + " (" + format + ", " + matrix.rows() + " x "
                + matrix.columns() + (itemNames == null ? "" : ", named items") + ")";
    }
}
