package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sidefiles.AttributeFile;
import org.repalign.io.sidefiles.FrequencyFile;
import org.repalign.io.sidefiles.ItemAlignment;
import org.repalign.io.sidefiles.ItemListFile;
import org.repalign.io.sidefiles.ItemSource;

class SideFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertMessage(RepresentationFileException error, String fileName, String fragment) {
        assertTrue(error.getMessage().startsWith(fileName + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(fragment), error.getMessage());
    }

    @Test
    void itemListKeepsOrderAndIgnoresTrailingEmptyLines() throws IOException {
        assertEquals(List.of("cat", "dog", "émeu"), ItemListFile.read(write("items.txt", "cat\r\ndog\némeu\n\n\n")));
    }

    @Test
    void itemListWithDuplicateNamesBothLines() throws IOException {
        Path file = write("dups.txt", "a\nb\nc\nb\n");
        RepresentationFileException error = assertThrows(RepresentationFileException.class,
                () -> ItemListFile.read(file));
        assertMessage(error, "dups.txt", "item 'b' appears twice, on lines 2 and 4");
    }

    @Test
    void itemListWithInteriorEmptyLine() throws IOException {
        Path file = write("gap.txt", "a\n\nb\n");
        assertMessage(assertThrows(RepresentationFileException.class, () -> ItemListFile.read(file)), "gap.txt",
                "line 2 is empty");
    }

    @Test
    void frequencies() throws IOException {
        Map<String, Long> counts = FrequencyFile.read(write("freq.tsv", "the\t120\nof\t7\n\n"));
        assertEquals(List.of("the", "of"), List.copyOf(counts.keySet()));
        assertEquals(120L, counts.get("the"));
        Path bad = write("badfreq.tsv", "the\t120\nof\tmany\n");
        assertMessage(assertThrows(RepresentationFileException.class, () -> FrequencyFile.read(bad)), "badfreq.tsv",
                "line 2: count 'many' is not a non-negative integer");
        Path dup = write("dupfreq.tsv", "the\t1\nthe\t2\n");
        assertMessage(assertThrows(RepresentationFileException.class, () -> FrequencyFile.read(dup)), "dupfreq.tsv",
                "item 'the' appears twice, on lines 1 and 2");
    }

    @Test
    void attributesGroupSeveralRowsPerItem() throws IOException {
        Map<String, Set<String>> attributes = AttributeFile.read(
                write("attr.tsv", "dog\tanimal\ncar\tartifact\ndog\tpet\ndog\tanimal\n"));
        assertEquals(List.of("animal", "pet"), List.copyOf(attributes.get("dog")));
        assertEquals(Set.of("artifact"), attributes.get("car"));
        Path bad = write("badattr.tsv", "dog\n");
        assertMessage(assertThrows(RepresentationFileException.class, () -> AttributeFile.read(bad)), "badattr.tsv",
                "line 1 should be 'item<TAB>attribute'");
    }

    @Test
    void alignmentKeepsFirstSourceOrderAndCountsDrops() throws RepresentationFileException {
        ItemSource a = new ItemSource(Path.of("a.npy"), List.of("w", "x", "y", "z"));
        ItemSource b = new ItemSource(Path.of("b.vec"), List.of("z", "q", "x", "w"));
        ItemSource c = new ItemSource(Path.of("c.csv"), List.of("x", "z", "w", "r", "s"));
        ItemAlignment alignment = ItemAlignment.align(List.of(a, b, c));
        assertEquals(List.of("w", "x", "z"), alignment.items());
        assertArrayEquals(new int[] { 0, 1, 3 }, alignment.rowsOf(0));
        assertArrayEquals(new int[] { 3, 2, 0 }, alignment.rowsOf(1));
        assertArrayEquals(new int[] { 2, 0, 1 }, alignment.rowsOf(2));
        assertEquals(1, alignment.droppedFrom(0));
        assertEquals(1, alignment.droppedFrom(1));
        assertEquals(2, alignment.droppedFrom(2));
        assertEquals("3 common items; a.npy dropped 1, b.vec dropped 1, c.csv dropped 2", alignment.summary());

        RowMatrix bMatrix = DenseMatrix.of(new double[][] { { 0 }, { 10 }, { 20 }, { 30 } });
        RowMatrix aligned = alignment.select(1, bMatrix);
        double[] values = new double[3];
        aligned.readRows(0, 3, values, 0);
        assertArrayEquals(new double[] { 30, 20, 0 }, values, 0.0);
    }

    @Test
    void alignmentRejectsDuplicateItems() {
        ItemSource a = new ItemSource(Path.of("a.npy"), List.of("w", "x"));
        ItemSource b = new ItemSource(Path.of("b.vec"), List.of("x", "w", "x"));
        RepresentationFileException error = assertThrows(RepresentationFileException.class,
                () -> ItemAlignment.align(List.of(a, b)));
        assertMessage(error, "b.vec", "item 'x' appears twice, at rows 1 and 3");
    }
}
