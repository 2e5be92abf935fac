package org.repalign.releng.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The help pages committed in {@code bundles/org.repalign.doc} are what {@code docs/} gives:
 * fails after a change to {@code docs/*.md} until {@code releng/docgen/generate.sh} is run.
 */
class CommittedPagesTest {

    @Test
    void committedHelpIsUpToDateWithDocs() throws IOException {
        Path root = Path.of(System.getProperty("repalign.root", "../..")).toAbsolutePath().normalize();
        Path bundle = root.resolve("bundles/org.repalign.doc");
        HelpGenerator.Output output = HelpGenerator.generate(root.resolve("docs"));
        List<String> outdated = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : output.files().entrySet()) {
            Path committed = bundle.resolve(file.getKey());
            if (!Files.isRegularFile(committed) || !Arrays.equals(Files.readAllBytes(committed), file.getValue())) {
                outdated.add(file.getKey());
            }
        }
        Main.stalePages(bundle, output).forEach(stale -> outdated.add(bundle.relativize(stale) + " (no page)"));
        assertEquals(List.of(), outdated, "help pages differ from docs/: run releng/docgen/generate.sh");
        assertTrue(output.files().containsKey("html/getting-started.html"));
    }
}
