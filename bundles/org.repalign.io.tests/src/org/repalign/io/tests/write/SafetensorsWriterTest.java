package org.repalign.io.tests.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.write.SafetensorsWriter;

class SafetensorsWriterTest {

    @TempDir
    Path dir;

    @Test
    void tinyTensorMatchesHandBuiltBytes() throws IOException {
        Path file = dir.resolve("tiny.safetensors");
        new SafetensorsWriter().addF32("x", new float[] { 1.5f, -2f }, 2).write(file);
        String json = "{\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        assertEquals(54, json.length());
        ByteBuffer expected = ByteBuffer.allocate(8 + 56 + 8).order(ByteOrder.LITTLE_ENDIAN);
        expected.putLong(56).put(json.getBytes(StandardCharsets.US_ASCII)).put((byte) ' ').put((byte) ' ');
        expected.putFloat(1.5f).putFloat(-2f);
        assertArrayEquals(expected.array(), Files.readAllBytes(file));
    }

    @Test
    void metadataComesFirstAndHeaderIsPaddedToEightBytes() throws IOException {
        Path file = dir.resolve("meta.safetensors");
        new SafetensorsWriter().metadata("format", "pt").addF64("a", new double[] { 1 }).write(file);
        byte[] bytes = Files.readAllBytes(file);
        long length = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        assertEquals(0, length % 8);
        String header = new String(bytes, 8, (int) length, StandardCharsets.UTF_8);
        assertEquals("{\"__metadata__\":{\"format\":\"pt\"},\"a\":{\"dtype\":\"F64\",\"shape\":[],"
                + "\"data_offsets\":[0,8]}}", header.strip());
    }

    @Test
    void existingReaderReadsEveryMatrix() throws IOException {
        float[] weights = { 1.5f, -2f, 0.5f, 0.25f, 4f, -0.75f };
        double[] wide = { 1e-300, Math.PI, -0.0, 7 };
        Path file = dir.resolve("model.safetensors");
        new SafetensorsWriter().metadata("note", "ünïcode \"quoted\"").addF32("bias", new float[] { 9, 9, 9 }, 3)
                .addF32("layer.7", weights, 2, 3).addF64("wide", wide, 2, 2).write(file);
        Representation f32 = RepresentationReaders.open(file, "layer.7");
        assertEquals(2, f32.matrix().rows());
        assertEquals(3, f32.matrix().columns());
        assertArrayEquals(new double[] { 1.5, -2, 0.5 }, f32.matrix().row(0), 0);
        assertArrayEquals(new double[] { 0.25, 4, -0.75 }, f32.matrix().row(1), 0);
        Representation f64 = RepresentationReaders.open(file, "wide");
        assertArrayEquals(new double[] { 1e-300, Math.PI }, f64.matrix().row(0), 0);
        assertArrayEquals(new double[] { -0.0, 7 }, f64.matrix().row(1), 0);
    }

    @Test
    void largeTensorStreamsIntact() throws IOException {
        float[] values = new float[3_000_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5f;
        }
        Path file = dir.resolve("large.safetensors");
        new SafetensorsWriter().addF32("m", values, 3_000_001, 1).write(file);
        Representation rep = RepresentationReaders.open(file, null);
        assertEquals(3_000_001, rep.matrix().rows());
        assertEquals(1_500_000.0, rep.matrix().row(3_000_000)[0], 0);
        assertEquals(1234.5, rep.matrix().row(2469)[0], 0);
    }
}
