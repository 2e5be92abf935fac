package org.repalign.doc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.repalign.doc.internal.HelpContents;
import org.repalign.doc.internal.HelpTopic;
import org.repalign.doc.internal.PageHistory;

/** The table of contents and the navigation history. */
class HelpContentsTest {

    private static List<HelpTopic> read(String xml) throws IOException {
        return HelpContents.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "toc.xml");
    }

    @Test
    void topicsAreNestedInOrder() throws IOException {
        List<HelpTopic> topics = read("<?xml version=\"1.0\"?><toc label=\"R\"><topic label=\"A\" href=\"html/a.html\"/>"
                + "<topic label=\"B\" href=\"html/b.html\"><topic label=\"C\" href=\"html/b/c.html\"/></topic></toc>");
        assertEquals(List.of(new HelpTopic("A", "html/a.html", List.of()),
                new HelpTopic("B", "html/b.html", List.of(new HelpTopic("C", "html/b/c.html", List.of())))), topics);
    }

    @Test
    void anotherRootElementIsRefused() {
        IOException e = assertThrows(IOException.class, () -> read("<contents/>"));
        assertEquals("toc.xml: the root element is <contents>, not <toc>", e.getMessage());
    }

    @Test
    void historyGoesBackAndForwardAndForgetsTheFutureOnANewVisit() {
        URI a = URI.create("file:/h/a.html");
        URI b = URI.create("file:/h/b.html");
        URI c = URI.create("file:/h/c.html");
        PageHistory history = new PageHistory();
        assertFalse(history.canGoBack());
        history.visit(a);
        history.visit(b);
        history.visit(b);
        assertEquals(Optional.of(a), history.back());
        assertFalse(history.canGoBack());
        assertTrue(history.canGoForward());
        history.visit(c);
        assertFalse(history.canGoForward());
        assertEquals(Optional.of(a), history.back());
        assertEquals(Optional.of(c), history.forward());
        assertEquals(Optional.empty(), history.forward());
    }
}
