package org.repalign.doc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.repalign.doc.HelpView;
import org.repalign.doc.internal.HelpContents;
import org.repalign.doc.internal.HelpTopic;
import org.repalign.doc.internal.PageModel;
import org.repalign.doc.internal.PageModel.Kind;
import org.repalign.doc.internal.PageParser;

/** The pages this bundle ships: every page of the contents lays out, and its links lead somewhere. */
class ShippedPagesTest {

    private static URI bundleRoot() throws IOException, URISyntaxException {
        return URIUtil.toURI(FileLocator.toFileURL(FrameworkUtil.getBundle(HelpView.class).getEntry("/")));
    }

    private static List<HelpTopic> flatten(List<HelpTopic> topics) {
        List<HelpTopic> all = new ArrayList<>();
        for (HelpTopic topic : topics) {
            all.add(topic);
            all.addAll(flatten(topic.children()));
        }
        return all;
    }

    private static PageModel page(URI address) throws IOException {
        try (InputStream input = Files.newInputStream(Path.of(address))) {
            return PageParser.parse(input, address.toString(), source -> true);
        }
    }

    @Test
    void contentsStartWithGettingStartedAndHoldOnePagePerAnalysis() throws Exception {
        List<HelpTopic> topics;
        try (InputStream toc = bundleRoot().resolve("toc.xml").toURL().openStream()) {
            topics = HelpContents.read(toc, "toc.xml");
        }
        assertEquals("Getting started", topics.get(0).label());
        HelpTopic analyses = topics.stream().filter(t -> t.href().equals("html/analyses.html")).findFirst().orElseThrow();
        assertEquals(List.of("html/analyses/bias.html", "html/analyses/noise.html", "html/analyses/signal.html",
                "html/analyses/features.html", "html/analyses/meta.html", "html/analyses/probes.html",
                "html/analyses/layers.html", "html/analyses/nulls.html", "html/analyses/model.html"),
                analyses.children().stream().map(HelpTopic::href).toList());
    }

    @Test
    void everyPageLaysOutAndItsLinksAndAnchorsExist() throws Exception {
        URI root = bundleRoot();
        List<HelpTopic> topics;
        try (InputStream toc = root.resolve("toc.xml").toURL().openStream()) {
            topics = flatten(HelpContents.read(toc, "toc.xml"));
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (HelpTopic topic : topics) {
            URI address = root.resolve(topic.href());
            PageModel page = page(address);
            assertFalse(page.headings().isEmpty(), topic.href() + " has a heading");
            for (PageModel.Span link : page.spans(Kind.LINK)) {
                URI target = address.resolve(new URI(link.target()));
                if (!"file".equals(target.getScheme())) {
                    continue;
                }
                links++;
                URI file = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                if (!Files.isRegularFile(Path.of(file))) {
                    broken.add(topic.href() + " -> " + link.target());
                } else if (target.getFragment() != null && page(file).anchorOffset(target.getFragment()).isEmpty()) {
                    broken.add(topic.href() + " -> " + link.target() + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(links > 20, "the pages link each other: " + links);
    }
}
