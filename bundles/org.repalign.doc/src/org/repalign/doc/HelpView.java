package org.repalign.doc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.repalign.doc.internal.HelpContents;
import org.repalign.doc.internal.HelpTopic;
import org.repalign.doc.internal.PageHistory;
import org.repalign.doc.internal.PageModel;
import org.repalign.doc.internal.PageParser;
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

    /** Images wider than this are scaled down, in pixels. */
    public static final int MAX_IMAGE_WIDTH = 760;

    private final PageHistory history = new PageHistory();
    private final Map<URI, HelpTopic> topicsByPage = new LinkedHashMap<>();
    private final Map<HelpTopic, HelpTopic> parents = new HashMap<>();
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
        contents.setContentProvider(new TopicContentProvider(parents));
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

        List<HelpTopic> topics = readContents();
        contents.setInput(topics);
        contents.expandAll();
        contents.addSelectionChangedListener(event -> {
            if (!selectingTopic && event.getStructuredSelection().getFirstElement() instanceof HelpTopic topic) {
                pageOf(topic).ifPresent(this::showPage);
            }
        });
        installLinkHandling();
        if (!topics.isEmpty()) {
            pageOf(topics.get(0)).ifPresent(this::showPage);
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

    private List<HelpTopic> readContents() {
        try {
            URI root = bundleRoot();
            URI toc = root.resolve("toc.xml");
            try (InputStream input = toc.toURL().openStream()) {
                List<HelpTopic> topics = HelpContents.read(input, "toc.xml");
                index(root, topics);
                return topics;
            }
        } catch (IOException e) {
            status("The help contents cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    private void index(URI root, List<HelpTopic> topics) {
        for (HelpTopic topic : topics) {
            topicsByPage.putIfAbsent(root.resolve(topic.href()).normalize(), topic);
            topic.children().forEach(child -> parents.put(child, topic));
            index(root, topic.children());
        }
    }

    private static URI bundleRoot() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(HelpView.class);
        URL root = FileLocator.toFileURL(bundle.getEntry("/"));
        try {
            return URIUtil.toURI(root);
        } catch (URISyntaxException e) {
            throw new IOException(root + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param topic an entry of the contents
     * @return its page
     */
    public Optional<URI> pageOf(Object topic) {
        return topicsByPage.entrySet().stream().filter(e -> e.getValue() == topic).map(Map.Entry::getKey).findFirst();
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
        URI file = withoutFragment(address);
        String anchor = address.getFragment();
        if (!file.equals(current)) {
            Path path;
            try {
                path = Path.of(file);
            } catch (IllegalArgumentException e) {
                status("Not a help page: " + address);
                return false;
            }
            if (!Files.isRegularFile(path)) {
                status("No help page " + path.getFileName() + " (" + path + ")");
                return false;
            }
            Map<String, ImageData> images = new HashMap<>();
            try (InputStream input = Files.newInputStream(path)) {
                page = PageParser.parse(input, path.getFileName().toString(), source -> loadImage(file, source, images));
            } catch (IOException e) {
                page = new PageModel("Unreadable page", "This page cannot be shown.\n\n" + e.getMessage(), List.of(), List.of());
            }
            current = file;
            styler.show(page, images);
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

    private static URI withoutFragment(URI address) {
        try {
            return new URI(address.getScheme(), address.getAuthority(), address.getPath(), address.getQuery(), null).normalize();
        } catch (URISyntaxException e) {
            return address;
        }
    }

    private static boolean loadImage(URI page, String source, Map<String, ImageData> images) {
        try {
            URI address = page.resolve(source);
            try (InputStream input = Files.newInputStream(Path.of(address))) {
                ImageData data = new ImageData(input);
                if (data.width > MAX_IMAGE_WIDTH) {
                    data = data.scaledTo(MAX_IMAGE_WIDTH, Math.max(1, data.height * MAX_IMAGE_WIDTH / data.width));
                }
                images.put(source, data);
                return true;
            }
        } catch (IOException | SWTException | IllegalArgumentException e) {
            return false;
        }
    }

    private void selectTopic(URI file) {
        HelpTopic topic = topicsByPage.get(file);
        selectingTopic = true;
        try {
            contents.setSelection(topic == null ? StructuredSelection.EMPTY : new StructuredSelection(topic), true);
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

    private record TopicContentProvider(Map<HelpTopic, HelpTopic> parents) implements ITreeContentProvider {

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
            return parents.get(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((HelpTopic) element).children().isEmpty();
        }
    }
}
