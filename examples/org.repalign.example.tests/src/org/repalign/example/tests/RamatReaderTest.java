package org.repalign.example.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.example.RamatReader;

/** The example reader: the documented layout, and one-line errors naming the file. */
class RamatReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsTheDocumentedLayout() throws Exception {
        // written by hand: magic, rows 2, columns 3, then 1..6 as float32 little-endian
        ByteBuffer bytes = ByteBuffer.allocate(16 + 24).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(new byte[] {'R', 'A', 'M', 'A', 'T', 1, 0, 0}).putInt(2).putInt(3);
        for (int i = 1; i <= 6; i++) {
            bytes.putFloat(i);
        }
        Path file = folder.resolve("hand.ramat");
        Files.write(file, bytes.array());
        Representation representation = new RamatReader().read(file, null);
        assertEquals("ramat", representation.format());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, DenseMatrix.copyOf(representation.matrix()).toArray());
        assertTrue(representation.itemNames().isEmpty());
    }

    @Test
    void writesWhatItReads() throws Exception {
        Path file = folder.resolve("round.ramat");
        RamatReader.write(file, new float[][] {{0.5f, -2f}, {3.25f, 1e-3f}, {7f, 8f}});
        assertEquals(16 + 4 * 6, Files.size(file));
        double[][] rows = DenseMatrix.copyOf(new RamatReader().read(file, null).matrix()).toRows();
        assertEquals(3, rows.length);
        assertEquals(1e-3f, (float) rows[1][1]);
        assertEquals(-2.0, rows[0][1]);
    }

    @Test
    void badFilesFailWithTheFileName() throws Exception {
        Path shortFile = folder.resolve("short.ramat");
        Files.write(shortFile, new byte[] {'R', 'A'});
        RepresentationFileException tooShort = assertThrows(RepresentationFileException.class,
                () -> new RamatReader().read(shortFile, null));
        assertTrue(tooShort.getMessage().contains("short.ramat") && tooShort.getMessage().contains("header"),
                tooShort.getMessage());

        Path truncated = folder.resolve("truncated.ramat");
        RamatReader.write(truncated, new float[][] {{1, 2}, {3, 4}});
        byte[] content = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(content, content.length - 4));
        RepresentationFileException size = assertThrows(RepresentationFileException.class,
                () -> new RamatReader().read(truncated, null));
        assertTrue(size.getMessage().contains("truncated.ramat") && size.getMessage().contains("needs 32"),
                size.getMessage());

        Path wrongMagic = folder.resolve("magic.ramat");
        Files.write(wrongMagic, new byte[20]);
        assertTrue(assertThrows(RepresentationFileException.class, () -> new RamatReader().read(wrongMagic, null))
                .getMessage().contains("magic"));
    }
}
