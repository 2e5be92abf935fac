package org.repalign.doc.internal;

import java.util.List;

/**
 * One entry of the table of contents.
 *
 * @param label the text shown in the contents
 * @param href the page, relative to the bundle (for instance {@code html/analyses/bias.html})
 * @param children the nested entries
 */
public record HelpTopic(String label, String href, List<HelpTopic> children) {

    /** Copies the children. */
    public HelpTopic {
        children = List.copyOf(children);
    }
}
