package org.repalign.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.repalign.ui.internal.AtomicFiles;

/**
 * Writes heatmap panels, side by side, as PNG (drawn as on screen), SVG (rectangles and text,
 * one {@code <title>} per cell) and CSV (the numbers shown, one line per cell: panel, row,
 * column, value; full precision, empty when undefined). Files are written atomically.
 */
public final class HeatmapExport {

    private HeatmapExport() {
    }

    /**
     * @param file   target file
     * @param panels the heatmaps, left to right
     * @param width  width of one panel in pixels
     * @param height height of the panels in pixels
     * @throws IOException when writing fails
     */
    public static void writePng(Path file, List<HeatmapData> panels, int width, int height) throws IOException {
        Display display = Display.getCurrent();
        Image image = new Image(display, width * panels.size(), height);
        ImageData data;
        try {
            GC gc = new GC(image);
            try {
                for (int p = 0; p < panels.size(); p++) {
                    HeatmapPainter.paint(gc, panels.get(p), new Rectangle(p * width, 0, width, height), "");
                }
            } finally {
                gc.dispose();
            }
            data = image.getImageData();
        } finally {
            image.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        AtomicFiles.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    /**
     * @param file   target file
     * @param panels the heatmaps, left to right
     * @param width  width of one panel
     * @param height height of the panels
     * @throws IOException when writing fails
     */
    public static void writeSvg(Path file, List<HeatmapData> panels, int width, int height) throws IOException {
        AtomicFiles.writeText(file, svg(panels, width, height));
    }

    /**
     * @param file   target file
     * @param panels the heatmaps
     * @throws IOException when writing fails
     */
    public static void writeCsv(Path file, List<HeatmapData> panels) throws IOException {
        AtomicFiles.writeText(file, csv(panels));
    }

    /**
     * @param panels the heatmaps
     * @return CSV with header {@code panel,row,column,value}, one line per cell
     */
    public static String csv(List<HeatmapData> panels) {
        StringBuilder out = new StringBuilder("panel,row,column,value\n");
        for (HeatmapData data : panels) {
            for (int r = 0; r < data.rows(); r++) {
                for (int c = 0; c < data.columns(); c++) {
                    double v = data.value(r, c);
                    out.append(Csv.cell(data.title())).append(',').append(Csv.cell(data.rowLabels().get(r))).append(',')
                            .append(Csv.cell(data.columnLabels().get(c))).append(',')
                            .append(Double.isNaN(v) ? "" : Double.toString(v)).append('\n');
                }
            }
        }
        return out.toString();
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
            StringBuilder svg = new StringBuilder();
            int total = width * panels.size();
            svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(total).append("\" height=\"")
                    .append(height).append("\" viewBox=\"0 0 ").append(total).append(' ').append(height)
                    .append("\" font-family=\"sans-serif\" font-size=\"").append(fontSize).append("pt\">\n");
            svg.append("<rect x=\"0\" y=\"0\" width=\"").append(total).append("\" height=\"").append(height)
                    .append("\" fill=\"#ffffff\"/>\n");
            for (int p = 0; p < panels.size(); p++) {
                panel(svg, gc, panels.get(p), new Rectangle(p * width, 0, width, height), p);
            }
            svg.append("</svg>\n");
            return svg.toString();
        } finally {
            gc.dispose();
            scratch.dispose();
        }
    }

    private static void panel(StringBuilder svg, GC gc, HeatmapData data, Rectangle area, int index) {
        HeatmapLayout layout = HeatmapPainter.layout(gc, data, area);
        int ascent = gc.getFontMetrics().getAscent();
        text(svg, area.x + HeatmapLayout.PAD, area.y + HeatmapLayout.PAD + ascent, "start", data.title(), "#000000");
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                Rectangle cell = layout.cell(r, c);
                RGB rgb = data.scale().color(data.value(r, c));
                svg.append("<rect x=\"").append(cell.x).append("\" y=\"").append(cell.y).append("\" width=\"")
                        .append(cell.width).append("\" height=\"").append(cell.height).append("\" fill=\"")
                        .append(hex(rgb)).append("\"><title>")
                        .append(escape(data.rowLabels().get(r) + " \u00d7 " + data.columnLabels().get(c) + ": "
                                + data.quantity() + " = " + HeatmapLayout.format(data.value(r, c))))
                        .append("</title></rect>\n");
                String value = HeatmapLayout.format(data.value(r, c));
                if (!value.isEmpty() && gc.textExtent(value).x + 4 <= cell.width && layout.lineHeight + 2 <= cell.height) {
                    text(svg, cell.x + cell.width / 2, cell.y + (cell.height - layout.lineHeight) / 2 + ascent, "middle",
                            value, HeatmapLayout.darkTextOn(rgb) ? "#000000" : "#ffffff");
                }
            }
        }
        for (int r = 0; r < data.rows(); r++) {
            Rectangle cell = layout.cell(r, 0);
            text(svg, cell.x - HeatmapLayout.PAD, cell.y + (cell.height - layout.lineHeight) / 2 + ascent, "end",
                    data.rowLabels().get(r), "#000000");
        }
        for (int c = 0; c < data.columns(); c++) {
            Rectangle cell = layout.cell(data.rows() - 1, c);
            text(svg, cell.x + cell.width / 2, cell.y + cell.height + 2 + ascent, "middle", data.columnLabels().get(c),
                    "#000000");
        }
        ColorScale scale = data.scale();
        String id = "legend" + index;
        svg.append("<defs><linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\n");
        for (int s = 0; s <= 10; s++) {
            double t = s / 10.0;
            svg.append("<stop offset=\"").append(String.format(Locale.ROOT, "%.1f", t)).append("\" stop-color=\"")
                    .append(hex(scale.color(scale.min() + t * (scale.max() - scale.min())))).append("\"/>\n");
        }
        svg.append("</linearGradient></defs>\n");
        int height = layout.gridHeight();
        svg.append("<rect x=\"").append(layout.legendX).append("\" y=\"").append(layout.gridY).append("\" width=\"")
                .append(HeatmapLayout.LEGEND_BAR).append("\" height=\"").append(height).append("\" fill=\"url(#")
                .append(id).append(")\" stroke=\"#5a5a5a\"/>\n");
        int labelX = layout.legendX + HeatmapLayout.LEGEND_BAR + 4;
        text(svg, labelX, layout.gridY + ascent, "start", HeatmapLayout.format(scale.max()), "#000000");
        text(svg, labelX, layout.gridY + height - layout.lineHeight + ascent, "start", HeatmapLayout.format(scale.min()),
                "#000000");
        if (scale.diverging()) {
            text(svg, labelX, layout.gridY + (height - layout.lineHeight) / 2 + ascent, "start", "0", "#000000");
        }
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String text, String fill) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>\n");
    }

    private static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
