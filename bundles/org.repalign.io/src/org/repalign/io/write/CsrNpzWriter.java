package org.repalign.io.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.ChannelOutput;
import org.repalign.io.internal.NpyHeaderText;
import org.repalign.io.internal.StoredZipWriter;

/**
 * Writes a {@link CsrMatrix} as the {@code .npz} archive {@code scipy.sparse.save_npz(file,
 * matrix, compressed=False)} produces, so that {@code scipy.sparse.load_npz} and RepAlign's own
 * reader load it. The archive holds, stored uncompressed and in scipy's order:
 * <ul>
 * <li>{@code indices.npy}: int32 column indices;</li>
 * <li>{@code indptr.npy}: int32 row offsets (scipy's choice whenever every index and offset
 * fits in int32, which a {@code CsrMatrix} guarantees);</li>
 * <li>{@code format.npy}: the 0-d byte string {@code b'csr'} (dtype {@code |S3});</li>
 * <li>{@code shape.npy}: int64 {@code (rows, columns)};</li>
 * <li>{@code data.npy}: the values, float32 by default.</li>
 * </ul>
 * The zip structure is that of numpy's {@code savez} (see the internal zip writer). The file is
 * written atomically ({@link AtomicFiles}).
 */
public final class CsrNpzWriter {

    private CsrNpzWriter() {
    }

    /**
     * Writes the matrix with float32 values.
     *
     * @param file   the file, normally ending in {@code .npz}
     * @param matrix the matrix
     * @throws RepresentationFileException naming the file when it cannot be written
     */
    public static void write(Path file, CsrMatrix matrix) throws RepresentationFileException {
        write(file, matrix, FloatFormat.FLOAT32);
    }

    /**
     * Writes the matrix.
     *
     * @param file       the file
     * @param matrix     the matrix
     * @param dataFormat the element type of {@code data.npy}
     * @throws RepresentationFileException naming the file when it cannot be written
     */
    public static void write(Path file, CsrMatrix matrix, FloatFormat dataFormat) throws RepresentationFileException {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(dataFormat, "dataFormat");
        AtomicFiles.writeFile(file, channel -> {
            StoredZipWriter zip = new StoredZipWriter(channel);
            writeIndices(zip.openEntry("indices.npy"), matrix);
            zip.closeEntry();
            writeIndptr(zip.openEntry("indptr.npy"), matrix);
            zip.closeEntry();
            ChannelOutput format = zip.openEntry("format.npy");
            format.putBytes(NpyHeaderText.v1("|S3"));
            format.putBytes("csr".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            ChannelOutput shape = zip.openEntry("shape.npy");
            shape.putBytes(NpyHeaderText.v1("<i8", 2));
            shape.putLong(matrix.rows());
            shape.putLong(matrix.columns());
            zip.closeEntry();
            writeData(zip.openEntry("data.npy"), matrix, dataFormat);
            zip.closeEntry();
            zip.finish();
        });
    }

    private static void writeIndices(ChannelOutput out, CsrMatrix matrix) throws IOException {
        int nnz = matrix.nonZeros();
        out.putBytes(NpyHeaderText.v1("<i4", nnz));
        for (int p = 0; p < nnz; p++) {
            out.putInt(matrix.columnAt(p));
        }
    }

    private static void writeIndptr(ChannelOutput out, CsrMatrix matrix) throws IOException {
        int rows = matrix.rows();
        out.putBytes(NpyHeaderText.v1("<i4", (long) rows + 1));
        for (int r = 0; r < rows; r++) {
            out.putInt(matrix.rowStart(r));
        }
        out.putInt(matrix.nonZeros());
    }

    private static void writeData(ChannelOutput out, CsrMatrix matrix, FloatFormat format) throws IOException {
        int nnz = matrix.nonZeros();
        out.putBytes(NpyHeaderText.v1(format.npyDescr(), nnz));
        for (int p = 0; p < nnz; p++) {
            if (format == FloatFormat.FLOAT32) {
                out.putFloat((float) matrix.valueAt(p));
            } else {
                out.putDouble(matrix.valueAt(p));
            }
        }
    }
}
