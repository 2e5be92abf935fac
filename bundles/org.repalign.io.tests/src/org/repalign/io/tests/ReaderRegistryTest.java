package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;
import org.repalign.io.RepresentationReaders;

/** The installed readers: the service file's order, contributions after it, broken readers contained. */
class ReaderRegistryTest {

    @TempDir
    Path folder;

    /** A reader of {@code .brittle} files that throws where a correct reader would not. */
    private record BrittleReader(String formatName, boolean throwInSupports) implements RepresentationReader {
        @Override
        public boolean supports(Path file) {
            if (throwInSupports) {
                throw new IllegalStateException("deliberate failure in supports");
            }
            return file.getFileName().toString().endsWith(".brittle");
        }

        @Override
        public Representation read(Path file, String tensorName) {
            throw new NullPointerException("deliberate failure in read");
        }
    }

    @Test
    void builtInsInTheirServiceFileOrder() {
        List<String> formats = RepresentationReaders.installed().stream().map(RepresentationReader::formatName).toList();
        assertEquals(List.of("npy", "npz-csr", "npz", "safetensors", "word2vec-text", "word2vec-binary", "csv", "tsv"),
                formats.subList(0, 8));
    }

    @Test
    void aTakenFormatNameIsReportedAndSkipped() {
        assertFalse(RepresentationReaders.contribute(new Contribution<>(new BrittleReader("csv", false), "test.bundle")));
        assertEquals(1, ContributionProblems.reported().stream()
                .filter(m -> m.equals("test.bundle: reader format 'csv' is registered twice")).count());
        assertEquals(1, RepresentationReaders.installed().stream().filter(r -> r.formatName().equals("csv")).count());
    }

    @Test
    void anExceptionInsideAReaderFailsOnlyThatFileNamingTheContributor() throws Exception {
        assertTrue(RepresentationReaders.contribute(new Contribution<>(new BrittleReader("brittle", false), "test.brittle")));
        assertTrue(RepresentationReaders.contribute(new Contribution<>(new BrittleReader("brittle-check", true),
                "test.brittle.check")));
        Path brittle = folder.resolve("x.brittle");
        Files.writeString(brittle, "anything");
        RepresentationFileException failed = assertThrows(RepresentationFileException.class,
                () -> RepresentationReaders.open(brittle, null));
        assertTrue(failed.getMessage().contains("x.brittle") && failed.getMessage().contains("test.brittle")
                && failed.getMessage().contains("deliberate failure in read"), failed.getMessage());
        // a CSV file is still read by the built-in reader; the reader whose check throws is passed over
        Path csv = folder.resolve("m.csv");
        Files.writeString(csv, "1,2\n3,4\n");
        assertEquals(2, RepresentationReaders.open(csv, null).matrix().rows());
        Path unknown = folder.resolve("m.unknown");
        Files.writeString(unknown, "1");
        assertThrows(RepresentationFileException.class, () -> RepresentationReaders.open(unknown, null));
        assertEquals(1, ContributionProblems.reported().stream()
                .filter(m -> m.startsWith("test.brittle.check: reader 'brittle-check' failed to check")).count(),
                "reported once although consulted for several files");
    }
}
