package org.repalign.doc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.repalign.doc.internal.PageModel.Heading;
import org.repalign.doc.internal.PageModel.Kind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lays out a generated XHTML help page as a {@link PageModel}: headings, paragraphs, bullet and
 * numbered lists, code, tables, links and images. A table whose columns fit in
 * {@value #TABLE_WIDTH} characters is laid out in aligned columns; a wider one as one record per
 * row (the first cell, then "header: cell" lines), so long cells wrap. An image that cannot be
 * read becomes the text {@code [image not available: name]}.
 */
public final class PageParser {

    /** The widest table, in characters, laid out in columns. */
    public static final int TABLE_WIDTH = 100;

    private static final String COLUMN_GAP = "   ";

    private final Predicate<String> imageAvailable;
    private final StyledBuffer out = new StyledBuffer();
    private final List<Heading> headings = new ArrayList<>();

    private PageParser(Predicate<String> imageAvailable) {
        this.imageAvailable = imageAvailable;
    }

    /**
     * @param page the XHTML page
     * @param name the page's name for messages
     * @param imageAvailable whether an image address (as written in the page) can be read
     * @return the laid-out page
     * @throws IOException with a message naming the page when it is not well-formed or has no body
     */
    public static PageModel parse(InputStream page, String name, Predicate<String> imageAvailable) throws IOException {
        Document document = Xhtml.parse(page, name);
        Element body = child(document.getDocumentElement(), "body");
        if (body == null) {
            throw new IOException(name + ": the page has no <body>");
        }
        Element head = child(document.getDocumentElement(), "head");
        Element titleElement = head == null ? null : child(head, "title");
        PageParser parser = new PageParser(imageAvailable);
        parser.blocks(body, 0);
        parser.out.finish();
        String title = titleElement != null ? titleElement.getTextContent().strip()
                : parser.headings.isEmpty() ? name : parser.headings.get(0).text();
        return new PageModel(title, parser.out.text(), parser.out.spans(), parser.headings);
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && tag.equals(tag(element))) {
                return element;
            }
        }
        return null;
    }

    private static String tag(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static boolean isBlock(Element element) {
        return switch (tag(element)) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "pre", "table", "blockquote", "hr", "div" -> true;
            default -> false;
        };
    }

    private void blocks(Element parent, int depth) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (isBlock(element)) {
                    block(element, depth);
                } else {
                    inline(element);
                }
            } else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                out.appendFlowing(node.getNodeValue());
            }
        }
    }

    private void block(Element element, int depth) {
        String tag = tag(element);
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, tag.charAt(1) - '0');
            case "p" -> paragraph(element, depth);
            case "ul", "ol" -> list(element, depth + 1, "ol".equals(tag));
            case "pre" -> codeBlock(element);
            case "table" -> table(element, depth);
            case "blockquote", "div" -> {
                out.endParagraph();
                blocks(element, "blockquote".equals(tag) ? depth + 1 : depth);
                out.endParagraph();
            }
            default -> out.endParagraph(); // hr
        }
    }

    private void heading(Element element, int level) {
        out.endParagraph();
        int start = out.length();
        inlineChildren(element);
        String anchor = element.getAttribute("id");
        headings.add(new Heading(out.text().substring(start).strip(), anchor, level, start));
        out.span(Kind.HEADING, start, level, anchor);
        out.endParagraph();
    }

    private void paragraph(Element element, int depth) {
        out.endParagraph();
        int start = out.length();
        inlineChildren(element);
        if (depth > 0) {
            out.span(Kind.INDENT, start, depth, null);
        }
        out.endParagraph();
    }

    private void list(Element list, int depth, boolean numbered) {
        if (depth == 1) {
            out.endParagraph();
        } else {
            out.endLine();
        }
        int number = 1;
        for (Element item : elements(list)) {
            if (!"li".equals(tag(item))) {
                continue;
            }
            out.endLine();
            int start = out.length();
            out.append(numbered ? number++ + ". " : "\u2022 ");
            boolean first = true;
            for (Node node = item.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && isBlock(element)) {
                    String tag = tag(element);
                    if ("p".equals(tag)) {
                        if (!first) {
                            out.endLine();
                        }
                        int paragraph = out.length();
                        inlineChildren(element);
                        out.span(Kind.INDENT, paragraph, depth, null);
                    } else if ("ul".equals(tag) || "ol".equals(tag)) {
                        out.span(Kind.INDENT, start, depth, null);
                        list(element, depth + 1, "ol".equals(tag));
                        start = out.length();
                    } else {
                        block(element, depth);
                    }
                    first = false;
                } else if (node instanceof Element element) {
                    inline(element);
                } else if (node.getNodeType() == Node.TEXT_NODE) {
                    out.appendFlowing(node.getNodeValue());
                }
            }
            out.span(Kind.INDENT, start, depth, null);
            out.endLine();
        }
        if (depth == 1) {
            out.endParagraph();
        }
    }

    private void codeBlock(Element element) {
        out.endParagraph();
        int start = out.length();
        String code = element.getTextContent();
        out.append(code.endsWith("\n") ? code.substring(0, code.length() - 1) : code);
        out.span(Kind.CODE_BLOCK, start, 0, null);
        out.endParagraph();
    }

    private void inlineChildren(Element element) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                inline(child);
            } else if (node.getNodeType() == Node.TEXT_NODE) {
                out.appendFlowing(node.getNodeValue());
            }
        }
    }

    private void inline(Element element) {
        int start = out.length();
        switch (tag(element)) {
            case "a" -> {
                inlineChildren(element);
                out.span(Kind.LINK, start, 0, element.getAttribute("href"));
            }
            case "strong", "b" -> styled(element, Kind.STRONG, start);
            case "em", "i" -> styled(element, Kind.EMPHASIS, start);
            case "sup" -> styled(element, Kind.SUPERSCRIPT, start);
            case "sub" -> styled(element, Kind.SUBSCRIPT, start);
            case "code" -> {
                out.append(element.getTextContent().replace('\n', ' '));
                out.span(Kind.CODE, start, 0, null);
            }
            case "br" -> out.append("\n");
            case "img" -> image(element);
            default -> inlineChildren(element);
        }
    }

    private void styled(Element element, Kind kind, int start) {
        inlineChildren(element);
        out.span(kind, start, 0, null);
    }

    private void image(Element element) {
        String source = element.getAttribute("src");
        int start = out.length();
        if (imageAvailable.test(source)) {
            out.append(String.valueOf(PageModel.IMAGE_CHARACTER));
            out.span(Kind.IMAGE, start, 0, source);
        } else {
            out.append("[image not available: " + source.substring(source.lastIndexOf('/') + 1) + "]");
            out.span(Kind.MISSING_IMAGE, start, 0, source);
        }
    }

    private void table(Element table, int depth) {
        List<StyledBuffer> header = new ArrayList<>();
        List<List<StyledBuffer>> rows = new ArrayList<>();
        collectRows(table, header, rows);
        out.endParagraph();
        int columns = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        int[] widths = new int[columns];
        List<List<StyledBuffer>> all = new ArrayList<>(rows);
        all.add(header);
        for (List<StyledBuffer> row : all) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        int total = (columns - 1) * COLUMN_GAP.length();
        for (int width : widths) {
            total += width;
        }
        if (total <= TABLE_WIDTH) {
            columnLayout(header, rows, widths, total);
        } else {
            recordLayout(header, rows, depth);
        }
        out.endParagraph();
    }

    private void collectRows(Element parent, List<StyledBuffer> header, List<List<StyledBuffer>> rows) {
        for (Element element : elements(parent)) {
            String tag = tag(element);
            if ("thead".equals(tag) || "tbody".equals(tag) || "tfoot".equals(tag)) {
                collectRows(element, header, rows);
            } else if ("tr".equals(tag)) {
                List<StyledBuffer> cells = new ArrayList<>();
                boolean headerRow = true;
                for (Element cell : elements(element)) {
                    headerRow &= "th".equals(tag(cell));
                    cells.add(cell(cell));
                }
                if (headerRow && header.isEmpty() && rows.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
    }

    private StyledBuffer cell(Element cell) {
        PageParser inner = new PageParser(imageAvailable);
        inner.inlineChildren(cell);
        inner.out.finish();
        return inner.out;
    }

    private void columnLayout(List<StyledBuffer> header, List<List<StyledBuffer>> rows, int[] widths, int total) {
        int start = out.length();
        if (!header.isEmpty()) {
            int headerStart = out.length();
            row(header, widths);
            out.span(Kind.STRONG, headerStart, 0, null);
            out.append("\n" + "\u2500".repeat(total) + "\n");
        }
        for (List<StyledBuffer> row : rows) {
            row(row, widths);
            out.append("\n");
        }
        out.span(Kind.TABLE, start, 0, null);
    }

    private void row(List<StyledBuffer> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            out.append(cells.get(c));
            if (c + 1 < cells.size()) {
                out.append(" ".repeat(widths[c] - cells.get(c).length()) + COLUMN_GAP);
            }
        }
    }

    private void recordLayout(List<StyledBuffer> header, List<List<StyledBuffer>> rows, int depth) {
        for (List<StyledBuffer> row : rows) {
            out.endParagraph();
            int first = out.length();
            if (!row.isEmpty()) {
                out.append(row.get(0));
            }
            out.span(Kind.STRONG, first, 0, null);
            if (depth > 0) {
                out.span(Kind.INDENT, first, depth, null);
            }
            for (int c = 1; c < row.size(); c++) {
                if (row.get(c).isEmpty()) {
                    continue;
                }
                out.endLine();
                int line = out.length();
                if (c < header.size() && !header.get(c).isEmpty()) {
                    int label = out.length();
                    out.append(header.get(c).text() + ": ");
                    out.span(Kind.EMPHASIS, label, 0, null);
                }
                out.append(row.get(c));
                out.span(Kind.INDENT, line, depth + 1, null);
            }
            out.endLine();
        }
    }
}
