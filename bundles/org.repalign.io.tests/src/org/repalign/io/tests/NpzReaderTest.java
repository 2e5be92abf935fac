package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.internal.DenseShape;
import org.repalign.io.internal.ElementType;
import org.repalign.io.internal.ScratchFile;

class NpzReaderTest {

    static final double[][] OTHER = { { 7.0, 8.0 } };

    @TempDir
    Path dir;

    private Path archive(String name, boolean deflated) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("labels.npy", NpyBytes.integerArray(new long[] { 1, 2, 3 }, 8));
        entries.put("emb.npy", NpyBytes.withHeader(1, NpyBytes.dict(">f8", true, "(3, 4)"),
                NpyBytes.floats(NpyReaderTest.VALUES, 8, ByteOrder.BIG_ENDIAN, true)));
        Path file = dir.resolve(name);
        Files.write(file, ArchiveBytes.zip(entries, deflated));
        return file;
    }

    @Test
    void storedArrayIsReadInPlace() throws IOException {
        Representation rep = RepresentationReaders.open(archive("stored.npz", false), null);
        assertEquals("npz", rep.format());
        for (int r = 0; r < 3; r++) {
            assertArrayEquals(NpyReaderTest.VALUES[r], rep.matrix().row(r), 0.0);
        }
    }

    @Test
    void deflatedArrayIsInflated() throws IOException {
        Representation rep = RepresentationReaders.open(archive("deflated.npz", true), "emb");
        assertEquals(3, rep.matrix().rows());
        assertArrayEquals(NpyReaderTest.VALUES[1], rep.matrix().row(1), 0.0);
    }

    @Test
    void namedArrayIsChosenAmongSeveralMatrices() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.npy", NpyBytes.float32Matrix(NpyReaderTest.VALUES));
        entries.put("b.npy", NpyBytes.float32Matrix(OTHER));
        Path file = dir.resolve("two.npz");
        Files.write(file, ArchiveBytes.zip(entries, false));
        assertArrayEquals(OTHER[0], RepresentationReaders.open(file, "b").matrix().row(0), 0.0);
        assertArrayEquals(NpyReaderTest.VALUES[0], RepresentationReaders.open(file, "a.npy").matrix().row(0), 0.0);
    }

    @Test
    void scipyCsrArchiveBecomesCsrMatrix() throws IOException {
        // [[0, 1.5, 0], [0, 0, 0], [-2, 0, 0.5]]
        for (boolean deflated : new boolean[] { true, false }) {
            for (int indexBytes : new int[] { 4, 8 }) {
                Path file = dir.resolve("csr" + deflated + indexBytes + ".npz");
                Files.write(file, ArchiveBytes.zip(ArchiveBytes.scipyCsr("csr", 3, 3, new long[] { 0, 1, 1, 3 },
                        new long[] { 1, 0, 2 }, new double[] { 1.5, -2.0, 0.5 }, indexBytes), deflated));
                Representation rep = RepresentationReaders.open(file, null);
                assertEquals("npz-csr", rep.format());
                CsrMatrix csr = assertInstanceOf(CsrMatrix.class, rep.matrix());
                assertEquals(3, csr.nonZeros());
                assertArrayEquals(new double[] { 0, 1.5, 0 }, csr.row(0), 0.0);
                assertArrayEquals(new double[] { 0, 0, 0 }, csr.row(1), 0.0);
                assertArrayEquals(new double[] { -2.0, 0, 0.5 }, csr.row(2), 0.0);
            }
        }
    }

    @Test
    void scratchFileHoldsInflatedData() throws Exception {
        ByteBuffer data = ByteBuffer.allocate(6 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 6; i++) {
            data.putDouble(i * 1.25);
        }
        RowMatrix matrix = ScratchFile.copyAndMap(new ByteArrayInputStream(data.array()), 48, new DenseShape(2, 3),
                ElementType.FLOAT64, ByteOrder.LITTLE_ENDIAN, false, "test data");
        assertArrayEquals(new double[] { 3.75, 5.0, 6.25 }, matrix.row(1), 0.0);
    }
}
