package org.repalign.doc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.PaintObjectEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.repalign.doc.internal.PageModel.Kind;
import org.repalign.doc.internal.PageModel.Span;

/**
 * Shows a {@link PageModel} in a {@link StyledText}: heading fonts, bold and italic, monospaced
 * code and tables on a grey background, links underlined (their address is the style's data),
 * images drawn in place, indented list items and records. Fonts, colours and images belong to
 * the widget and go with it.
 */
public final class PageStyler {

    /** Indentation per level, in pixels. */
    public static final int INDENT = 20;

    private static final int WRAP_EXTRA = 14;
    private static final int[] HEADING_GROWTH = { 0, 7, 4, 2, 1, 1, 1 };

    private final StyledText widget;
    private final ResourceManager resources;
    private final List<Image> images = new ArrayList<>();
    private final Color codeBackground;
    private final Color missingForeground;

    /** @param widget the text widget the page is shown in */
    public PageStyler(StyledText widget) {
        this.widget = widget;
        this.resources = new LocalResourceManager(JFaceResources.getResources(), widget);
        this.codeBackground = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(242, 242, 242)));
        this.missingForeground = widget.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        widget.addPaintObjectListener(this::paintImage);
        widget.addDisposeListener(e -> disposeImages());
    }

    /**
     * Replaces the widget's text with the page.
     *
     * @param page the page
     * @param loadedImages the image data of the page's {@link Kind#IMAGE} spans, by address
     */
    public void show(PageModel page, Map<String, ImageData> loadedImages) {
        disposeImages();
        widget.setStyleRanges(new StyleRange[0]);
        widget.setText(page.text());
        int lines = widget.getLineCount();
        widget.setLineIndent(0, lines, 0);
        widget.setLineWrapIndent(0, lines, 0);
        widget.setStyleRanges(styleRanges(page, loadedImages));
        for (Span span : page.spans()) {
            if (span.kind() == Kind.INDENT) {
                indent(span, span.level() * INDENT, span.level() * INDENT + WRAP_EXTRA);
            } else if (span.kind() == Kind.CODE_BLOCK) {
                indent(span, INDENT / 2, INDENT / 2);
            }
        }
    }

    private void indent(Span span, int first, int wrapped) {
        int from = widget.getLineAtOffset(span.start());
        int to = widget.getLineAtOffset(Math.max(span.start(), span.end() - 1));
        widget.setLineIndent(from, to - from + 1, first);
        widget.setLineWrapIndent(from, to - from + 1, wrapped);
    }

    private StyleRange[] styleRanges(PageModel page, Map<String, ImageData> loadedImages) {
        List<Span> styled = page.spans().stream().filter(s -> s.kind() != Kind.INDENT).toList();
        TreeSet<Integer> bounds = new TreeSet<>();
        for (Span span : styled) {
            bounds.add(span.start());
            bounds.add(span.end());
        }
        List<StyleRange> ranges = new ArrayList<>();
        Integer from = bounds.isEmpty() ? null : bounds.first();
        while (from != null) {
            Integer to = bounds.higher(from);
            if (to == null) {
                break;
            }
            int start = from;
            int end = to;
            List<Span> active = styled.stream().filter(s -> s.start() <= start && s.end() >= end).toList();
            if (!active.isEmpty()) {
                ranges.add(range(start, end - start, active, loadedImages));
            }
            from = to;
        }
        return ranges.toArray(StyleRange[]::new);
    }

    private StyleRange range(int start, int length, List<Span> active, Map<String, ImageData> loadedImages) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        boolean monospace = false;
        int style = SWT.NORMAL;
        int growth = 0;
        for (Span span : active) {
            switch (span.kind()) {
                case HEADING -> {
                    style |= SWT.BOLD;
                    growth = HEADING_GROWTH[Math.min(span.level(), HEADING_GROWTH.length - 1)];
                }
                case STRONG -> style |= SWT.BOLD;
                case EMPHASIS -> style |= SWT.ITALIC;
                case CODE, CODE_BLOCK -> {
                    monospace = true;
                    range.background = codeBackground;
                }
                case TABLE -> monospace = true;
                case SUPERSCRIPT -> {
                    growth = -2;
                    range.rise = 4;
                }
                case SUBSCRIPT -> {
                    growth = -2;
                    range.rise = -3;
                }
                case LINK -> {
                    range.underline = true;
                    range.underlineStyle = SWT.UNDERLINE_LINK;
                    range.foreground = JFaceColors.getHyperlinkText(widget.getDisplay());
                    range.data = span.target();
                }
                case MISSING_IMAGE -> {
                    style |= SWT.ITALIC;
                    range.foreground = missingForeground;
                }
                case IMAGE -> {
                    ImageData data = loadedImages.get(span.target());
                    if (data != null) {
                        Image image = new Image(widget.getDisplay(), data);
                        images.add(image);
                        range.data = image;
                        range.metrics = new GlyphMetrics(data.height, 0, data.width);
                    }
                }
                default -> {
                    // INDENT is applied to lines
                }
            }
        }
        FontDescriptor base = FontDescriptor.createFrom(monospace ? JFaceResources.getTextFont() : JFaceResources.getDefaultFont());
        if (style != SWT.NORMAL || growth != 0 || monospace) {
            range.font = resources.create(base.setStyle(style).increaseHeight(growth));
        }
        return range;
    }

    private void paintImage(PaintObjectEvent event) {
        StyleRange style = event.style;
        if (style.data instanceof Image image && !image.isDisposed()) {
            event.gc.drawImage(image, event.x, event.y + event.ascent - style.metrics.ascent);
        }
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }
}
