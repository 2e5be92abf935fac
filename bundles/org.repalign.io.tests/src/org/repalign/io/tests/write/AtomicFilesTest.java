package org.repalign.io.tests.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.AtomicFiles;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneLine(RepresentationFileException e, String name) {
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void replacesFileAtomically() throws IOException {
        Path file = dir.resolve("a.bin");
        Files.writeString(file, "old");
        AtomicFiles.writeFile(file, ch -> ch.write(ByteBuffer.wrap("new".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("a.bin"), names(dir));
    }

    @Test
    void failedWriteKeepsOldFileAndLeavesNoTemporary() throws IOException {
        Path file = dir.resolve("a.bin");
        Files.writeString(file, "old");
        RepresentationFileException e = assertThrows(RepresentationFileException.class, () -> AtomicFiles.writeFile(file,
                ch -> {
                    ch.write(ByteBuffer.wrap("half of the new".getBytes(StandardCharsets.US_ASCII)));
                    throw new IOException("disk full");
                }));
        assertOneLine(e, "a.bin");
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("a.bin"), names(dir));
    }

    @Test
    void refusesToReplaceWhenNotAllowed() throws IOException {
        Path file = dir.resolve("a.bin");
        Files.writeString(file, "old");
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> AtomicFiles.writeFile(file, false, ch -> ch.write(ByteBuffer.wrap(new byte[] { 1 }))));
        assertOneLine(e, "a.bin");
        assertEquals("old", Files.readString(file));
    }

    @Test
    void writesFolderAndReplacesItOnlyWhenAllowed() throws IOException {
        Path out = dir.resolve("out");
        AtomicFiles.writeFolder(out, false, f -> Files.writeString(f.resolve("one.txt"), "1"));
        assertEquals(List.of("one.txt"), names(out));
        assertThrows(RepresentationFileException.class,
                () -> AtomicFiles.writeFolder(out, false, f -> Files.writeString(f.resolve("two.txt"), "2")));
        assertEquals(List.of("one.txt"), names(out));
        AtomicFiles.writeFolder(out, true, f -> Files.writeString(f.resolve("two.txt"), "2"));
        assertEquals(List.of("two.txt"), names(out));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void emptyExistingFolderIsFilled() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        AtomicFiles.writeFolder(out, false, f -> Files.writeString(f.resolve("one.txt"), "1"));
        assertEquals(List.of("one.txt"), names(out));
    }

    @Test
    void folderWriteFailingMidwayLeavesNothing() throws IOException {
        Path out = dir.resolve("out");
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> AtomicFiles.writeFolder(out, false, f -> {
                    Files.writeString(f.resolve("one.txt"), "1");
                    throw new IOException("simulated failure");
                }));
        assertOneLine(e, "out");
        assertEquals(List.of(), names(dir));
    }

    @Test
    void failingReplacementKeepsOldFolder() throws IOException {
        Path out = dir.resolve("out");
        AtomicFiles.writeFolder(out, false, f -> Files.writeString(f.resolve("one.txt"), "1"));
        assertThrows(RuntimeException.class, () -> AtomicFiles.writeFolder(out, true, f -> {
            Files.writeString(f.resolve("two.txt"), "2");
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of("one.txt"), names(out));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void parentThatIsAFileIsAClearError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> AtomicFiles.writeFolder(blocker.resolve("out"), false, f -> Files.writeString(f.resolve("a"), "")));
        assertOneLine(e, "out");
        assertEquals(List.of("blocker"), names(dir));
        assertThrows(RepresentationFileException.class,
                () -> AtomicFiles.writeFile(blocker.resolve("f.bin"), ch -> { }));
        assertEquals(List.of("blocker"), names(dir));
    }
}
