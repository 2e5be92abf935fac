package org.repalign.doc.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pages visited in the help view, for Back and Forward. */
public final class PageHistory {

    private final List<URI> pages = new ArrayList<>();
    private int current = -1;

    /** Records a newly visited page; pages ahead of the current one are dropped. */
    public void visit(URI page) {
        if (current >= 0 && pages.get(current).equals(page)) {
            return;
        }
        pages.subList(current + 1, pages.size()).clear();
        pages.add(page);
        current = pages.size() - 1;
    }

    /** @return whether there is a page before the current one */
    public boolean canGoBack() {
        return current > 0;
    }

    /** @return whether there is a page after the current one */
    public boolean canGoForward() {
        return current + 1 < pages.size();
    }

    /** @return the previous page, which becomes the current one */
    public Optional<URI> back() {
        return canGoBack() ? Optional.of(pages.get(--current)) : Optional.empty();
    }

    /** @return the next page, which becomes the current one */
    public Optional<URI> forward() {
        return canGoForward() ? Optional.of(pages.get(++current)) : Optional.empty();
    }
}
