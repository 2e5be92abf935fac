package org.repalign.doc;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;
import org.repalign.doc.internal.HelpBook;
import org.repalign.doc.internal.HelpTopic;
import org.repalign.doc.internal.PageFile;
import org.repalign.doc.internal.PageHistory;
import org.repalign.doc.internal.PageModel;
import org.repalign.doc.internal.PageStyler;

/**
 * RepAlign Help: the table of contents of this bundle's help on the left, the selected page on
 * the right, rendered natively (no web browser component is needed). Links between pages and to
 * headings ({@code #anchor}) are followed in the view, web links in the system's browser;
 * Back and Forward go through the visited pages; "Open in external browser" opens the page's
 * HTML file (with its images and style sheet) in the system's browser.
 */
public final class HelpView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.repalign.doc.helpView";

    private final PageHistory history = new PageHistory();
    private HelpBook book = HelpBook.empty();
    private TreeViewer contents;
    private StyledText pageText;
    private PageStyler styler;
    private PageModel page;
    private URI current;
    private boolean selectingTopic;
    private String lastMessage;
    private Action back;
    private Action forward;
    private Action external;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        contents.setContentProvider(new TopicContentProvider());
        contents.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((HelpTopic) element).label();
            }
        });
        pageText = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        pageText.setMargins(12, 8, 12, 8);
        pageText.setCaret(null);
        styler = new PageStyler(pageText);
        sash.setWeights(1, 3);
        createActions();

        try {
            book = HelpBook.of(FrameworkUtil.getBundle(HelpView.class));
        } catch (IOException e) {
            status("The help contents cannot be read: " + e.getMessage());
        }
        List<HelpTopic> topics = book.topics();
        contents.setInput(topics);
        contents.expandAll();
        contents.addSelectionChangedListener(event -> {
            if (!selectingTopic && event.getStructuredSelection().getFirstElement() instanceof HelpTopic topic) {
                book.pageOf(topic).ifPresent(this::showPage);
            }
        });
        installLinkHandling();
        if (!topics.isEmpty()) {
            book.pageOf(topics.get(0)).ifPresent(this::showPage);
        }
    }

    private void createActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        back = new Action("Back") {
            @Override
            public void run() {
                back();
            }
        };
        back.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
        forward = new Action("Forward") {
            @Override
            public void run() {
                forward();
            }
        };
        forward.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        external = new Action("Open in external browser") {
            @Override
            public void run() {
                if (current != null && !Program.launch(Path.of(current).toString())) {
                    status("No program opens " + Path.of(current));
                }
            }
        };
        external.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(back);
        toolBar.add(forward);
        toolBar.add(external);
        updateActions();
    }

    private void installLinkHandling() {
        Cursor hand = pageText.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
        pageText.addListener(SWT.MouseUp, event -> {
            if (event.button == 1 && pageText.getSelectionCount() == 0) {
                int offset = pageText.getOffsetAtPoint(new Point(event.x, event.y));
                if (offset >= 0) {
                    followLinkAt(offset);
                }
            }
        });
        pageText.addListener(SWT.MouseMove, event -> {
            int offset = pageText.getOffsetAtPoint(new Point(event.x, event.y));
            pageText.setCursor(offset >= 0 && page != null && page.linkAt(offset).isPresent() ? hand : null);
        });
    }

    /**
     * @param topic an entry of the contents
     * @return its page
     */
    public Optional<URI> pageOf(HelpTopic topic) {
        return book.pageOf(topic);
    }

    /**
     * Shows a page (and records it in the history); an {@code #anchor} scrolls to that heading.
     *
     * @param address the page's address, a file URI
     */
    public void showPage(URI address) {
        if (navigate(address)) {
            history.visit(current);
            updateActions();
        }
    }

    /** Shows the previous page of the history. */
    public void back() {
        history.back().ifPresent(this::navigate);
        updateActions();
    }

    /** Shows the next page of the history. */
    public void forward() {
        history.forward().ifPresent(this::navigate);
        updateActions();
    }

    /**
     * Follows the link at a position of the page text, if there is one.
     *
     * @param offset the position in {@link #pageText()}
     * @return whether there was a link
     */
    public boolean followLinkAt(int offset) {
        Optional<PageModel.Span> link = page == null ? Optional.empty() : page.linkAt(offset);
        if (link.isEmpty()) {
            return false;
        }
        String target = link.get().target();
        URI resolved;
        try {
            resolved = current.resolve(new URI(target));
        } catch (URISyntaxException e) {
            status("Not a link RepAlign can follow: " + target);
            return true;
        }
        if ("file".equals(resolved.getScheme())) {
            showPage(resolved);
        } else if (!Program.launch(resolved.toString())) {
            status("No program opens " + resolved);
        }
        return true;
    }

    private boolean navigate(URI address) {
        URI file = PageFile.withoutFragment(address);
        String anchor = address.getFragment();
        if (!file.equals(current)) {
            Path path;
            try {
                path = Path.of(file);
            } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                status("Not a help page: " + address);
                return false;
            }
            if (!Files.isRegularFile(path)) {
                status("No help page " + path.getFileName() + " (" + path + ")");
                return false;
            }
            PageFile loaded = PageFile.read(path);
            page = loaded.model();
            current = file;
            styler.show(page, loaded.images());
            setContentDescription(page.title());
            selectTopic(file);
            status(null);
        }
        int line = anchor == null ? 0 : page.anchorOffset(anchor).map(pageText::getLineAtOffset).orElse(0);
        pageText.setTopIndex(line);
        // line heights vary (headings, images): put the target's top exactly at the top
        int offset = pageText.getLinePixel(line);
        if (offset != 0) {
            pageText.setTopPixel(pageText.getTopPixel() + offset);
        }
        return true;
    }

    private void selectTopic(URI file) {
        selectingTopic = true;
        try {
            contents.setSelection(book.topicOf(file).<ISelection>map(StructuredSelection::new)
                    .orElse(StructuredSelection.EMPTY), true);
        } finally {
            selectingTopic = false;
        }
    }

    private void updateActions() {
        if (back != null) {
            back.setEnabled(history.canGoBack());
            forward.setEnabled(history.canGoForward());
            external.setEnabled(current != null);
        }
    }

    private void status(String message) {
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        lastMessage = message;
    }

    /** @return the last problem reported on the status line, or null */
    public String statusMessage() {
        return lastMessage;
    }

    /** @return the page shown, without its anchor */
    public URI currentPage() {
        return current;
    }

    /** @return the widget showing the page (its style ranges carry link addresses as data) */
    public StyledText pageText() {
        return pageText;
    }

    /** @return the table of contents */
    public TreeViewer contents() {
        return contents;
    }

    /** @return whether Back and Forward have somewhere to go: {back, forward} */
    public boolean[] historyState() {
        return new boolean[] { history.canGoBack(), history.canGoForward() };
    }

    /**
     * @param offset a position in the page text
     * @return the style at that position, or null
     */
    public StyleRange styleAt(int offset) {
        return pageText.getStyleRangeAtOffset(offset);
    }

    @Override
    public void setFocus() {
        pageText.setFocus();
    }

    private final class TopicContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((HelpTopic) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return book.parentOf((HelpTopic) element);
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((HelpTopic) element).children().isEmpty();
        }
    }
}
