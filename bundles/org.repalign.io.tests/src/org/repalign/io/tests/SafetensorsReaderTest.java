package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;

class SafetensorsReaderTest {

    static final double[][] VALUES = { { 1.5, -2.0, 0.5 }, { 0.25, 4.0, -0.75 } };

    @TempDir
    Path dir;

    private Representation readSingle(String dtype, byte[] data) throws IOException {
        String header = "{\"__metadata__\":{\"format\":\"pt\"}," + ArchiveBytes.tensor("h", dtype, 2, 3, 0, data.length)
                + "}";
        Path file = dir.resolve(dtype + ".safetensors");
        Files.write(file, ArchiveBytes.safetensors(header, data));
        return RepresentationReaders.open(file, null);
    }

    private static void assertValues(Representation rep) {
        assertEquals("safetensors", rep.format());
        assertEquals(2, rep.matrix().rows());
        assertEquals(3, rep.matrix().columns());
        assertArrayEquals(VALUES[0], rep.matrix().row(0), 0.0);
        assertArrayEquals(VALUES[1], rep.matrix().row(1), 0.0);
    }

    @Test
    void float32() throws IOException {
        assertValues(readSingle("F32", NpyBytes.floats(VALUES, 4, ByteOrder.LITTLE_ENDIAN, false)));
    }

    @Test
    void float64() throws IOException {
        assertValues(readSingle("F64", NpyBytes.floats(VALUES, 8, ByteOrder.LITTLE_ENDIAN, false)));
    }

    @Test
    void float16() throws IOException {
        assertValues(readSingle("F16", NpyBytes.floats(VALUES, 2, ByteOrder.LITTLE_ENDIAN, false)));
    }

    @Test
    void bfloat16() throws IOException {
        assertValues(readSingle("BF16", NpyBytes.bfloat16(VALUES)));
    }

    @Test
    void namedTensorAtAnOffsetAndOnlyMatrixByDefault() throws IOException {
        byte[] bias = NpyBytes.floats(new double[][] { { 9, 9, 9 } }, 4, ByteOrder.LITTLE_ENDIAN, false);
        byte[] weights = NpyBytes.floats(VALUES, 4, ByteOrder.LITTLE_ENDIAN, false);
        String header = "{\"bias\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,12]},"
                + ArchiveBytes.tensor("layer.7", "F32", 2, 3, 12, 36) + "}";
        Path file = dir.resolve("two.safetensors");
        Files.write(file, ArchiveBytes.safetensors(header, NpyBytes.concat(bias, weights)));
        assertValues(RepresentationReaders.open(file, null));
        assertValues(RepresentationReaders.open(file, "layer.7"));
    }
}
