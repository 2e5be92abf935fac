package org.repalign.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.repalign.io.internal.DelimitedTextReader;
import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.FileFormatReader;
import org.repalign.io.internal.NpyReader;
import org.repalign.io.internal.NpzCsrReader;
import org.repalign.io.internal.NpzDenseReader;
import org.repalign.io.internal.SafetensorsReader;
import org.repalign.io.internal.Word2VecBinaryReader;
import org.repalign.io.internal.WordVectorTextReader;

/**
 * Opens representation files, choosing the reader from the file name and, where the name is
 * ambiguous, the content. Built-in formats:
 * <ul>
 * <li>{@code .npy}: a 2-D float16/32/64 array, memory-mapped;</li>
 * <li>{@code .npz}: a sparse CSR matrix saved by {@code scipy.sparse.save_npz}, or a named (or
 * the only) 2-D float array;</li>
 * <li>{@code .safetensors}: a named (or the only) 2-D F16/BF16/F32/F64 tensor, memory-mapped;</li>
 * <li>{@code .txt}, {@code .vec}: word2vec/GloVe text, with item names;</li>
 * <li>{@code .bin}: word2vec binary, with item names;</li>
 * <li>{@code .csv}, {@code .tsv}: numbers, with an optional name column and header row.</li>
 * </ul>
 */
public final class RepresentationReaders {

    private RepresentationReaders() {
    }

    /**
     * @return the built-in readers in the order they are consulted; the CSR reader comes before
     *         the dense {@code .npz} reader so that a scipy archive is read as sparse
     */
    public static List<RepresentationReader> builtIns() {
        return List.of(new NpyReader(), new NpzCsrReader(), new NpzDenseReader(), new SafetensorsReader(),
                new WordVectorTextReader(), new Word2VecBinaryReader(), new DelimitedTextReader("csv", ".csv"),
                new DelimitedTextReader("tsv", ".tsv"));
    }

    /**
     * Reads a file with the built-in readers.
     *
     * @param file       the file
     * @param tensorName the array or tensor to read from a container format, or {@code null}
     *                   for the only 2-D one
     * @return the representation
     * @throws RepresentationFileException naming the file and the problem
     */
    public static Representation open(Path file, String tensorName) throws RepresentationFileException {
        return open(file, tensorName, builtIns());
    }

    /**
     * Reads a file with the first of the given readers that supports it.
     *
     * @param file       the file
     * @param tensorName the array or tensor to read, or {@code null}
     * @param readers    the readers to consult, in order
     * @return the representation
     * @throws RepresentationFileException naming the file and the problem, also when no reader
     *                                     supports it
     */
    public static Representation open(Path file, String tensorName, List<? extends RepresentationReader> readers)
            throws RepresentationFileException {
        return readerFor(file, readers).read(file, tensorName);
    }

    /**
     * @param file    the file, which must exist
     * @param readers the readers to consult, in order
     * @return the first reader that supports the file
     * @throws RepresentationFileException when the file is missing, empty or a directory, or no
     *                                     reader supports it
     */
    public static RepresentationReader readerFor(Path file, List<? extends RepresentationReader> readers)
            throws RepresentationFileException {
        Objects.requireNonNull(file, "file");
        FileChecks.requireReadableFile(file);
        for (RepresentationReader reader : readers) {
            if (reader.supports(file)) {
                return reader;
            }
        }
        String known = readers.stream()
                .flatMap(r -> r instanceof FileFormatReader f ? f.extensions().stream() : java.util.stream.Stream.of(r.formatName()))
                .distinct().collect(Collectors.joining(" "));
        throw new RepresentationFileException(file, "has no known representation format; supported: " + known);
    }
}
