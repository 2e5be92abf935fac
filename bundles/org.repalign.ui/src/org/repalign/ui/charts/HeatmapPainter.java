package org.repalign.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/** Draws a heatmap panel on a {@link GC}: on screen and into images. */
final class HeatmapPainter {

    private static final Color BLACK = new Color(0, 0, 0);
    private static final Color WHITE = new Color(255, 255, 255);
    private static final Color GREY = new Color(90, 90, 90);

    private HeatmapPainter() {
    }

    static HeatmapLayout layout(GC gc, HeatmapData data, Rectangle area) {
        return HeatmapLayout.of(data, area, text -> gc.textExtent(text).x, gc.getFontMetrics().getHeight());
    }

    static void paint(GC gc, HeatmapData data, Rectangle area, String emptyMessage) {
        gc.setBackground(WHITE);
        gc.fillRectangle(area);
        gc.setForeground(BLACK);
        if (data == null) {
            gc.drawText(emptyMessage, area.x + HeatmapLayout.PAD, area.y + HeatmapLayout.PAD, true);
            return;
        }
        HeatmapLayout layout = layout(gc, data, area);
        gc.drawText(data.title(), area.x + HeatmapLayout.PAD, area.y + HeatmapLayout.PAD, true);
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                Rectangle cell = layout.cell(r, c);
                RGB rgb = data.scale().color(data.value(r, c));
                gc.setBackground(new Color(rgb));
                gc.fillRectangle(cell);
                String text = HeatmapLayout.format(data.value(r, c));
                int width = gc.textExtent(text).x;
                if (!text.isEmpty() && width + 4 <= cell.width && layout.lineHeight + 2 <= cell.height) {
                    gc.setForeground(HeatmapLayout.darkTextOn(rgb) ? BLACK : WHITE);
                    gc.drawText(text, cell.x + (cell.width - width) / 2, cell.y + (cell.height - layout.lineHeight) / 2,
                            true);
                }
            }
        }
        gc.setForeground(BLACK);
        for (int r = 0; r < data.rows(); r += layout.rowLabelStep()) {
            String label = data.rowLabels().get(r);
            Rectangle cell = layout.cell(r, 0);
            gc.drawText(label, cell.x - HeatmapLayout.PAD - gc.textExtent(label).x,
                    cell.y + (cell.height - layout.lineHeight) / 2, true);
        }
        int widest = data.columnLabels().stream().mapToInt(label -> gc.textExtent(label).x).max().orElse(0);
        for (int c = 0; c < data.columns(); c += layout.columnLabelStep(widest)) {
            String label = data.columnLabels().get(c);
            Rectangle cell = layout.cell(data.rows() - 1, c);
            gc.drawText(label, cell.x + (cell.width - gc.textExtent(label).x) / 2, cell.y + cell.height + 2, true);
        }
        paintLegend(gc, data.scale(), layout);
    }

    private static void paintLegend(GC gc, ColorScale scale, HeatmapLayout layout) {
        int height = layout.gridHeight();
        int x = layout.legendX;
        for (int i = 0; i < height; i++) {
            double t = height == 1 ? 1 : 1 - (double) i / (height - 1);
            gc.setForeground(new Color(scale.color(scale.min() + t * (scale.max() - scale.min()))));
            gc.drawLine(x, layout.gridY + i, x + HeatmapLayout.LEGEND_BAR - 1, layout.gridY + i);
        }
        gc.setForeground(GREY);
        gc.drawRectangle(x, layout.gridY, HeatmapLayout.LEGEND_BAR - 1, Math.max(0, height - 1));
        gc.setForeground(BLACK);
        int labelX = x + HeatmapLayout.LEGEND_BAR + 4;
        gc.drawText(HeatmapLayout.format(scale.max()), labelX, layout.gridY, true);
        gc.drawText(HeatmapLayout.format(scale.min()), labelX, layout.gridY + height - layout.lineHeight, true);
        if (scale.diverging()) {
            gc.drawText("0", labelX, layout.gridY + (height - layout.lineHeight) / 2, true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }
}
