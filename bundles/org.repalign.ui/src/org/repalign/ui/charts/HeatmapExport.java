package org.repalign.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.PngImages;

/**
 * Writes heatmap panels, side by side, as PNG (drawn as on screen) and SVG (rectangles and text,
 * one {@code <title>} per cell). Files are written atomically. The matrix views export their
 * numbers as CSV in the tidy alignment schema ({@code org.repalign.ui.internal.AlignmentExport}).
 */
public final class HeatmapExport {

    private static final String BLACK = "#000000";
    /** The hatch lines, as {@link HeatmapPainter} draws them. */
    private static final String GREY = "#5a5a5a";

    private HeatmapExport() {
    }

    /**
     * @param shown    the size of a map on screen
     * @param fallback the size to use when the map is not laid out (a view never shown)
     * @return the size of one exported panel: the map's own when it is laid out (more than 100
     *         pixels each way), else the fallback
     */
    public static Point panelSize(Point shown, Point fallback) {
        return new Point(shown.x > 100 ? shown.x : fallback.x, shown.y > 100 ? shown.y : fallback.y);
    }

    /**
     * @param file   target file
     * @param panels the heatmaps, left to right
     * @param width  width of one panel in pixels
     * @param height height of the panels in pixels
     * @throws IOException when writing fails
     */
    public static void writePng(Path file, List<HeatmapData> panels, int width, int height) throws IOException {
        PngImages.write(file, Display.getCurrent(), width * panels.size(), height, gc -> {
            for (int p = 0; p < panels.size(); p++) {
                HeatmapPainter.paint(gc, panels.get(p), new Rectangle(p * width, 0, width, height), "");
            }
        });
    }

    /**
     * @param file   target file
     * @param panels the heatmaps, left to right
     * @param width  width of one panel
     * @param height height of the panels
     * @throws IOException when writing fails
     */
    public static void writeSvg(Path file, List<HeatmapData> panels, int width, int height) throws IOException {
        AtomicExportFile.writeText(file, svg(panels, width, height));
    }

    /**
     * @param panels the heatmaps, left to right
     * @param width  width of one panel
     * @param height height of the panels
     * @return the SVG document
     */
    public static String svg(List<HeatmapData> panels, int width, int height) {
        Display display = Display.getCurrent();
        Image scratch = new Image(display, 1, 1);
        GC gc = new GC(scratch);
        try {
            int fontSize = Math.max(8, gc.getFont().getFontData()[0].getHeight());
            SvgDocument svg = new SvgDocument(width * panels.size(), height, fontSize);
            for (int p = 0; p < panels.size(); p++) {
                panel(svg, gc, panels.get(p), new Rectangle(p * width, 0, width, height), p);
            }
            return svg.toString();
        } finally {
            gc.dispose();
            scratch.dispose();
        }
    }

    private static String spread(HeatmapData data, int row, int column) {
        double sd = data.spread(row, column);
        return Double.isNaN(sd) || Double.isNaN(data.value(row, column)) ? "" : " \u00b1 " + HeatmapLayout.format(sd);
    }

