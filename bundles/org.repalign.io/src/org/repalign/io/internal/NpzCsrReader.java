package org.repalign.io.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.io.Representation;

/**
 * Reads a sparse matrix saved by {@code scipy.sparse.save_npz}: an {@code .npz} archive with the
 * arrays {@code data}, {@code indices}, {@code indptr}, {@code shape} and {@code format}, where
 * {@code format} must be {@code b'csr'} and the index arrays are int32 or int64. The tensor name
 * is ignored: such an archive holds one matrix.
 */
public final class NpzCsrReader extends FileFormatReader {

    private static final List<String> REQUIRED = List.of("data", "indices", "indptr", "shape");

    /** Creates the reader. */
    public NpzCsrReader() {
        super("npz-csr", List.of(".npz"));
    }

    /** Accepts {@code .npz} files whose arrays are those scipy writes for a sparse matrix. */
    @Override
    public boolean supports(Path file) {
        if (!super.supports(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return isSparseLayout(NpzArchive.open(channel).arrayNames());
        } catch (IOException | MalformedContentException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isSparseLayout(List<String> names) {
        return names.containsAll(REQUIRED) && names.contains("format");
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            NpzArchive archive = NpzArchive.open(channel);
            List<String> names = archive.arrayNames();
            if (!isSparseLayout(names)) {
                throw new MalformedContentException("is not a scipy sparse archive: expected arrays 'data', "
                        + "'indices', 'indptr', 'shape', 'format', found " + NameLists.summarize(names));
            }
            String format = archive.readText(archive.entry("format").orElseThrow());
            if (!format.equals("csr")) {
                throw new MalformedContentException("sparse format '" + format + "' is not supported; save the matrix "
                        + "as csr (matrix.tocsr())");
            }
            int[] shape = archive.readInts(archive.entry("shape").orElseThrow());
            if (shape.length != 2) {
                throw new MalformedContentException("array 'shape' has " + shape.length + " entries; expected 2");
            }
            int[] indptr = archive.readInts(archive.entry("indptr").orElseThrow());
            if (indptr.length != (long) shape[0] + 1) {
                throw new MalformedContentException("array 'indptr' has " + indptr.length + " entries but shape "
                        + shape[0] + " x " + shape[1] + " needs " + ((long) shape[0] + 1));
            }
            int[] indices = archive.readInts(archive.entry("indices").orElseThrow());
            double[] data = archive.readDoubles(archive.entry("data").orElseThrow());
            CsrMatrix matrix;
            try {
                matrix = CsrMatrix.of(shape[0], shape[1], indptr, indices, data);
            } catch (IllegalArgumentException e) {
                throw new MalformedContentException("inconsistent CSR arrays: " + e.getMessage());
            }
            return new Representation(file, formatName(), matrix, null);
        }
    }
}
