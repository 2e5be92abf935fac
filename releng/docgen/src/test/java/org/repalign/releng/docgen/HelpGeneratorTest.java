package org.repalign.releng.docgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page list, the table of contents and the images of a small docs folder. */
class HelpGeneratorTest {

    @TempDir
    Path docs;

    private void write(String file, String text) throws IOException {
        Path path = docs.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void listedPagesComeInOrderNestedAndUnlistedOnesAtTheEnd() throws IOException {
        write("help-toc.txt", "# comment\nstart.md\nall.md\n  all/one.md\n-internal.md\n");
        write("start.md", "# Start\n\n![shot](images/shot.png) ![later](images/later.png)\n");
        write("all.md", "# All: the list\n");
        write("all/one.md", "# One\n");
        write("internal.md", "# Internal\n");
        write("zeta.md", "# Zeta\n");
        write("plugins.md", "# Writing a plug-in\n");
        Files.createDirectories(docs.resolve("images"));
        Files.write(docs.resolve("images/shot.png"), new byte[] { 1, 2, 3 });

        HelpGenerator.Output output = HelpGenerator.generate(docs);

        assertEquals(List.of("start.md", "all.md", "all/one.md", "plugins.md", "zeta.md"),
                HelpTocList.read(docs).entries().stream().map(HelpTocList.Entry::file).toList());
        String toc = new String(output.files().get("toc.xml"), StandardCharsets.UTF_8);
        String expected = """
                <toc label="RepAlign" topic="html/start.html">
                   <topic label="Start" href="html/start.html"/>
                   <topic label="All" href="html/all.html">
                      <topic label="One" href="html/all/one.html"/>
                   </topic>
                   <topic label="Writing a plug-in" href="html/plugins.html"/>
                   <topic label="Zeta" href="html/zeta.html"/>
                </toc>
                """;
        assertTrue(toc.endsWith(expected), toc);
        assertEquals(Set.of("html/start.html", "html/all.html", "html/all/one.html", "html/plugins.html",
                "html/zeta.html", "html/help.css", "toc.xml", "images/shot.png"), output.files().keySet());
        assertArrayEquals(new byte[] { 1, 2, 3 }, output.files().get("images/shot.png"));
        assertEquals(Set.of("later.png"), output.missingImages());
    }

    @Test
    void aListedFileThatDoesNotExistIsNamed() throws IOException {
        write("help-toc.txt", "start.md\nmissing.md\n");
        write("start.md", "# Start\n");
        IOException e = assertThrows(IOException.class, () -> HelpTocList.read(docs));
        assertTrue(e.getMessage().endsWith("help-toc.txt line 2: no file missing.md in " + docs), e.getMessage());
    }

    @Test
    void nestingUnderNoPageIsRefused() throws IOException {
        write("help-toc.txt", "start.md\n    deep.md\n");
        write("start.md", "# Start\n");
        write("deep.md", "# Deep\n");
        IOException e = assertThrows(IOException.class, () -> HelpTocList.read(docs));
        assertTrue(e.getMessage().endsWith("line 2: deep.md is nested under no page"), e.getMessage());
    }
}
