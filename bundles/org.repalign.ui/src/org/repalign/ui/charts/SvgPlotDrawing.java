package org.repalign.ui.charts;

import org.eclipse.swt.graphics.RGB;

/** {@link PlotDrawing} into an {@link SvgDocument}: vector output of the same painter. */
public final class SvgPlotDrawing implements PlotDrawing {

    /** Line height assumed for the document's 9 pt font. */
    private static final int LINE_HEIGHT = 15;

    private final SvgDocument svg;

    /** @param svg the document to draw into */
    public SvgPlotDrawing(SvgDocument svg) {
        this.svg = svg;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, RGB colour, double width) {
        svg.line(x1, y1, x2, y2, SvgDocument.hex(colour), width);
    }

    @Override
    public void dot(double cx, double cy, double radius, RGB colour) {
        svg.circle(cx, cy, radius, SvgDocument.hex(colour), null);
    }

    @Override
    public void frame(double x, double y, double width, double height, RGB colour) {
        svg.rect(x, y, width, height, "none", SvgDocument.hex(colour));
    }

    @Override
    public void text(double x, double y, Anchor anchor, String text, RGB colour, boolean bold) {
        svg.text(x, y, anchor.name().toLowerCase(java.util.Locale.ROOT), text, SvgDocument.hex(colour), 0,
                bold ? "bold" : null);
    }

    @Override
    public int lineHeight() {
        return LINE_HEIGHT;
    }
}
