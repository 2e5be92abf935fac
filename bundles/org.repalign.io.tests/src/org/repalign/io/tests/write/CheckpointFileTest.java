package org.repalign.io.tests.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.Checkpoint;
import org.repalign.io.write.CheckpointFile;
import org.repalign.io.write.SafetensorsWriter;

class CheckpointFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsArraysAndScalarsExactly() throws IOException {
        float[] weights = { 0.1f, -3e-38f, Float.MAX_VALUE, 1 };
        double[] moments = { 1e-300, Double.MIN_VALUE, -0.0 };
        long[] counters = { 0, Long.MAX_VALUE, -1 };
        Path file = dir.resolve("step-100.ckpt.safetensors");
        CheckpointFile.write(file, Checkpoint.builder().floats("W_enc", weights, 2, 2).doubles("adam_m", moments, 3)
                .longs("fired", counters, 3).scalar("step", 100L).scalar("rng", Long.MIN_VALUE)
                .scalar("lr", 4e-4 / 3).scalar("loss", Double.NaN).scalar("worst", Double.NEGATIVE_INFINITY)
                .scalar("recipe", "l2prh").build());
        Checkpoint read = CheckpointFile.read(file);
        assertArrayEquals(weights, read.requireFloats("W_enc"));
        assertArrayEquals(new long[] { 2, 2 }, read.requireShape("W_enc"));
        assertArrayEquals(moments, read.requireDoubles("adam_m"));
        assertArrayEquals(counters, read.requireLongs("fired"));
        assertEquals(100L, read.requireLong("step"));
        assertEquals(Long.MIN_VALUE, read.requireLong("rng"));
        assertEquals(Double.doubleToRawLongBits(4e-4 / 3), Double.doubleToRawLongBits(read.requireDouble("lr")));
        assertTrue(Double.isNaN(read.requireDouble("loss")));
        assertEquals(Double.NEGATIVE_INFINITY, read.requireDouble("worst"));
        assertEquals("l2prh", read.requireString("recipe"));
    }

    @Test
    void missingEntriesAndForeignFilesAreClearErrors() throws IOException {
        Path file = dir.resolve("c.safetensors");
        CheckpointFile.write(file, Checkpoint.builder().scalar("step", 1L).build());
        Checkpoint read = CheckpointFile.read(file);
        RepresentationFileException e = assertThrows(RepresentationFileException.class, () -> read.requireLong("seed"));
        assertEquals("c.safetensors: checkpoint has no scalar 'seed'", e.getMessage());
        assertThrows(RepresentationFileException.class, () -> read.requireDouble("step"));
        Path other = dir.resolve("other.safetensors");
        new SafetensorsWriter().addF32("x", new float[] { 1 }, 1).write(other);
        RepresentationFileException foreign = assertThrows(RepresentationFileException.class,
                () -> CheckpointFile.read(other));
        assertTrue(foreign.getMessage().startsWith("other.safetensors: is not a RepAlign checkpoint"),
                foreign.getMessage());
    }
}
