package org.repalign.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.repalign.ui.internal.AtomicExportFile;

/**
 * Writes SWTChart charts as SVG drawn from their data, not from pixels: title, axes with round
 * ticks, labels and titles, grid, every visible series (line series as polylines, step lines and
 * filled areas, symbols as circles; bar series as rectangles, side by side on category axes)
 * and the legend. Each series is one {@code <g class="series">} group; the plot area is the
 * {@code <rect class="plot-area">} whose edges are the ends of the charts' x and y ranges
 * (linear axes, the first x and y axis). Several charts are written side by side.
 */
public final class ChartSvg {

    /** Points above which symbols carry no tooltip, to keep big scatters small. */
    private static final int TOOLTIP_LIMIT = 2000;
    private static final int FONT_PT = 9;
    private static final double CHAR_WIDTH = FONT_PT * 4 / 3.0 * 0.58;
    private static final double LINE_HEIGHT = FONT_PT * 4 / 3.0 * 1.3;
    private static final String TEXT = "#000000";
    private static final String AXIS = "#5a5a5a";
    private static final String GRID = "#e3e3e3";

    private ChartSvg() {
    }

    /**
     * @param file   target file, written atomically
     * @param charts the charts, left to right
     * @param width  width of one chart in pixels
     * @param height height in pixels
     * @throws IOException when writing fails
     */
    public static void write(Path file, List<Chart> charts, int width, int height) throws IOException {
        AtomicExportFile.writeText(file, svg(charts, width, height));
    }

    /**
     * @param file  target file, written atomically
     * @param chart the chart, at its on-screen size (640 × 480 when not laid out)
     * @throws IOException when writing fails
     */
    public static void write(Path file, Chart chart) throws IOException {
        Point size = chart.getSize();
        write(file, List.of(chart), size.x > 100 ? size.x : 640, size.y > 100 ? size.y : 480);
    }

    /**
     * @param charts the charts, left to right
     * @param width  width of one chart
     * @param height height
     * @return the SVG document
     */
    public static String svg(List<Chart> charts, int width, int height) {
        SvgDocument svg = new SvgDocument(width * charts.size(), height, FONT_PT);
        for (int c = 0; c < charts.size(); c++) {
            svg.group("chart", null, c == 0 ? null : "translate(" + c * width + ",0)");
            new Panel(svg, charts.get(c), width, height, "plot" + c).draw();
            svg.endGroup();
        }
        return svg.toString();
    }

    /** One chart laid out in a width × height box. */
    private static final class Panel {
        private final SvgDocument svg;
        private final Chart chart;
        private final int width;
        private final int height;
        private final String clipId;
        private final IAxis xAxis;
        private final IAxis yAxis;
        private final String[] categories;
        private final List<ISeries<?>> series = new ArrayList<>();
        private double left;
        private double top;
        private double right;
        private double bottom;

        Panel(SvgDocument svg, Chart chart, int width, int height, String clipId) {
            this.svg = svg;
            this.chart = chart;
            this.width = width;
            this.height = height;
            this.clipId = clipId;
            xAxis = chart.getAxisSet().getXAxis(0);
            yAxis = chart.getAxisSet().getYAxis(0);
            categories = xAxis.isCategoryEnabled() && xAxis.getCategorySeries() != null ? xAxis.getCategorySeries()
                    : null;
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                if (s.isVisible() && s.getYSeries() != null) {
                    series.add(s);
                }
            }
        }

