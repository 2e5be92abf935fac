package org.repalign.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws a heatmap panel on a {@link GC}: on screen and into images. Cell values are printed in
 * every cell or in none: the font shrinks (down to {@value #SMALLEST_VALUE_FONT} pt) until the
 * widest value fits, so that no value (a negative one is the widest) silently goes missing; when
 * even the smallest font does not fit, the note under the map says so.
 */
final class HeatmapPainter {

    /** The smallest font size, in points, that cell values are printed in. */
    static final int SMALLEST_VALUE_FONT = 6;

    private static final Color BLACK = new Color(0, 0, 0);
    private static final Color WHITE = new Color(255, 255, 255);
    private static final Color GREY = new Color(90, 90, 90);

    private HeatmapPainter() {
    }

    static HeatmapLayout layout(GC gc, HeatmapData data, Rectangle area) {
        return HeatmapLayout.of(data, area, text -> gc.textExtent(text).x, gc.getFontMetrics().getHeight());
    }

    /**
     * @param gc     a GC with the panel's font
     * @param data   the map
     * @param layout its layout
     * @return the font size in points that every cell value fits in, or 0 when none fits
     */
    static int valueFontSize(GC gc, HeatmapData data, HeatmapLayout layout) {
        String widest = "";
        int widestWidth = 0;
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                String text = HeatmapLayout.format(data.value(r, c));
                int width = text.isEmpty() ? 0 : gc.textExtent(text).x;
                if (width > widestWidth) {
                    widest = text;
                    widestWidth = width;
                }
            }
        }
        if (widest.isEmpty()) {
            return 0;
        }
        Font original = gc.getFont();
        FontData base = original.getFontData()[0];
        try {
            for (int size = base.getHeight(); size >= SMALLEST_VALUE_FONT; size--) {
                int width;
                int height;
                if (size == base.getHeight()) {
                    width = widestWidth;
                    height = gc.getFontMetrics().getHeight();
                } else {
                    Font smaller = new Font(gc.getDevice(), base.getName(), size, base.getStyle());
                    try {
                        gc.setFont(smaller);
                        width = gc.textExtent(widest).x;
                        height = gc.getFontMetrics().getHeight();
                    } finally {
                        gc.setFont(original);
                        smaller.dispose();
                    }
                }
                int margin = HeatmapLayout.markMargin(data);
                if (width + 4 + margin <= layout.cellWidth && height + 2 + margin <= layout.cellHeight) {
                    return size;
                }
            }
            return 0;
        } finally {
            gc.setFont(original);
        }
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
        for (int line = 0; line < layout.titleLines.length; line++) {
            gc.drawText(layout.titleLines[line], area.x + HeatmapLayout.PAD,
                    area.y + HeatmapLayout.PAD + line * layout.lineHeight, true);
        }
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                Rectangle cell = layout.cell(r, c);
                gc.setBackground(new Color(data.scale().color(data.value(r, c))));
                gc.fillRectangle(cell);
            }
        }
        paintHatches(gc, data, layout);
        int valueSize = valueFontSize(gc, data, layout);
        if (valueSize > 0) {
            paintValues(gc, data, layout, valueSize);
        }
        int[] marked = data.marked();
        if (marked != null) {
            paintMark(gc, layout.cell(marked[0], marked[1]));
        }
        gc.setForeground(BLACK);
        int rowStep = layout.rowLabelStep();
        for (int r = 0; r < data.rows(); r += rowStep) {
            String label = data.rowLabels().get(r);
            Rectangle cell = layout.cell(r, 0);
            gc.drawText(label, cell.x - HeatmapLayout.PAD - gc.textExtent(label).x,
                    cell.y + (cell.height - layout.lineHeight) / 2, true);
        }
        int widest = data.columnLabels().stream().mapToInt(label -> gc.textExtent(label).x).max().orElse(0);
        int columnStep = layout.columnLabelStep(widest);
        for (int c = 0; c < data.columns(); c += columnStep) {
            String label = data.columnLabels().get(c);
            Rectangle cell = layout.cell(data.rows() - 1, c);
            gc.drawText(label, cell.x + (cell.width - gc.textExtent(label).x) / 2, cell.y + cell.height + 2, true);
        }
        String note = HeatmapLayout.note(rowStep, columnStep, valueSize > 0);
        if (!note.isEmpty()) {
            gc.setForeground(GREY);
            gc.drawText(note, layout.gridX, layout.noteY(), true);
        }
        paintLegend(gc, data.scale(), layout);
    }

    /**
     * Outlines a cell: a black frame {@value HeatmapLayout#MARK_WIDTH} pixels wide on its border
     * with a white line around it, readable on every colour and on cells of a few pixels.
     */
    private static void paintMark(GC gc, Rectangle cell) {
        int width = gc.getLineWidth();
        try {
            gc.setLineWidth(1);
            gc.setForeground(WHITE);
            int white = HeatmapLayout.MARK_WIDTH / 2 + 1;
            gc.drawRectangle(cell.x - white, cell.y - white, cell.width + 2 * white - 1, cell.height + 2 * white - 1);
            gc.setForeground(BLACK);
            gc.setLineWidth(HeatmapLayout.MARK_WIDTH);
            gc.drawRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
        } finally {
            gc.setLineWidth(width);
        }
    }

    /** Hatches the flagged cells with grey diagonal lines, readable on every colour. */
    private static void paintHatches(GC gc, HeatmapData data, HeatmapLayout layout) {
        int width = gc.getLineWidth();
        try {
            gc.setLineWidth(1);
            gc.setForeground(GREY);
            for (int r = 0; r < data.rows(); r++) {
                for (int c = 0; c < data.columns(); c++) {
                    if (data.isHatched(r, c)) {
                        for (int[] line : HeatmapLayout.hatchLines(layout.cell(r, c))) {
                            gc.drawLine(line[0], line[1], line[2], line[3]);
                        }
                    }
                }
            }
        } finally {
            gc.setLineWidth(width);
        }
    }

    private static void paintValues(GC gc, HeatmapData data, HeatmapLayout layout, int size) {
        Font original = gc.getFont();
        FontData base = original.getFontData()[0];
        Font font = size == base.getHeight() ? null : new Font(gc.getDevice(), base.getName(), size, base.getStyle());
        try {
            if (font != null) {
                gc.setFont(font);
            }
            int height = gc.getFontMetrics().getHeight();
            for (int r = 0; r < data.rows(); r++) {
                for (int c = 0; c < data.columns(); c++) {
                    String text = HeatmapLayout.format(data.value(r, c));
                    if (text.isEmpty()) {
                        continue;
                    }
                    Rectangle cell = layout.cell(r, c);
                    RGB rgb = data.scale().color(data.value(r, c));
                    gc.setForeground(HeatmapLayout.darkTextOn(rgb) ? BLACK : WHITE);
                    gc.drawText(text, cell.x + (cell.width - gc.textExtent(text).x) / 2,
                            cell.y + (cell.height - height) / 2, true);
                }
            }
        } finally {
            gc.setFont(original);
            if (font != null) {
                font.dispose();
            }
        }
    }

    private static void paintLegend(GC gc, ColorScale scale, HeatmapLayout layout) {
        int height = layout.gridHeight();
        int x = layout.legendX;
        for (int i = 0; i < height; i++) {
            double t = height == 1 ? 1 : 1 - (double) i / (height - 1);
            gc.setForeground(new Color(scale.color(scale.bottom() + t * (scale.top() - scale.bottom()))));
            gc.drawLine(x, layout.gridY + i, x + HeatmapLayout.LEGEND_BAR - 1, layout.gridY + i);
        }
        gc.setForeground(GREY);
        gc.drawRectangle(x, layout.gridY, HeatmapLayout.LEGEND_BAR - 1, Math.max(0, height - 1));
        gc.setForeground(BLACK);
        int labelX = x + HeatmapLayout.LEGEND_BAR + 4;
        gc.drawText(HeatmapLayout.format(scale.top()), labelX, layout.gridY, true);
        gc.drawText(HeatmapLayout.format(scale.bottom()), labelX, layout.gridY + height - layout.lineHeight, true);
        if (scale.diverging()) {
            gc.drawText("0", labelX, layout.gridY + (height - layout.lineHeight) / 2, true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }
}
