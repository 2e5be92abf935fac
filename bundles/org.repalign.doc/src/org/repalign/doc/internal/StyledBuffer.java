package org.repalign.doc.internal;

import java.util.ArrayList;
import java.util.List;

import org.repalign.doc.internal.PageModel.Kind;
import org.repalign.doc.internal.PageModel.Span;

/** Text being laid out with its styled ranges; whitespace of the page source is collapsed. */
final class StyledBuffer {

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    List<Span> spans() {
        return spans;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Appends flowing text: runs of whitespace become one space, none at the start of a line. */
    void appendFlowing(String source) {
        String collapsed = source.replaceAll("\\s+", " ");
        if (collapsed.startsWith(" ") && (text.isEmpty() || endsWith(' ') || endsWith('\n'))) {
            collapsed = collapsed.substring(1);
        }
        text.append(collapsed);
    }

    /** Appends text as it is. */
    void append(String verbatim) {
        text.append(verbatim);
    }

    /** Marks the text from {@code start} to here, without its trailing spaces. */
    void span(Kind kind, int start, int level, String target) {
        int end = length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end - start, kind, level, target));
        }
    }

    /** Appends another buffer's text and ranges. */
    void append(StyledBuffer other) {
        int offset = length();
        text.append(other.text);
        other.spans.forEach(s -> spans.add(s.shifted(offset)));
    }

    boolean endsWith(char c) {
        return !text.isEmpty() && text.charAt(text.length() - 1) == c;
    }

    /** Ends the current line (dropping trailing spaces outside every range). */
    void endLine() {
        trimTrailingSpaces();
        if (!text.isEmpty() && !endsWith('\n')) {
            text.append('\n');
        }
    }

    /** Ends the current paragraph with an empty line after it. */
    void endParagraph() {
        endLine();
        if (!text.isEmpty() && !(text.length() >= 2 && text.charAt(text.length() - 2) == '\n')) {
            text.append('\n');
        }
    }

    /** Removes trailing spaces and a trailing line break (the end of the page). */
    void finish() {
        while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))
                && coveredUpTo() < text.length()) {
            text.setLength(text.length() - 1);
        }
    }

    private void trimTrailingSpaces() {
        int limit = coveredUpTo();
        while (text.length() > limit && endsWith(' ')) {
            text.setLength(text.length() - 1);
        }
    }

    private int coveredUpTo() {
        int end = 0;
        for (Span span : spans) {
            end = Math.max(end, span.end());
        }
        return end;
    }
}
