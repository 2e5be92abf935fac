package org.repalign.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/** {@link PlotDrawing} on an SWT graphics context (a canvas or an image); dispose it after use. */
public final class GcPlotDrawing implements PlotDrawing, AutoCloseable {

    private final GC gc;
    private final Font normal;
    private final Font bold;

    /** @param gc the graphics context, anti-aliased by this drawing */
    public GcPlotDrawing(GC gc) {
        this.gc = gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        normal = gc.getFont();
        FontData[] data = normal.getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(gc.getDevice(), data);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, RGB colour, double width) {
        Color color = new Color(colour);
        gc.setForeground(color);
        gc.setLineWidth((int) Math.max(1, Math.round(width)));
        gc.drawLine((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
    }

    @Override
    public void dot(double cx, double cy, double radius, RGB colour) {
        gc.setBackground(new Color(colour));
        int d = (int) Math.max(2, Math.round(2 * radius));
        gc.fillOval((int) Math.round(cx - radius), (int) Math.round(cy - radius), d, d);
    }

    @Override
    public void frame(double x, double y, double width, double height, RGB colour) {
        gc.setForeground(new Color(colour));
        gc.setLineWidth(1);
        gc.drawRectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(width), (int) Math.round(height));
    }

    @Override
    public void text(double x, double y, Anchor anchor, String text, RGB colour, boolean isBold) {
        gc.setFont(isBold ? bold : normal);
        gc.setForeground(new Color(colour));
        Point extent = gc.textExtent(text);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - extent.x / 2.0;
            case END -> x - extent.x;
        };
        int ascent = gc.getFontMetrics().getAscent();
        gc.drawText(text, (int) Math.round(left), (int) Math.round(y - ascent), true);
        gc.setFont(normal);
    }

    @Override
    public int lineHeight() {
        return gc.getFontMetrics().getHeight();
    }

    @Override
    public void close() {
        gc.setFont(normal);
        bold.dispose();
    }
}
