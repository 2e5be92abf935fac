package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.RowMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.internal.ElementType;
import org.repalign.io.internal.ValueSpill;

class TextFormatsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void word2vecTextWithHeader() throws IOException {
        Representation rep = RepresentationReaders.open(
                write("w.vec", "3 2\nthe 0.5 -1\nçà 2e-1 3\nend 1.25 0\n"), null);
        assertEquals("word2vec-text", rep.format());
        assertEquals(List.of("the", "çà", "end"), rep.itemNames().orElseThrow());
        assertArrayEquals(new double[] { 0.2, 3 }, rep.matrix().row(1), 0.0);
        assertArrayEquals(new double[] { 1.25, 0 }, rep.matrix().row(2), 0.0);
    }

    @Test
    void gloveTextWithoutHeaderAndASpacedWord() throws IOException {
        Representation rep = RepresentationReaders.open(
                write("glove.txt", "a 1 2 3\r\nat name@x.com 4 5 6\r\n\r\nb -1 -2 -3\r\n"), null);
        assertEquals(List.of("a", "at name@x.com", "b"), rep.itemNames().orElseThrow());
        assertEquals(3, rep.matrix().columns());
        assertArrayEquals(new double[] { 4, 5, 6 }, rep.matrix().row(1), 0.0);
        assertArrayEquals(new double[] { -1, -2, -3 }, rep.matrix().row(2), 0.0);
    }

    @Test
    void word2vecBinary() throws IOException {
        ByteBuffer body = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        body.put("2 3\n".getBytes(StandardCharsets.US_ASCII));
        body.put("king ".getBytes(StandardCharsets.UTF_8)).putFloat(1.5f).putFloat(-2f).putFloat(0.5f).put((byte) '\n');
        // the second record has no trailing newline
        body.put("königin ".getBytes(StandardCharsets.UTF_8)).putFloat(0.25f).putFloat(8f).putFloat(-0.125f);
        Path file = dir.resolve("vectors.bin");
        Files.write(file, java.util.Arrays.copyOf(body.array(), body.position()));
        Representation rep = RepresentationReaders.open(file, null);
        assertEquals("word2vec-binary", rep.format());
        assertEquals(List.of("king", "königin"), rep.itemNames().orElseThrow());
        assertArrayEquals(new double[] { 1.5, -2, 0.5 }, rep.matrix().row(0), 0.0);
        assertArrayEquals(new double[] { 0.25, 8, -0.125 }, rep.matrix().row(1), 0.0);
    }

    @Test
    void csvWithHeaderAndNames() throws IOException {
        Representation rep = RepresentationReaders.open(
                write("m.csv", "item,d0,d1\n\"dog, big\",1,2\ncat,3.5,-4\n"), null);
        assertEquals("csv", rep.format());
        assertEquals(List.of("dog, big", "cat"), rep.itemNames().orElseThrow());
        assertArrayEquals(new double[] { 3.5, -4 }, rep.matrix().row(1), 0.0);
    }

    @Test
    void csvOfNumbersOnly() throws IOException {
        Representation rep = RepresentationReaders.open(write("n.csv", "1,2,3\n4,5,6\n"), null);
        assertTrue(rep.itemNames().isEmpty());
        assertEquals(2, rep.matrix().rows());
        assertArrayEquals(new double[] { 4, 5, 6 }, rep.matrix().row(1), 0.0);
    }

    @Test
    void semicolonCsvAndNonFiniteSpellings() throws IOException {
        Representation rep = RepresentationReaders.open(write("s.csv", "1;nan\n-inf;2\n"), null);
        assertTrue(Double.isNaN(rep.matrix().row(0)[1]));
        assertEquals(Double.NEGATIVE_INFINITY, rep.matrix().row(1)[0]);
    }

    @Test
    void tsvWithAndWithoutNames() throws IOException {
        Representation named = RepresentationReaders.open(write("a.tsv", "x\t1\t2\ny\t3\t4\n"), null);
        assertEquals("tsv", named.format());
        assertEquals(List.of("x", "y"), named.itemNames().orElseThrow());
        assertArrayEquals(new double[] { 3, 4 }, named.matrix().row(1), 0.0);
        Representation plain = RepresentationReaders.open(write("b.tsv", "1\t2\n3\t4\n"), null);
        assertTrue(plain.itemNames().isEmpty());
        assertArrayEquals(new double[] { 1, 2 }, plain.matrix().row(0), 0.0);
    }

    @Test
    void spillMovesToAMappedScratchFilePastTheHeapLimit() throws IOException {
        for (ElementType storage : new ElementType[] { ElementType.FLOAT32, ElementType.FLOAT64 }) {
            try (ValueSpill spill = new ValueSpill(storage, 5)) {
                for (int i = 0; i < 12; i++) {
                    spill.add(i * 0.5);
                }
                RowMatrix matrix = spill.finish(4, 3);
                assertArrayEquals(new double[] { 4.5, 5.0, 5.5 }, matrix.row(3), 0.0);
                assertArrayEquals(new double[] { 0.0, 0.5, 1.0 }, matrix.row(0), 0.0);
            }
        }
    }
}
