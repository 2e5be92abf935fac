package org.repalign.doc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the topics of an Eclipse help table of contents ({@code toc.xml}). */
public final class HelpContents {

    private HelpContents() {
    }

    /**
     * @param toc the table of contents
     * @param name the file's name for messages
     * @return the top-level topics, their children nested
     * @throws IOException with a message naming the file when it is no well-formed toc
     */
    public static List<HelpTopic> read(InputStream toc, String name) throws IOException {
        Element root = Xhtml.parse(toc, name).getDocumentElement();
        if (!"toc".equals(root.getTagName())) {
            throw new IOException(name + ": the root element is <" + root.getTagName() + ">, not <toc>");
        }
        return topics(root);
    }

    private static List<HelpTopic> topics(Element parent) {
        List<HelpTopic> topics = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "topic".equals(element.getTagName())) {
                topics.add(new HelpTopic(element.getAttribute("label"), element.getAttribute("href"), topics(element)));
            }
        }
        return topics;
    }
}
