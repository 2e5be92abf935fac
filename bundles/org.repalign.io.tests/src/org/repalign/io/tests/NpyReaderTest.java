package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;

class NpyReaderTest {

    /** Values exact in float16: multiples of 0.5 between -2 and 3.5. */
    static final double[][] VALUES = {
            { -2.0, -1.5, -1.0, -0.5 },
            { 0.0, 0.5, 1.0, 1.5 },
            { 2.0, 2.5, 3.0, 3.5 } };

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyDtypeOrderEndiannessAndVersion() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int size : new int[] { 2, 4, 8 }) {
            for (ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN }) {
                for (boolean fortran : new boolean[] { false, true }) {
                    for (int major = 1; major <= 3; major++) {
                        String descr = (order == ByteOrder.BIG_ENDIAN ? ">" : "<") + "f" + size;
                        int version = major;
                        String name = descr + (fortran ? " F" : " C") + " v" + major;
                        tests.add(DynamicTest.dynamicTest(name, () -> {
                            byte[] bytes = NpyBytes.withHeader(version, NpyBytes.dict(descr, fortran, "(3, 4)"),
                                    NpyBytes.floats(VALUES, size, order, fortran));
                            Path file = dir.resolve("m" + size + order + fortran + version + ".npy");
                            Files.write(file, bytes);
                            Representation rep = RepresentationReaders.open(file, null);
                            assertEquals("npy", rep.format());
                            assertEquals(3, rep.matrix().rows());
                            assertEquals(4, rep.matrix().columns());
                            assertTrue(rep.itemNames().isEmpty());
                            for (int r = 0; r < 3; r++) {
                                assertArrayEquals(VALUES[r], rep.matrix().row(r), 0.0, name + " row " + r);
                            }
                        }));
                    }
                }
            }
        }
        return tests;
    }

    @Test
    void float32ValuesConvertExactlyToDouble() throws IOException {
        double[][] values = { { 0.1, -1e-30, 3.4e38 } };
        Path file = dir.resolve("f32.npy");
        Files.write(file, NpyBytes.float32Matrix(values));
        double[] row = RepresentationReaders.open(file, null).matrix().row(0);
        assertEquals((double) 0.1f, row[0], 0.0);
        assertEquals((double) -1e-30f, row[1], 0.0);
        assertEquals((double) 3.4e38f, row[2], 0.0);
    }

    @Test
    void readsBlocksAtAnOffset() throws IOException {
        Path file = dir.resolve("block.npy");
        Files.write(file, NpyBytes.withHeader(1, NpyBytes.dict("<f8", true, "(3, 4)"),
                NpyBytes.floats(VALUES, 8, ByteOrder.LITTLE_ENDIAN, true)));
        double[] target = new double[10];
        RepresentationReaders.open(file, null).matrix().readRows(1, 2, target, 1);
        assertEquals(0.0, target[0]);
        assertArrayEquals(new double[] { 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5 },
                java.util.Arrays.copyOfRange(target, 1, 9), 0.0);
        assertEquals(0.0, target[9]);
    }

    @Test
    void zeroRowsIsAnEmptyMatrix() throws IOException {
        Path file = dir.resolve("empty-rows.npy");
        Files.write(file, NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(0, 5)"), new byte[0]));
        Representation rep = RepresentationReaders.open(file, null);
        assertEquals(0, rep.matrix().rows());
        assertEquals(5, rep.matrix().columns());
    }

    @Test
    void mappedMatrixCopiesLikeDense() throws IOException {
        Path file = dir.resolve("copy.npy");
        Files.write(file, NpyBytes.float32Matrix(VALUES));
        DenseMatrix copy = DenseMatrix.copyOf(RepresentationReaders.open(file, null).matrix());
        assertArrayEquals(VALUES[2], copy.toRows()[2], 0.0);
    }
}
