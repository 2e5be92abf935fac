package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.io.FiniteValueCheck;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;

/**
 * Malformed and hostile files: each must fail with a {@link RepresentationFileException} whose
 * one-line message starts with the file name and names the specific problem.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path writeText(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static RepresentationFileException assertFails(Path file, Executable action, String... fragments) {
        RepresentationFileException error = assertThrows(RepresentationFileException.class, action);
        String message = error.getMessage();
        assertTrue(message.startsWith(file.getFileName() + ": "), message);
        assertFalse(message.contains("\n"), message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "expected '" + fragment + "' in: " + message);
        }
        assertEquals(file, error.file());
        return error;
    }

    private static RepresentationFileException assertOpenFails(Path file, String... fragments) {
        return assertFails(file, () -> RepresentationReaders.open(file, null), fragments);
    }

    private static byte[] npy(String descr, String shape, int dataBytes) {
        return NpyBytes.withHeader(1, NpyBytes.dict(descr, false, shape), new byte[dataBytes]);
    }

    @Test
    void npyHeaderClaimingATrillionRows() throws IOException {
        Path file = write("embeddings.npy", npy("<f4", "(1000000000000, 768)", 3072000));
        assertOpenFails(file, "header declares 1000000000000 rows x 768 columns of float32",
                "but the file holds 3072000 bytes of data");
    }

    @Test
    void npyWithTruncatedData() throws IOException {
        byte[] whole = NpyBytes.float32Matrix(NpyReaderTest.VALUES);
        Path file = write("cut.npy", Arrays.copyOf(whole, whole.length - 5));
        assertOpenFails(file, "3 rows x 4 columns", "holds 43 bytes of data");
    }

    @Test
    void npyWithTrailingBytes() throws IOException {
        Path file = write("long.npy", NpyBytes.concat(NpyBytes.float32Matrix(NpyReaderTest.VALUES), new byte[4]));
        assertOpenFails(file, "52 bytes of data, 4 more than that");
    }

    @Test
    void npyCutInsideTheHeader() throws IOException {
        Path file = write("head.npy", Arrays.copyOf(NpyBytes.float32Matrix(NpyReaderTest.VALUES), 30));
        assertOpenFails(file, "header claims 118 bytes but only 20 bytes follow");
    }

    @Test
    void npyWithInt64Dtype() throws IOException {
        Path file = write("ints.npy", npy("<i8", "(2, 2)", 32));
        assertOpenFails(file, "dtype '<i8' (64-bit signed integer) is not supported");
    }

    @Test
    void npyWithObjectDtype() throws IOException {
        Path file = write("objects.npy", npy("|O", "(2, 2)", 32));
        assertOpenFails(file, "dtype '|O' (Python objects) is not supported");
    }

    @Test
    void npyWithComplexDtype() throws IOException {
        Path file = write("complex.npy", npy("<c16", "(1, 1)", 16));
        assertOpenFails(file, "dtype '<c16' (128-bit complex) is not supported");
    }

    @Test
    void npyWithStructuredDtype() throws IOException {
        Path file = write("struct.npy", NpyBytes.withHeader(1,
                "{'descr': [('x', '<f4'), ('y', '<f4')], 'fortran_order': False, 'shape': (2,), }", new byte[16]));
        assertOpenFails(file, "structured dtype");
    }

    @Test
    void npyWithoutMagic() throws IOException {
        Path file = writeText("text.npy", "this is not numpy at all");
        assertOpenFails(file, "does not start with the \\x93NUMPY magic");
    }

    @Test
    void npyWithUnknownVersion() throws IOException {
        byte[] bytes = NpyBytes.float32Matrix(NpyReaderTest.VALUES);
        bytes[6] = 4;
        assertOpenFails(write("v4.npy", bytes), "unsupported .npy format version 4.0");
    }

    @Test
    void npyWithThreeDimensions() throws IOException {
        assertOpenFails(write("cube.npy", npy("<f4", "(2, 2, 2)", 32)), "shape (2, 2, 2)", "expected a 2-D array");
    }

    @Test
    void npyWithGarbledHeaderDict() throws IOException {
        Path file = write("garbled.npy", NpyBytes.withHeader(1, "{'descr': '<f4', 'shape': (2, 2}", new byte[16]));
        assertOpenFails(file, "header is not a Python dict literal");
    }

    @Test
    void safetensorsHeaderLengthBeyondTheFile() throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putLong(1L << 40);
        Path file = write("big.safetensors", bytes.array());
        assertOpenFails(file, "header length 1099511627776 runs past the end of the file (24 bytes)");
    }

    @Test
    void safetensorsHeaderLengthWithTopBitSet() throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(-1L);
        assertOpenFails(write("neg.safetensors", bytes.array()), "header length 18446744073709551615 runs past");
    }

    @Test
    void safetensorsShorterThanItsLengthField() throws IOException {
        assertOpenFails(write("tiny.safetensors", new byte[] { 1, 2, 3 }), "holds 3 bytes, too few");
    }

    @Test
    void safetensorsWithInvalidJson() throws IOException {
        Path file = write("json.safetensors", ArchiveBytes.safetensors("{\"a\": {\"dtype\": \"F32\",}", new byte[0]));
        assertOpenFails(file, "header is not valid JSON", "offset");
    }

    @Test
    void safetensorsHeaderNotUtf8() throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(4)
                .put(new byte[] { '{', (byte) 0xff, (byte) 0xfe, '}' });
        assertOpenFails(write("latin.safetensors", bytes.array()), "header is not valid UTF-8");
    }

    @Test
    void safetensorsWithIntegerDtype() throws IOException {
        Path file = write("i64.safetensors",
                ArchiveBytes.safetensors("{" + ArchiveBytes.tensor("ids", "I64", 2, 2, 0, 32) + "}", new byte[32]));
        assertOpenFails(file, "tensor 'ids' has dtype I64, which is not supported");
    }

    @Test
    void safetensorsOffsetsOutsideTheBuffer() throws IOException {
        Path file = write("short.safetensors",
                ArchiveBytes.safetensors("{" + ArchiveBytes.tensor("w", "F32", 4, 4, 0, 64) + "}", new byte[20]));
        assertOpenFails(file, "tensor 'w' has data_offsets [0, 64] outside the 20-byte data buffer");
    }

    @Test
    void safetensorsShapeDisagreesWithOffsets() throws IOException {
        Path file = write("shape.safetensors",
                ArchiveBytes.safetensors("{" + ArchiveBytes.tensor("w", "F32", 4, 4, 0, 60) + "}", new byte[60]));
        assertOpenFails(file, "tensor 'w' declares 4 rows x 4 columns of float32", "holds 60 bytes");
    }

    @Test
    void safetensorsMissingNamedTensorAndAmbiguousDefault() throws IOException {
        String header = "{" + ArchiveBytes.tensor("a", "F32", 1, 1, 0, 4) + "," + ArchiveBytes.tensor("b", "F32", 1, 1, 4, 8)
                + "}";
        Path file = write("pair.safetensors", ArchiveBytes.safetensors(header, new byte[8]));
        assertFails(file, () -> RepresentationReaders.open(file, "c"), "has no tensor 'c'; it holds 'a', 'b'");
        assertOpenFails(file, "holds 2 2-D tensors ('a', 'b'); name the one to read");
    }

    @Test
    void emptyFile() throws IOException {
        assertOpenFails(write("nothing.npy", new byte[0]), "is empty");
    }

    @Test
    void directory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("vectors.npy"));
        assertOpenFails(sub, "is a directory");
    }

    @Test
    void missingFile() {
        assertOpenFails(dir.resolve("absent.safetensors"), "does not exist");
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write("secret.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        if (!file.toFile().setReadable(false, false) || Files.isReadable(file)) {
            return; // running with privileges that ignore permissions
        }
        try {
            assertOpenFails(file, "is not readable");
        } finally {
            file.toFile().setReadable(true, false);
        }
    }

    @Test
    void unknownExtension() throws IOException {
        assertOpenFails(writeText("model.pkl", "x"), "has no known representation format", ".npy");
    }

    @Test
    void wordVectorsNotUtf8() throws IOException {
        byte[] bytes = NpyBytes.concat("a 1 2\nb 3 4\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] { 'c', (byte) 0xe9, ' ', '5', ' ', '6', '\n' });
        assertOpenFails(write("latin1.txt", bytes), "line 3 is not valid UTF-8");
    }

    @Test
    void wordVectorsRagged() throws IOException {
        assertOpenFails(writeText("ragged.vec", "3 3\na 1 2 3\nb 1 2\nc 1 2 3\n"),
                "line 3 has 2 values; expected 3 as declared on line 1");
        assertOpenFails(writeText("ragged2.txt", "a 1 2\nb 1 2 3\n"), "line 2 has 3 values; expected 2 as on line 1");
    }

    @Test
    void wordVectorsCountDisagreesWithHeader() throws IOException {
        assertOpenFails(writeText("count.vec", "5 2\na 1 2\nb 3 4\n"), "header declares 5 vectors but the file holds 2");
    }

    @Test
    void wordVectorsWithDuplicateWord() throws IOException {
        assertOpenFails(writeText("dup.txt", "a 1 2\nb 3 4\na 5 6\n"), "item 'a' appears twice, on lines 1 and 3");
    }

    @Test
    void wordVectorsWithNonNumericValue() throws IOException {
        assertOpenFails(writeText("word.txt", "a 1 2\nb 3 x4\n"), "line 2, value 2: 'x4' is not a number");
    }

    @Test
    void csvRaggedAndNonNumeric() throws IOException {
        assertOpenFails(writeText("ragged.csv", "1,2,3\n4,5\n"), "line 2 has 2 values; expected 3 as on line 1");
        assertOpenFails(writeText("text.csv", "name,a,b\nx,1,2\ny,abc,3\n"), "line 3, column 2: 'abc' is not a number");
        assertOpenFails(writeText("hole.tsv", "1\t\t3\n"), "line 1, column 2 is empty");
    }

    @Test
    void binaryVectorsTruncated() throws IOException {
        ByteBuffer body = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        body.put("2 2\n".getBytes(StandardCharsets.US_ASCII));
        body.put("a ".getBytes(StandardCharsets.US_ASCII)).putFloat(1).putFloat(2).put((byte) '\n');
        body.put("beta ".getBytes(StandardCharsets.US_ASCII)).putFloat(3).putFloat(4);
        // far too short for two vectors: caught from the header before reading words
        Path file = write("cut.bin", Arrays.copyOf(body.array(), 4 + 10));
        assertOpenFails(file, "header declares 2 words of 2 dimensions (at least 20 bytes)",
                "the file holds 10 bytes after the header");
        // long enough by the header's estimate, but the last vector is cut
        Path longer = write("cut2.bin", Arrays.copyOf(body.array(), body.position() - 4));
        assertOpenFails(longer, "ends inside the vector of word 2 ('beta') of 2", "truncated");
    }

    @Test
    void binaryVectorsHeaderNotNumbers() throws IOException {
        assertOpenFails(writeText("words.bin", "hello world\nmore"), "first line should be '<count> <dimensions>'");
    }

    @Test
    void npzCutShort() throws IOException {
        Map<String, byte[]> entries = Map.of("a.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        byte[] zip = ArchiveBytes.zip(entries, false);
        assertOpenFails(write("cut.npz", Arrays.copyOf(zip, zip.length - 30)), "not a zip archive", "truncated");
    }

    @Test
    void npzMissingNamedArray() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        entries.put("b.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        Path file = write("ab.npz", ArchiveBytes.zip(entries, true));
        assertFails(file, () -> RepresentationReaders.open(file, "z"), "has no array 'z'; it holds 'a', 'b'");
        assertOpenFails(file, "holds 2 2-D arrays ('a', 'b'); name the one to read");
    }

    @Test
    void npzDeflatedArrayWithIntegerDtype() throws IOException {
        Map<String, byte[]> entries = Map.of("ids.npy", npy("<i8", "(2, 2)", 32));
        assertOpenFails(write("ids.npz", ArchiveBytes.zip(entries, true)), "array 'ids'", "dtype '<i8'");
    }

    @Test
    void sparseArchiveInCscFormat() throws IOException {
        Path file = write("csc.npz", ArchiveBytes.zip(ArchiveBytes.scipyCsr("csc", 2, 2, new long[] { 0, 1, 1 },
                new long[] { 0 }, new double[] { 1 }, 4), true));
        assertOpenFails(file, "sparse format 'csc' is not supported");
    }

    @Test
    void sparseArchiveWithInconsistentIndices() throws IOException {
        Path file = write("bad-csr.npz", ArchiveBytes.zip(ArchiveBytes.scipyCsr("csr", 2, 2, new long[] { 0, 1, 1 },
                new long[] { 5 }, new double[] { 1 }, 8), false));
        assertOpenFails(file, "inconsistent CSR arrays", "column index 5");
        Path wrongIndptr = write("indptr.npz", ArchiveBytes.zip(ArchiveBytes.scipyCsr("csr", 3, 2,
                new long[] { 0, 1 }, new long[] { 0 }, new double[] { 1 }, 4), false));
        assertOpenFails(wrongIndptr, "array 'indptr' has 2 entries but shape 3 x 2 needs 4");
    }

    @Test
    void itemListLengthDiffersFromRows() throws IOException {
        Path matrix = write("emb.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        Path list = writeText("items.txt", "a\nb\n");
        Representation rep = RepresentationReaders.open(matrix, null);
        assertFails(list, () -> rep.withItemNames(List.of("a", "b"), list), "lists 2 items but emb.npy has 3 rows");
    }

    @Test
    void nonFiniteValuesAreLocated() throws IOException {
        Path file = writeText("nan.csv", "1,2,3\n4,5,nan\n7,inf,9\n");
        Representation rep = RepresentationReaders.open(file, null);
        assertFails(file, () -> FiniteValueCheck.requireFinite(rep), "row 1, column 2 is NaN");
        Path inf = dir.resolve("inf.npy");
        assertFails(inf, () -> FiniteValueCheck.requireFinite(
                DenseMatrix.of(new double[][] { { 1, 2 }, { Double.NEGATIVE_INFINITY, 0 } }), inf),
                "row 1, column 0 is -Infinity");
    }

    @Test
    void finiteMatrixPasses() throws IOException {
        Path file = write("ok.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        FiniteValueCheck.requireFinite(RepresentationReaders.open(file, null));
    }
}