        void draw() {
            String title = chart.getTitle().isVisible() ? chart.getTitle().getText() : "";
            List<String> titleLines = wrap(title, width - 16);
            top = 10 + titleLines.size() * LINE_HEIGHT + 8;
            for (int i = 0; i < titleLines.size(); i++) {
                svg.text(width / 2.0, 10 + (i + 0.8) * LINE_HEIGHT, "middle", titleLines.get(i), TEXT, 0, "bold");
            }
            List<LegendEntry> legend = legendEntries();
            List<List<LegendEntry>> legendRows = legendRows(legend);
            Range y = spread(yAxis.getRange());
            int yTickCount = Math.max(3, Math.min(12, (height - 160) / 40));
            double yStep = AxisTicks.step(y.lower, y.upper, yTickCount);
            List<Double> yTicks = AxisTicks.values(y.lower, y.upper, yTickCount);
            int yLabelChars = yTicks.stream().mapToInt(v -> AxisTicks.label(v, yStep).length()).max().orElse(1);
            String yTitle = axisTitle(yAxis);
            left = 8 + (yTitle.isEmpty() ? 0 : LINE_HEIGHT + 4) + yLabelChars * CHAR_WIDTH + 8;
            right = width - 16;
            boolean turned = categories != null && xAxis.getTick().getTickLabelAngle() != 0;
            int xLabelChars = categories == null ? 1
                    : Arrays.stream(categories).mapToInt(String::length).max().orElse(1);
            double xLabels = turned ? xLabelChars * CHAR_WIDTH + 6 : LINE_HEIGHT + 4;
            String xTitle = axisTitle(xAxis);
            bottom = height - 8 - legendRows.size() * LINE_HEIGHT - (legendRows.isEmpty() ? 0 : 6)
                    - (xTitle.isEmpty() ? 0 : LINE_HEIGHT + 2) - xLabels;
            if (bottom - top < 40) {
                bottom = top + 40;
            }
            svg.rect(left, top, right - left, bottom - top, "#ffffff", AXIS, "plot-area", null);
            drawYAxis(y, yStep, yTicks, yTitle);
            drawXAxis(turned, xTitle);
            svg.clippedGroup(clipId, left, top, right - left, bottom - top, "series-set");
            int bars = (int) series.stream().filter(s -> s instanceof IBarSeries<?>).count();
            int bar = 0;
            for (ISeries<?> s : series) {
                svg.group("series", "series-" + s.getId(), null);
                if (s instanceof IBarSeries<?> b) {
                    drawBars(b, bar++, bars);
                } else if (s instanceof ILineSeries<?> l) {
                    drawLine(l);
                }
                svg.endGroup();
            }
            svg.endGroup();
            drawLegend(legendRows);
        }

        private static String axisTitle(IAxis axis) {
            return axis.getTitle().isVisible() && axis.getTitle().getText() != null ? axis.getTitle().getText() : "";
        }

        private double xPixel(double value) {
            Range x = xRange();
            return left + (value - x.lower) / (x.upper - x.lower) * (right - left);
        }

        private Range xRange() {
            return categories != null ? new Range(-0.5, categories.length - 0.5) : spread(xAxis.getRange());
        }

        /** A range of positive width: an empty or undefined one is widened to ± 0.5 about its centre. */
        private static Range spread(Range range) {
            if (range.upper > range.lower && Double.isFinite(range.upper - range.lower)) {
                return range;
            }
            double centre = Double.isFinite(range.lower) ? range.lower : 0;
            return new Range(centre - 0.5, centre + 0.5);
        }

        private double yPixel(double value) {
            Range y = spread(yAxis.getRange());
            return bottom - (value - y.lower) / (y.upper - y.lower) * (bottom - top);
        }

        private void drawYAxis(Range y, double step, List<Double> ticks, String title) {
            for (double v : ticks) {
                double py = yPixel(v);
                svg.line(left, py, right, py, GRID, 1);
                svg.line(left - 4, py, left, py, AXIS, 1);
                svg.text(left - 6, py + LINE_HEIGHT * 0.3, "end", AxisTicks.label(v, step), TEXT);
            }
            if (!title.isEmpty()) {
                double x = 8 + LINE_HEIGHT * 0.8;
                svg.text(x, (top + bottom) / 2, "middle", title, TEXT, 90, null);
            }
        }

        private void drawXAxis(boolean turned, String title) {
            double labelsEnd;
            if (categories != null) {
                double longest = 0;
                for (int i = 0; i < categories.length; i++) {
                    double px = xPixel(i);
                    svg.line(px, bottom, px, bottom + 4, AXIS, 1);
                    if (turned) {
                        svg.text(px + LINE_HEIGHT * 0.3, bottom + 6, "end", categories[i], TEXT, 90, null);
                        longest = Math.max(longest, categories[i].length() * CHAR_WIDTH);
                    } else {
                        svg.text(px, bottom + 4 + LINE_HEIGHT * 0.8, "middle", categories[i], TEXT);
                    }
                }
                labelsEnd = bottom + 6 + (turned ? longest : LINE_HEIGHT);
            } else {
                Range x = spread(xAxis.getRange());
                int maxTicks = Math.max(2, (int) ((right - left) / 70));
                double step = AxisTicks.step(x.lower, x.upper, maxTicks);
                for (double v : AxisTicks.values(x.lower, x.upper, maxTicks)) {
                    double px = xPixel(v);
                    svg.line(px, top, px, bottom, GRID, 1);
                    svg.line(px, bottom, px, bottom + 4, AXIS, 1);
                    svg.text(px, bottom + 4 + LINE_HEIGHT * 0.8, "middle", AxisTicks.label(v, step), TEXT);
                }
                labelsEnd = bottom + 4 + LINE_HEIGHT;
            }
            svg.line(left, bottom, right, bottom, AXIS, 1);
            svg.line(left, top, left, bottom, AXIS, 1);
            if (!title.isEmpty()) {
                svg.text((left + right) / 2, labelsEnd + LINE_HEIGHT * 0.9, "middle", title, TEXT);
            }
        }

