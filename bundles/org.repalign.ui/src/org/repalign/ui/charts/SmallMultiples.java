package org.repalign.ui.charts;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.repalign.ui.charts.PlotDrawing.Anchor;

/**
 * A grid of small scatter plots with a fitted line each (one panel per source pair of the
 * frequency analysis): the panels share no axes, each is scaled to its own points and line, so
 * that the shape of every pair's relation is visible at a glance. The painter draws through a
 * {@link PlotDrawing}, on screen and into SVG alike.
 *
 * @param title  the title above the grid
 * @param xLabel what x is, written once below the grid
 * @param panels the panels, in reading order
 */
public record SmallMultiples(String title, String xLabel, List<Panel> panels) {

    /** Colour of the points. */
    public static final RGB POINT = new RGB(0, 0, 128);
    /** Colour of the fitted lines. */
    public static final RGB FIT = new RGB(128, 0, 0);
    private static final RGB TEXT = new RGB(0, 0, 0);
    private static final RGB GREY = new RGB(128, 128, 128);
    private static final int GAP = 8;
    private static final double DOT_RADIUS = 2.5;

    /**
     * One small plot.
     *
     * @param title     its title, e.g. the pair
     * @param x         x of each point
     * @param y         y of each point
     * @param slope     slope of the fitted line, NaN for none
     * @param intercept intercept of the fitted line
     * @param note      a line below the title, e.g. slope and R²
     */
    public record Panel(String title, double[] x, double[] y, double slope, double intercept, String note) {

        /** Copies and checks the points. */
        public Panel {
            if (x.length != y.length) {
                throw new IllegalArgumentException(title + ": " + x.length + " x values for " + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }

        /** @return a copy of the x values */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** @return a copy of the y values */
        @Override
        public double[] y() {
            return y.clone();
        }
    }

    /** Copies the panel list. */
    public SmallMultiples {
        panels = List.copyOf(panels);
    }

    /**
     * @param count panels
     * @param width the drawing's width
     * @param height the drawing's height
     * @return the number of columns of the grid: as close to the drawing's aspect as the count allows
     */
    public static int columns(int count, int width, int height) {
        if (count <= 1) {
            return 1;
        }
        double aspect = Math.max(0.25, Math.min(4, width / (double) Math.max(1, height)));
        int columns = (int) Math.round(Math.sqrt(count * aspect));
        return Math.max(1, Math.min(count, columns));
    }

    /**
     * Draws the grid.
     *
     * @param drawing where to draw
     * @param width   width of the area
     * @param height  height of the area
     */
    public void paint(PlotDrawing drawing, int width, int height) {
        int line = drawing.lineHeight();
        drawing.text(width / 2.0, line, Anchor.MIDDLE, title, TEXT, true);
        drawing.text(width / 2.0, height - 4, Anchor.MIDDLE, xLabel, GREY, false);
        if (panels.isEmpty()) {
            return;
        }
        int columns = columns(panels.size(), width, height);
        int rows = (panels.size() + columns - 1) / columns;
        double top = line + GAP;
        double cellWidth = (width - GAP) / (double) columns;
        double cellHeight = (height - top - line - GAP) / rows;
        for (int p = 0; p < panels.size(); p++) {
            double left = GAP + (p % columns) * cellWidth;
            double cellTop = top + (p / columns) * cellHeight;
            paintPanel(drawing, panels.get(p), left, cellTop, cellWidth - GAP, cellHeight - GAP, line);
        }
    }

    private static void paintPanel(PlotDrawing drawing, Panel panel, double left, double top, double width,
            double height, int line) {
        drawing.text(left + width / 2, top + line - 3, Anchor.MIDDLE, panel.title(), TEXT, true);
        drawing.text(left + width / 2, top + 2 * line - 3, Anchor.MIDDLE, panel.note(), GREY, false);
        double plotTop = top + 2 * line;
        double plotLeft = left + 4;
        double plotWidth = width - 8;
        double plotHeight = height - 2 * line - line;
        if (plotWidth < 10 || plotHeight < 10) {
            return;
        }
        drawing.frame(plotLeft, plotTop, plotWidth, plotHeight, GREY);
        double[] x = panel.x;
        double[] y = panel.y;
        if (x.length == 0) {
            return;
        }
        double xMin = min(x);
        double xMax = max(x);
        double yMin = min(y);
        double yMax = max(y);
        boolean fitted = !Double.isNaN(panel.slope());
        if (fitted) {
            double f1 = panel.intercept() + panel.slope() * xMin;
            double f2 = panel.intercept() + panel.slope() * xMax;
            yMin = Math.min(yMin, Math.min(f1, f2));
            yMax = Math.max(yMax, Math.max(f1, f2));
        }
        Scale sx = new Scale(xMin, xMax, plotLeft + 4, plotLeft + plotWidth - 4);
        Scale sy = new Scale(yMin, yMax, plotTop + plotHeight - 4, plotTop + 4);
        if (fitted) {
            drawing.line(sx.map(xMin), sy.map(panel.intercept() + panel.slope() * xMin), sx.map(xMax),
                    sy.map(panel.intercept() + panel.slope() * xMax), FIT, 1.5);
        }
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                drawing.dot(sx.map(x[i]), sy.map(y[i]), DOT_RADIUS, POINT);
            }
        }
        drawing.text(plotLeft + 2, plotTop + plotHeight + line - 2, Anchor.START, format(xMin), GREY, false);
        drawing.text(plotLeft + plotWidth - 2, plotTop + plotHeight + line - 2, Anchor.END, format(xMax), GREY, false);
        drawing.text(plotLeft + 3, plotTop + line - 2, Anchor.START, format(yMax), GREY, false);
        drawing.text(plotLeft + 3, plotTop + plotHeight - 4, Anchor.START, format(yMin), GREY, false);
    }

    /** A linear map of a data range onto a pixel range; a range of one value maps to the middle. */
    record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double map(double value) {
            if (!(to > from)) {
                return (pixelFrom + pixelTo) / 2;
            }
            return pixelFrom + (value - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.min(m, v);
            }
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3g", value) : "";
    }
}
