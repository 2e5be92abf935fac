package org.repalign.releng.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Markdown pages become XHTML help pages with help-relative links and bundle images. */
class PageConverterTest {

    private final PageConverter converter = new PageConverter(Set.of("a.md", "analyses/bias.md", "metrics.md"));

    @Test
    void titleIsTheFirstLevelOneHeading() throws IOException {
        PageConverter.Page page = converter.convert("a.md", "Intro text\n\n## Not this\n\n# The `bias` page\n");
        assertEquals("The bias page", page.title());
        assertTrue(page.xhtml().contains("<title>The bias page</title>"), page.xhtml());
    }

    @Test
    void linksToHelpPagesPointAtHtmlFilesAndKeepTheirAnchor() throws IOException {
        String xhtml = converter.convert("analyses/bias.md",
                "# Bias\n\nSee [metrics](../metrics.md#protocol) and [top](#bias).\n").xhtml();
        assertTrue(xhtml.contains("<a href=\"../metrics.html#protocol\">metrics</a>"), xhtml);
        assertTrue(xhtml.contains("<a href=\"#bias\">top</a>"), xhtml);
    }

    @Test
    void linksLeavingTheHelpKeepOnlyTheirText() throws IOException {
        String xhtml = converter.convert("a.md",
                "# A\n\nRead [BUILDING.md](../BUILDING.md) and [the design](architecture.md).\n").xhtml();
        assertTrue(xhtml.contains("Read BUILDING.md and the design."), xhtml);
        assertFalse(xhtml.contains("BUILDING.md\""), xhtml);
        assertFalse(xhtml.contains("architecture"), xhtml);
    }

    @Test
    void webLinksStay() throws IOException {
        String xhtml = converter.convert("a.md", "# A\n\n[site](https://example.org/x.md)\n").xhtml();
        assertTrue(xhtml.contains("<a href=\"https://example.org/x.md\">site</a>"), xhtml);
    }

    @Test
    void imagesPointAtTheBundleImagesFolderFromEveryDepth() throws IOException {
        PageConverter.Page top = converter.convert("a.md", "# A\n\n![Runs](images/runs.png)\n");
        PageConverter.Page nested = converter.convert("analyses/bias.md", "# B\n\n![Runs](../images/runs.png)\n");
        // html/a.html -> ../images, html/analyses/bias.html -> ../../images
        assertTrue(top.xhtml().contains("src=\"../images/runs.png\""), top.xhtml());
        assertTrue(nested.xhtml().contains("src=\"../../images/runs.png\""), nested.xhtml());
        assertEquals(Set.of("runs.png"), top.images());
        assertTrue(nested.xhtml().contains("href=\"../help.css\""), nested.xhtml());
    }

    @Test
    void imagesOutsideDocsImagesAreRefusedWithTheFileNamed() {
        IOException e = assertThrows(IOException.class,
                () -> converter.convert("a.md", "# A\n\n![x](pictures/x.png)\n"));
        assertTrue(e.getMessage().startsWith("docs/a.md: image pictures/x.png"), e.getMessage());
    }

    @Test
    void headingsGetGitHubAnchorsNumberedWhenRepeated() throws IOException {
        String xhtml = converter.convert("a.md", "# Results of a run\n\n## `report.json` (v1)\n\n## Files\n\n## Files\n").xhtml();
        assertTrue(xhtml.contains("<h1 id=\"results-of-a-run\">"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"reportjson-v1\">"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"files\">") && xhtml.contains("<h2 id=\"files-1\">"), xhtml);
    }

    @Test
    void tablesAndInlineHtmlGiveWellFormedXhtml() throws IOException {
        String xhtml = converter.convert("a.md", "# A\n\n| a | b |\n|---|---|\n| x<sup>2</sup> | 1 < 2 & 3 |\n").xhtml();
        assertTrue(xhtml.contains("<th>a</th>"), xhtml);
        assertTrue(xhtml.contains("<td>x<sup>2</sup></td>"), xhtml);
        assertTrue(xhtml.contains("<td>1 &lt; 2 &amp; 3</td>"), xhtml);
    }

    @Test
    void unclosedInlineHtmlIsRefused() {
        IOException e = assertThrows(IOException.class, () -> converter.convert("a.md", "# A\n\nline<br>break\n"));
        assertTrue(e.getMessage().startsWith("docs/a.md: the page does not give well-formed XHTML"), e.getMessage());
    }

    @Test
    void aPageWithoutTitleIsRefused() {
        IOException e = assertThrows(IOException.class, () -> converter.convert("a.md", "no heading\n"));
        assertEquals("docs/a.md: the page needs a level-1 heading (# Title)", e.getMessage());
    }
}