        private void drawBars(IBarSeries<?> s, int index, int count) {
            double[] ys = s.getYSeries();
            double[] xs = s.getXSeries();
            double slot = categories != null ? (right - left) / Math.max(1, categories.length)
                    : (right - left) / Math.max(1, ys.length) / 1.5;
            double group = slot * 0.7;
            double barWidth = group / Math.max(1, count);
            Range y = spread(yAxis.getRange());
            double base = yPixel(Math.max(y.lower, Math.min(y.upper, 0)));
            String fill = hex(s.getBarColor());
            for (int i = 0; i < ys.length; i++) {
                if (!Double.isFinite(ys[i])) {
                    continue;
                }
                double center = categories != null || xs == null || xs.length <= i ? xPixel(i) : xPixel(xs[i]);
                double x = center - group / 2 + index * barWidth;
                double end = yPixel(ys[i]);
                String label = (categories != null && i < categories.length ? categories[i] : String.valueOf(i))
                        + ": " + s.getId() + " = " + ys[i];
                svg.rect(x, Math.min(end, base), barWidth, Math.abs(base - end), fill, null, "bar", label);
                whisker(s, i, ys[i], x + barWidth / 2, barWidth / 4);
            }
        }

        /** The series' Y error bar at one point, when it shows one: a vertical line with caps. */
        private void whisker(ISeries<?> s, int i, double y, double center, double cap) {
            org.eclipse.swtchart.IErrorBar bar = s.getYErrorBar();
            if (bar == null || !bar.isVisible() || bar.getPlusErrors() == null || bar.getMinusErrors() == null
                    || i >= bar.getPlusErrors().length || i >= bar.getMinusErrors().length) {
                return;
            }
            double top = yPixel(y + bar.getPlusErrors()[i]);
            double bottom = yPixel(y - bar.getMinusErrors()[i]);
            if (top == bottom) {
                return;
            }
            svg.line(center, top, center, bottom, TEXT, 1, "whisker");
            svg.line(center - cap, top, center + cap, top, TEXT, 1, "whisker");
            svg.line(center - cap, bottom, center + cap, bottom, TEXT, 1, "whisker");
        }

        private void drawLine(ILineSeries<?> s) {
            double[] ys = s.getYSeries();
            double[] xs = s.getXSeries();
            int n = ys.length;
            double[] px = new double[n];
            double[] py = new double[n];
            int defined = 0;
            for (int i = 0; i < n; i++) {
                double x = xs == null || xs.length <= i || categories != null ? i : xs[i];
                if (Double.isFinite(x) && Double.isFinite(ys[i])) {
                    px[defined] = xPixel(x);
                    py[defined] = yPixel(ys[i]);
                    defined++;
                }
            }
            px = Arrays.copyOf(px, defined);
            py = Arrays.copyOf(py, defined);
            if (s.isStepEnabled() && defined > 1) {
                double[] sx = new double[2 * defined - 1];
                double[] sy = new double[2 * defined - 1];
                for (int i = 0; i < defined; i++) {
                    sx[2 * i] = px[i];
                    sy[2 * i] = py[i];
                    if (i + 1 < defined) {
                        sx[2 * i + 1] = px[i + 1];
                        sy[2 * i + 1] = py[i];
                    }
                }
                px = sx;
                py = sy;
            }
            String lineColor = hex(s.getLineColor());
            if (s.isAreaEnabled() && px.length > 1) {
                Range y = spread(yAxis.getRange());
                double base = yPixel(Math.max(y.lower, Math.min(y.upper, 0)));
                double[] ax = Arrays.copyOf(px, px.length + 2);
                double[] ay = Arrays.copyOf(py, py.length + 2);
                ax[px.length] = px[px.length - 1];
                ay[px.length] = base;
                ax[px.length + 1] = px[0];
                ay[px.length + 1] = base;
                svg.polygon(ax, ay, lineColor, 0.35);
            }
            if (s.getLineStyle() != LineStyle.NONE && px.length > 1) {
                svg.polyline(px, py, lineColor, Math.max(1, s.getLineWidth()), dash(s.getLineStyle()));
            }
            if (s.getSymbolType() != PlotSymbolType.NONE) {
                String fill = hex(s.getSymbolColor());
                double r = Math.max(1.5, s.getSymbolSize());
                for (int i = 0; i < n; i++) {
                    double x = xs == null || xs.length <= i || categories != null ? i : xs[i];
                    if (Double.isFinite(x) && Double.isFinite(ys[i])) {
                        svg.circle(xPixel(x), yPixel(ys[i]), r, fill,
                                n > TOOLTIP_LIMIT ? null : s.getId() + ": (" + x + ", " + ys[i] + ")");
                    }
                }
            }
        }

