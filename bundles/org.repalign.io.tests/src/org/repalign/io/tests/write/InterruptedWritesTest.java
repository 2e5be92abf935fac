package org.repalign.io.tests.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.FileFingerprint;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.AtomicFiles;
import org.repalign.io.write.OutputLock;

/** Leftovers of killed writers are cleaned, live writers are left alone, output folders have one writer. */
class InterruptedWritesTest {

    @TempDir
    Path folder;

    @Test
    void aTemporaryFolderWithoutALiveWriterIsRemovedAndOtherHiddenEntriesStay() throws IOException {
        Path stale = Files.createDirectories(folder.resolve(".20261207T000000Z-1a2b3c4d.tmp-0123abcd"));
        Files.writeString(stale.resolve("report.json"), "{\"format\": 1}");
        Path unrelated = Files.createDirectories(folder.resolve(".settings"));
        Path run = Files.createDirectories(folder.resolve("20261207T000000Z-1a2b3c4d"));
        List<String> cleaned = AtomicFiles.removeInterrupted(folder);
        assertEquals(1, cleaned.size(), cleaned.toString());
        assertTrue(cleaned.get(0).contains(".20261207T000000Z-1a2b3c4d.tmp-0123abcd"), cleaned.get(0));
        assertFalse(Files.exists(stale));
        assertTrue(Files.isDirectory(unrelated));
        assertTrue(Files.isDirectory(run));
    }

    @Test
    void aTemporaryFolderWhoseWriterHoldsItsLockIsLeftAlone() throws IOException {
        Path live = Files.createDirectories(folder.resolve(".run.tmp-89abcdef"));
        try (FileChannel channel = FileChannel.open(folder.resolve(".run.tmp-89abcdef.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            assertTrue(AtomicFiles.removeInterrupted(folder).isEmpty());
            assertTrue(Files.isDirectory(live));
        }
        // the writer is gone: now it is a leftover
        assertEquals(1, AtomicFiles.removeInterrupted(folder).size());
        assertFalse(Files.exists(live));
        assertFalse(Files.exists(folder.resolve(".run.tmp-89abcdef.lock")));
    }

    /** A replacement killed between its two renames left the earlier folder aside and none in place. */
    @Test
    void aFolderMovedAsideByAnInterruptedReplacementIsPutBack() throws IOException {
        Path aside = Files.createDirectories(folder.resolve(".sae.old-00ff00ff"));
        Files.writeString(aside.resolve("cfg.json"), "earlier");
        List<String> cleaned = AtomicFiles.removeInterrupted(folder);
        assertTrue(cleaned.get(0).startsWith("restored sae"), cleaned.toString());
        assertEquals("earlier", Files.readString(folder.resolve("sae").resolve("cfg.json")));
        // and when the new folder did take its place, the aside copy is only removed
        Path again = Files.createDirectories(folder.resolve(".sae.old-11ee11ee"));
        AtomicFiles.removeInterrupted(folder);
        assertFalse(Files.exists(again));
        assertEquals("earlier", Files.readString(folder.resolve("sae").resolve("cfg.json")));
    }

    @Test
    void aFolderWriteLeavesNoLockFileOrTemporaryBehind() throws IOException {
        AtomicFiles.writeFolder(folder.resolve("out"), false, f -> Files.writeString(f.resolve("a.txt"), "a"));
        try (var entries = Files.list(folder)) {
            assertEquals(List.of("out"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aSecondWriterOfAnOutputFolderIsRefusedUntilTheFirstCloses() throws Exception {
        Path out = folder.resolve("sae");
        try (OutputLock first = OutputLock.acquire(out)) {
            RepresentationFileException e = assertThrows(RepresentationFileException.class, () -> OutputLock.acquire(out));
            assertTrue(e.getMessage().contains("being written by another"), e.getMessage());
            // from another thread of this process as well
            AtomicReference<Throwable> other = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Thread thread = new Thread(() -> {
                try (OutputLock second = OutputLock.acquire(out)) {
                    other.set(null);
                } catch (Throwable t) {
                    other.set(t);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
            done.await();
            assertTrue(other.get() instanceof RepresentationFileException, String.valueOf(other.get()));
        }
        try (OutputLock again = OutputLock.acquire(out)) {
            assertTrue(Files.isRegularFile(out.resolve(OutputLock.FILE_NAME)));
        }
    }

    /** SHA-256("abc") from FIPS 180-2, appendix B.1. */
    @Test
    void aFingerprintIsTheContentsHashSoACopyMatchesAndAnEditDoesNot() throws IOException {
        Path file = Files.writeString(folder.resolve("a.txt"), "abc", StandardCharsets.US_ASCII);
        FileFingerprint fingerprint = FileFingerprint.of(file);
        assertEquals(3, fingerprint.size());
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", fingerprint.digest());
        Path copy = Files.copy(file, folder.resolve("renamed.txt"));
        assertEquals(fingerprint, FileFingerprint.of(copy));
        Files.writeString(copy, "abd", StandardCharsets.US_ASCII);
        assertFalse(fingerprint.equals(FileFingerprint.of(copy)));
        assertThrows(RepresentationFileException.class, () -> FileFingerprint.of(folder.resolve("missing.npy")));
    }
}
