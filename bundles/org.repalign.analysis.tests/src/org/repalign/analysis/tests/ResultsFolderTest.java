package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.store.ResultStore;

/** The one rule for where the runs of an experiment file go by default. */
class ResultsFolderTest {

    @Test
    void lastExtensionIsReplacedByResultsBesideTheFile() {
        Path folder = Path.of("/data/study");
        assertEquals(folder.resolve("words.results"), ResultStore.defaultResultsFolder(folder.resolve("words.repalign")));
        assertEquals(folder.resolve("v1.2.results"), ResultStore.defaultResultsFolder(folder.resolve("v1.2.repalign")));
        assertEquals(folder.resolve("plain.results"), ResultStore.defaultResultsFolder(folder.resolve("plain")));
        assertEquals(folder.resolve(".hidden.results"), ResultStore.defaultResultsFolder(folder.resolve(".hidden")),
                "a leading dot is part of the name, not an extension");
    }

    @Test
    void relativeFilesGiveAnAbsoluteFolder() {
        Path result = ResultStore.defaultResultsFolder(Path.of("study.repalign"));
        assertTrue(result.isAbsolute());
        assertEquals(Path.of("study.repalign").toAbsolutePath().resolveSibling("study.results"), result);
    }
}
