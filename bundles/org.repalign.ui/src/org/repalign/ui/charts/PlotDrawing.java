package org.repalign.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * The few drawing operations of RepAlign's own plots, so that one painter draws on screen
 * ({@link GcPlotDrawing}) and into SVG ({@link SvgPlotDrawing}) alike. Coordinates are pixels,
 * y grows downwards.
 */
public interface PlotDrawing {

    /** Horizontal placement of a text relative to its anchor. */
    enum Anchor {
        /** the text starts at the anchor */
        START,
        /** the text is centred on the anchor */
        MIDDLE,
        /** the text ends at the anchor */
        END
    }

    /**
     * @param x1     start x
     * @param y1     start y
     * @param x2     end x
     * @param y2     end y
     * @param colour colour
     * @param width  line width in pixels
     */
    void line(double x1, double y1, double x2, double y2, RGB colour, double width);

    /**
     * A filled dot.
     *
     * @param cx     centre x
     * @param cy     centre y
     * @param radius radius
     * @param colour colour
     */
    void dot(double cx, double cy, double radius, RGB colour);

    /**
     * An outlined rectangle.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     * @param colour outline colour
     */
    void frame(double x, double y, double width, double height, RGB colour);

    /**
     * @param x      anchor x
     * @param y      baseline y
     * @param anchor horizontal placement
     * @param text   the text
     * @param colour colour
     * @param bold   whether bold
     */
    void text(double x, double y, Anchor anchor, String text, RGB colour, boolean bold);

    /** @return the height of a line of text in pixels */
    int lineHeight();
}
