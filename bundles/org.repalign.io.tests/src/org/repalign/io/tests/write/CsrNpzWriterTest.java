package org.repalign.io.tests.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.write.CsrNpzWriter;
import org.repalign.io.write.FloatFormat;
import org.repalign.io.write.NpyWriter;

class CsrNpzWriterTest {

    @TempDir
    Path dir;

    private static CsrMatrix random(int rows, int columns, double density, long seed) {
        Random random = new Random(seed);
        int[] indptr = new int[rows + 1];
        List<Integer> indices = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (random.nextDouble() < density) {
                    indices.add(c);
                    values.add(random.nextGaussian());
                }
            }
            indptr[r + 1] = indices.size();
        }
        return CsrMatrix.of(rows, columns, indptr, indices.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void existingReaderReadsWhatIsWritten() throws IOException {
        CsrMatrix matrix = random(300, 200, 0.03, 5);
        Path f32 = dir.resolve("codes.npz");
        Path f64 = dir.resolve("codes64.npz");
        CsrNpzWriter.write(f32, matrix);
        CsrNpzWriter.write(f64, matrix, FloatFormat.FLOAT64);
        Representation rep32 = RepresentationReaders.open(f32, null);
        Representation rep64 = RepresentationReaders.open(f64, null);
        assertEquals("npz-csr", rep32.format());
        CsrMatrix read32 = (CsrMatrix) rep32.matrix();
        CsrMatrix read64 = (CsrMatrix) rep64.matrix();
        assertArrayEquals(matrix.indptr(), read32.indptr());
        assertArrayEquals(matrix.indices(), read32.indices());
        double[] rounded = Arrays.stream(matrix.values()).map(v -> (float) v).toArray();
        assertArrayEquals(rounded, read32.values(), 0);
        assertArrayEquals(matrix.values(), read64.values(), 0);
        assertEquals(200, read64.columns());
    }

    @Test
    void archiveHasScipysEntriesAndFormatBytes() throws IOException {
        Path file = dir.resolve("small.npz");
        CsrNpzWriter.write(file, CsrMatrix.of(2, 3, new int[] { 0, 1, 3 }, new int[] { 1, 0, 2 },
                new double[] { 1.5, 2, 3 }));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("indices.npy", "indptr.npy", "format.npy", "shape.npy", "data.npy"), names);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                assertEquals(ZipEntry.STORED, entry.getMethod());
            }
            byte[] format = zip.getInputStream(zip.getEntry("format.npy")).readAllBytes();
            String dict = "{'descr': '|S3', 'fortran_order': False, 'shape': (), }";
            byte[] expected = new byte[131];
            byte[] prefix = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0 };
            System.arraycopy(prefix, 0, expected, 0, 10);
            byte[] text = (dict + " ".repeat(117 - dict.length()) + "\n").getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, expected, 10, 118);
            System.arraycopy("csr".getBytes(StandardCharsets.US_ASCII), 0, expected, 128, 3);
            assertArrayEquals(expected, format);
            String shape = new String(zip.getInputStream(zip.getEntry("shape.npy")).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertTrue(shape.startsWith("\u0093NUMPY\u0001\u0000v\u0000{'descr': '<i8', 'fortran_order': False, "
                    + "'shape': (2,), }"), shape);
        }
    }

    @Test
    void matrixWithoutNonzerosRoundTrips() throws IOException {
        Path file = dir.resolve("empty.npz");
        CsrNpzWriter.write(file, CsrMatrix.of(2, 4, new int[] { 0, 0, 0 }, new int[0], new double[0]));
        Representation rep = RepresentationReaders.open(file, null);
        assertEquals(2, rep.matrix().rows());
        assertArrayEquals(new double[4], rep.matrix().row(1), 0);
    }

    @Test
    void denseNpyRoundTrips() throws IOException {
        Path f32 = dir.resolve("a.npy");
        Path f64 = dir.resolve("b.npy");
        Path fromMatrix = dir.resolve("c.npy");
        NpyWriter.write(f32, new float[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        NpyWriter.write(f64, new double[] { Math.E, -1e-200 }, 1, 2);
        NpyWriter.write(fromMatrix, random(50, 7, 0.5, 9), FloatFormat.FLOAT64);
        Representation a = RepresentationReaders.open(f32, null);
        assertArrayEquals(new double[] { 4, 5, 6 }, a.matrix().row(1), 0);
        assertArrayEquals(new double[] { Math.E, -1e-200 }, RepresentationReaders.open(f64, null).matrix().row(0), 0);
        assertArrayEquals(random(50, 7, 0.5, 9).row(49), RepresentationReaders.open(fromMatrix, null).matrix().row(49), 0);
        assertEquals(128 + 24, Files.size(f32));
    }
}
