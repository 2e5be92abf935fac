package org.repalign.doc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;

/** The help of a bundle: its table of contents and the page file of every topic. */
public final class HelpBook {

    private final List<HelpTopic> topics;
    private final Map<URI, HelpTopic> topicsByPage = new LinkedHashMap<>();
    private final Map<HelpTopic, URI> pagesByTopic = new HashMap<>();
    private final Map<HelpTopic, HelpTopic> parents = new HashMap<>();

    private HelpBook(URI root, List<HelpTopic> topics) {
        this.topics = topics;
        index(root, topics);
    }

    /**
     * Reads the bundle's {@code toc.xml}; the pages are files (a bundle packed as a jar is
     * extracted first).
     *
     * @param bundle the bundle holding {@code toc.xml} and the pages
     * @return the help
     * @throws IOException when the contents cannot be read
     */
    public static HelpBook of(Bundle bundle) throws IOException {
        URL rootUrl = FileLocator.toFileURL(bundle.getEntry("/"));
        URI root;
        try {
            root = URIUtil.toURI(rootUrl);
        } catch (URISyntaxException e) {
            throw new IOException(rootUrl + ": " + e.getMessage(), e);
        }
        try (InputStream toc = root.resolve("toc.xml").toURL().openStream()) {
            return new HelpBook(root, HelpContents.read(toc, "toc.xml"));
        }
    }

    /** @return an empty help, for when the contents cannot be read */
    public static HelpBook empty() {
        return new HelpBook(URI.create("file:/"), List.of());
    }

    private void index(URI root, List<HelpTopic> level) {
        for (HelpTopic topic : level) {
            URI page = root.resolve(topic.href()).normalize();
            topicsByPage.putIfAbsent(page, topic);
            pagesByTopic.put(topic, page);
            topic.children().forEach(child -> parents.put(child, topic));
            index(root, topic.children());
        }
    }

    /** @return the top-level topics */
    public List<HelpTopic> topics() {
        return topics;
    }

    /** @param topic a topic @return its page file */
    public Optional<URI> pageOf(HelpTopic topic) {
        return Optional.ofNullable(pagesByTopic.get(topic));
    }

    /** @param page a page file @return the first topic showing it */
    public Optional<HelpTopic> topicOf(URI page) {
        return Optional.ofNullable(topicsByPage.get(page));
    }

    /** @param topic a topic @return the topic it is nested in, or null */
    public HelpTopic parentOf(HelpTopic topic) {
        return parents.get(topic);
    }
}