        private static String dash(LineStyle style) {
            return switch (style) {
                case DOT -> "2,2";
                case DASH -> "6,3";
                case DASHDOT -> "6,3,2,3";
                case DASHDOTDOT -> "6,3,2,3,2,3";
                default -> null;
            };
        }

        /** A legend line: a bar swatch, or a line and/or a symbol as the series draws them. */
        private record LegendEntry(String label, String color, boolean bar, boolean line, boolean symbol) {
        }

        private List<LegendEntry> legendEntries() {
            List<LegendEntry> entries = new ArrayList<>();
            if (!chart.getLegend().isVisible()) {
                return entries;
            }
            for (ISeries<?> s : series) {
                if (!s.isVisibleInLegend()) {
                    continue;
                }
                String label = s.getDescription() != null && !s.getDescription().isEmpty() ? s.getDescription()
                        : s.getId();
                if (s instanceof IBarSeries<?> b) {
                    entries.add(new LegendEntry(label, hex(b.getBarColor()), true, false, false));
                } else if (s instanceof ILineSeries<?> l) {
                    boolean line = l.getLineStyle() != LineStyle.NONE;
                    entries.add(new LegendEntry(label, hex(line ? l.getLineColor() : l.getSymbolColor()), false, line,
                            l.getSymbolType() != PlotSymbolType.NONE));
                }
            }
            return entries;
        }

        private List<List<LegendEntry>> legendRows(List<LegendEntry> entries) {
            List<List<LegendEntry>> rows = new ArrayList<>();
            double used = Double.MAX_VALUE;
            for (LegendEntry e : entries) {
                double w = entryWidth(e);
                if (used + w > width - 16) {
                    rows.add(new ArrayList<>());
                    used = 0;
                }
                rows.get(rows.size() - 1).add(e);
                used += w;
            }
            return rows;
        }

        private static double entryWidth(LegendEntry e) {
            return 14 + 4 + e.label().length() * CHAR_WIDTH + 16;
        }

        private void drawLegend(List<List<LegendEntry>> rows) {
            if (rows.isEmpty()) {
                return;
            }
            svg.group("legend", null, null);
            double y = height - 8 - rows.size() * LINE_HEIGHT;
            for (List<LegendEntry> row : rows) {
                double total = row.stream().mapToDouble(Panel::entryWidth).sum() - 16;
                double x = (width - total) / 2;
                for (LegendEntry e : row) {
                    double mid = y + LINE_HEIGHT / 2;
                    if (e.bar()) {
                        svg.rect(x, mid - 5, 14, 10, e.color(), null);
                    } else {
                        if (e.line()) {
                            svg.line(x, mid, x + 14, mid, e.color(), 2);
                        }
                        if (e.symbol()) {
                            svg.circle(x + 7, mid, 3, e.color(), null);
                        }
                    }
                    svg.text(x + 18, mid + LINE_HEIGHT * 0.3, "start", e.label(), TEXT);
                    x += entryWidth(e);
                }
                y += LINE_HEIGHT;
            }
            svg.endGroup();
        }

        private static List<String> wrap(String text, double maxWidth) {
            List<String> lines = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return lines;
            }
            int perLine = Math.max(10, (int) (maxWidth / (CHAR_WIDTH * 1.1)));
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
            return lines;
        }

        private static String hex(Color color) {
            return color == null ? "#000000" : SvgDocument.hex(color.getRGB());
        }
    }
}