    private static void panel(SvgDocument svg, GC gc, HeatmapData data, Rectangle area, int index) {
        HeatmapLayout layout = HeatmapPainter.layout(gc, data, area);
        int ascent = gc.getFontMetrics().getAscent();
        for (int line = 0; line < layout.titleLines.length; line++) {
            svg.text(area.x + HeatmapLayout.PAD, area.y + HeatmapLayout.PAD + line * layout.lineHeight + ascent, "start",
                    layout.titleLines[line], BLACK);
        }
        int valueSize = HeatmapPainter.valueFontSize(gc, data, layout);
        String direction = data.direction().isEmpty() ? "" : " (" + data.direction() + ")";
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                Rectangle cell = layout.cell(r, c);
                RGB rgb = data.scale().color(data.value(r, c));
                String note = data.note(r, c);
                svg.rect(cell.x, cell.y, cell.width, cell.height, SvgDocument.hex(rgb), null, null,
                        data.rowLabels().get(r) + " \u00d7 " + data.columnLabels().get(c) + ": " + data.quantity()
                                + " = " + HeatmapLayout.format(data.value(r, c)) + spread(data, r, c) + direction
                                + (note == null || note.isEmpty() ? "" : "; " + note));
                String value = HeatmapLayout.format(data.value(r, c));
                if (!value.isEmpty() && valueSize > 0) {
                    svg.text(cell.x + cell.width / 2, cell.y + cell.height / 2 + valueSize * 0.45, "middle", value,
                            HeatmapLayout.darkTextOn(rgb) ? BLACK : "#ffffff", valueSize);
                }
            }
        }
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                if (data.isHatched(r, c)) {
                    for (int[] line : HeatmapLayout.hatchLines(layout.cell(r, c))) {
                        svg.polyline(new double[] { line[0], line[2] }, new double[] { line[1], line[3] }, GREY, 1,
                                null);
                    }
                }
            }
        }
        int[] marked = data.marked();
        if (marked != null) {
            Rectangle cell = layout.cell(marked[0], marked[1]);
            double white = HeatmapLayout.MARK_WIDTH / 2 + 1.5;
            svg.rect(cell.x - white, cell.y - white, cell.width + 2 * white, cell.height + 2 * white, "none", "#ffffff");
            double left = cell.x;
            double top = cell.y;
            double right = cell.x + cell.width;
            double bottom = cell.y + cell.height;
            svg.polyline(new double[] { left, right, right, left, left }, new double[] { top, top, bottom, bottom, top },
                    BLACK, HeatmapLayout.MARK_WIDTH, null);
        }
        int rowStep = layout.rowLabelStep();
        for (int r = 0; r < data.rows(); r += rowStep) {
            Rectangle cell = layout.cell(r, 0);
            svg.text(cell.x - HeatmapLayout.PAD, cell.y + (cell.height - layout.lineHeight) / 2 + ascent, "end",
                    data.rowLabels().get(r), BLACK);
        }
        int widest = data.columnLabels().stream().mapToInt(label -> gc.textExtent(label).x).max().orElse(0);
        int columnStep = layout.columnLabelStep(widest);
        for (int c = 0; c < data.columns(); c += columnStep) {
            Rectangle cell = layout.cell(data.rows() - 1, c);
            svg.text(cell.x + cell.width / 2, cell.y + cell.height + 2 + ascent, "middle", data.columnLabels().get(c),
                    BLACK);
        }
        String note = HeatmapLayout.note(rowStep, columnStep, valueSize > 0);
        if (!note.isEmpty()) {
            svg.text(layout.gridX, layout.noteY() + ascent, "start", note, "#5a5a5a");
        }
        ColorScale scale = data.scale();
        String id = "legend" + index;
        RGB[] stops = new RGB[11];
        for (int s = 0; s <= 10; s++) {
            stops[s] = scale.color(scale.bottom() + s / 10.0 * (scale.top() - scale.bottom()));
        }
        svg.verticalGradient(id, stops);
        int height = layout.gridHeight();
        svg.rect(layout.legendX, layout.gridY, HeatmapLayout.LEGEND_BAR, height, "url(#" + id + ")", "#5a5a5a");
        int labelX = layout.legendX + HeatmapLayout.LEGEND_BAR + 4;
        svg.text(labelX, layout.gridY + ascent, "start", HeatmapLayout.format(scale.top()), BLACK);
        svg.text(labelX, layout.gridY + height - layout.lineHeight + ascent, "start", HeatmapLayout.format(scale.bottom()),
                BLACK);
        if (scale.diverging()) {
            svg.text(labelX, layout.gridY + (height - layout.lineHeight) / 2 + ascent, "start", "0", BLACK);
        }
    }
}
