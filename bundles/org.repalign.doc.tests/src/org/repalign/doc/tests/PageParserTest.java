package org.repalign.doc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.repalign.doc.internal.PageModel;
import org.repalign.doc.internal.PageModel.Kind;
import org.repalign.doc.internal.PageModel.Span;
import org.repalign.doc.internal.PageParser;

/** XHTML help pages laid out as text with styled ranges. */
class PageParserTest {

    private static PageModel parse(String body) throws IOException {
        return parse(body, source -> source.startsWith("present"));
    }

    private static PageModel parse(String body, java.util.function.Predicate<String> images) throws IOException {
        String page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body>\n"
                + body + "</body></html>";
        return PageParser.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "t.html", images);
    }

    @Test
    void headingsParagraphsAndInlineStyles() throws IOException {
        PageModel page = parse("<h1 id=\"top\">The   title</h1>\n<p>Some <strong>bold</strong>,\n"
                + "<em>slanted</em> and <code>code  x</code>.</p>\n<h2 id=\"next\">Next</h2>\n");
        assertEquals("The title\n\nSome bold, slanted and code  x.\n\nNext", page.text());
        assertEquals(List.of(new Span(0, 9, Kind.HEADING, 1, "top"), new Span(44, 4, Kind.HEADING, 2, "next")),
                page.spans(Kind.HEADING));
        assertEquals("bold", page.text(page.spans(Kind.STRONG).get(0)));
        assertEquals("slanted", page.text(page.spans(Kind.EMPHASIS).get(0)));
        assertEquals("code  x", page.text(page.spans(Kind.CODE).get(0)));
        assertEquals(Optional.of(44), page.anchorOffset("next"));
        assertEquals("T", page.title());
    }

    @Test
    void linksKeepTheirAddressAndTheInnermostLinkWins() throws IOException {
        PageModel page = parse("<p>See <a href=\"a.html#x\">the <strong>A</strong> page</a> now.</p>");
        assertEquals("See the A page now.", page.text());
        Span link = page.spans(Kind.LINK).get(0);
        assertEquals(new Span(4, 10, Kind.LINK, 0, "a.html#x"), link);
        assertEquals(Optional.of(link), page.linkAt(8));
        assertEquals(Optional.empty(), page.linkAt(14));
        assertEquals(Optional.empty(), page.linkAt(3));
    }

    @Test
    void listsGetBulletsNumbersAndIndentation() throws IOException {
        PageModel page = parse("<ul>\n<li>one</li>\n<li>two\n<ol>\n<li>inner</li>\n<li>more</li>\n</ol>\n</li>\n</ul>\n"
                + "<ul>\n<li>\n<p>loose</p>\n<p>second paragraph</p>\n</li>\n</ul>\n");
        assertEquals("\u2022 one\n\u2022 two\n1. inner\n2. more\n\n\u2022 loose\nsecond paragraph", page.text());
        List<Span> indents = page.spans(Kind.INDENT);
        // "• one" at depth 1, "• two" at depth 1, the numbered items at depth 2
        assertTrue(indents.contains(new Span(0, 5, Kind.INDENT, 1, null)), indents.toString());
        assertTrue(indents.contains(new Span(6, 5, Kind.INDENT, 1, null)), indents.toString());
        assertTrue(indents.contains(new Span(12, 8, Kind.INDENT, 2, null)), indents.toString());
        assertTrue(indents.contains(new Span(21, 7, Kind.INDENT, 2, null)), indents.toString());
        int second = page.text().indexOf("second");
        assertTrue(indents.stream().anyMatch(s -> s.start() == second && s.level() == 1), indents.toString());
    }

    @Test
    void codeBlocksKeepTheirLines() throws IOException {
        PageModel page = parse("<p>Run:</p>\n<pre><code>./repalign   demo\n  ./repalign help\n</code></pre>\n<p>Done.</p>");
        assertEquals("Run:\n\n./repalign   demo\n  ./repalign help\n\nDone.", page.text());
        assertEquals(new Span(6, 35, Kind.CODE_BLOCK, 0, null), page.spans(Kind.CODE_BLOCK).get(0));
    }

    @Test
    void narrowTablesGetAlignedColumns() throws IOException {
        PageModel page = parse("<table><thead><tr><th>id</th><th>what</th></tr></thead>"
                + "<tbody><tr><td><a href=\"b.html\">bias</a></td><td>raw</td></tr><tr><td>noise</td><td>f</td></tr></tbody></table>");
        // column widths 5 and 4, three spaces between columns: 12 characters a line
        String expected = "id      what\n" + "\u2500".repeat(12) + "\nbias    raw\nnoise   f\n";
        assertEquals(expected, page.text());
        assertEquals(new Span(0, expected.length(), Kind.TABLE, 0, null), page.spans(Kind.TABLE).get(0));
        assertEquals("id      what", page.text(page.spans(Kind.STRONG).get(0)));
        Span link = page.spans(Kind.LINK).get(0);
        assertEquals("bias", page.text(link));
        assertEquals("b.html", link.target());
    }

    @Test
    void wideTablesBecomeOneRecordPerRow() throws IOException {
        String longText = "x".repeat(120);
        PageModel page = parse("<table><thead><tr><th>id</th><th>question</th><th>settings</th></tr></thead>"
                + "<tbody><tr><td>bias</td><td>" + longText + "</td><td></td></tr></tbody></table>");
        assertEquals("bias\nquestion: " + longText, page.text());
        assertEquals("bias", page.text(page.spans(Kind.STRONG).get(0)));
        assertEquals("question:", page.text(page.spans(Kind.EMPHASIS).get(0)));
        assertEquals(new Span(5, 130, Kind.INDENT, 1, null), page.spans(Kind.INDENT).get(0));
    }

    @Test
    void imagesBecomeOneCharacterOrAPlaceholderWhenMissing() throws IOException {
        PageModel page = parse("<p><img src=\"present.png\" alt=\"A\" /></p>\n<p><img src=\"../images/runs.png\" alt=\"Runs\" /></p>");
        assertEquals(PageModel.IMAGE_CHARACTER + "\n\n[image not available: runs.png]", page.text());
        assertEquals(new Span(0, 1, Kind.IMAGE, 0, "present.png"), page.spans(Kind.IMAGE).get(0));
        assertEquals("../images/runs.png", page.spans(Kind.MISSING_IMAGE).get(0).target());
    }

    @Test
    void superscriptsAreMarked() throws IOException {
        PageModel page = parse("<p>x = f<sup>\u22121/2</sup></p>");
        assertEquals("x = f\u22121/2", page.text());
        assertEquals("\u22121/2", page.text(page.spans(Kind.SUPERSCRIPT).get(0)));
    }

    @Test
    void aMalformedPageIsRefusedWithItsName() {
        IOException e = assertThrows(IOException.class, () -> parse("<p>open<br></p>"));
        assertTrue(e.getMessage().startsWith("t.html: not well-formed XML"), e.getMessage());
    }
}
