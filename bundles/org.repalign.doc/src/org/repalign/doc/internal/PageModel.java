package org.repalign.doc.internal;

import java.util.List;
import java.util.Optional;

/**
 * A help page as text with styled ranges: what the view shows, independent of SWT.
 *
 * @param title the page's title
 * @param text the text; an image is one {@link #IMAGE_CHARACTER}
 * @param spans the styled ranges, possibly nested (a link inside bold text)
 * @param headings the headings in order
 */
public record PageModel(String title, String text, List<Span> spans, List<Heading> headings) {

    /** The character that stands for an image in {@link #text()}. */
    public static final char IMAGE_CHARACTER = '\uFFFC';

    /** What a range of the text is. */
    public enum Kind {
        /** a heading; {@link Span#level()} is 1 to 6, {@link Span#target()} its anchor */
        HEADING,
        /** strong text */
        STRONG,
        /** emphasised text */
        EMPHASIS,
        /** inline code */
        CODE,
        /** a code block */
        CODE_BLOCK,
        /** a table laid out in columns (monospaced) */
        TABLE,
        /** superscript */
        SUPERSCRIPT,
        /** subscript */
        SUBSCRIPT,
        /** a link; {@link Span#target()} is its address as written in the page */
        LINK,
        /** an image character; {@link Span#target()} is its address */
        IMAGE,
        /** the text standing for an image that cannot be read; {@link Span#target()} is its address */
        MISSING_IMAGE,
        /** an indented paragraph (list item, quotation, table record); {@link Span#level()} is the depth */
        INDENT
    }

    /**
     * A styled range.
     *
     * @param start the first character
     * @param length the number of characters
     * @param kind what the range is
     * @param level heading level or indentation depth, else 0
     * @param target the address of a link or image, the anchor of a heading, else null
     */
    public record Span(int start, int length, Kind kind, int level, String target) {

        /** @return the position after the range */
        public int end() {
            return start + length;
        }

        Span shifted(int offset) {
            return new Span(start + offset, length, kind, level, target);
        }
    }

    /**
     * A heading.
     *
     * @param text its text
     * @param anchor its {@code id} (the {@code #anchor} of links), possibly empty
     * @param level 1 to 6
     * @param offset its position in the text
     */
    public record Heading(String text, String anchor, int level, int offset) {
    }

    /** Copies the lists. */
    public PageModel {
        spans = List.copyOf(spans);
        headings = List.copyOf(headings);
    }

    /** @return the spans of one kind, in order */
    public List<Span> spans(Kind kind) {
        return spans.stream().filter(s -> s.kind() == kind).toList();
    }

    /**
     * @param offset a position in the text
     * @return the innermost link at that position
     */
    public Optional<Span> linkAt(int offset) {
        return spans.stream().filter(s -> s.kind() == Kind.LINK && s.start() <= offset && offset < s.end())
                .reduce((outer, inner) -> inner);
    }

    /**
     * @param anchor a heading's anchor
     * @return the heading's position in the text
     */
    public Optional<Integer> anchorOffset(String anchor) {
        return headings.stream().filter(h -> h.anchor().equals(anchor)).map(Heading::offset).findFirst();
    }

    /** @param range a span @return its text */
    public String text(Span range) {
        return text.substring(range.start(), range.end());
    }
}
