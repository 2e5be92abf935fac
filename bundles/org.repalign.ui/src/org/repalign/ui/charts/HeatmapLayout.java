package org.repalign.ui.charts;

import java.util.Locale;
import java.util.function.ToIntFunction;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Geometry of one heatmap panel inside an area: title, row labels left, column labels below,
 * cells, and the colour legend to the right. Cells are square while a square cell is at least
 * {@value #MIN_CELL} pixels and a line of text high; a map with many rows or columns gets narrower or flatter cells
 * instead (each side at least its share of the area), and labels that would overlap are
 * thinned to every k-th. Shared by the canvas, PNG and SVG output
 * so that all three draw the same picture.
 */
final class HeatmapLayout {

    static final int PAD = 8;
    static final int LEGEND_BAR = 16;
    static final int MIN_CELL = 16;

    final Rectangle area;
    final int lineHeight;
    final int gridX;
    final int gridY;
    final int cellWidth;
    final int cellHeight;
    final int rows;
    final int columns;
    final int legendX;

    private HeatmapLayout(Rectangle area, int lineHeight, int gridX, int gridY, int cellWidth, int cellHeight,
            int rows, int columns, int legendX) {
        this.area = area;
        this.lineHeight = lineHeight;
        this.gridX = gridX;
        this.gridY = gridY;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.rows = rows;
        this.columns = columns;
        this.legendX = legendX;
    }

    static HeatmapLayout of(HeatmapData data, Rectangle area, ToIntFunction<String> textWidth, int lineHeight) {
        int labelWidth = 0;
        for (String label : data.rowLabels()) {
            labelWidth = Math.max(labelWidth, textWidth.applyAsInt(label));
        }
        int legendLabels = Math.max(textWidth.applyAsInt(format(data.scale().min())),
                textWidth.applyAsInt(format(data.scale().max())));
        int legendWidth = PAD * 2 + LEGEND_BAR + legendLabels + PAD;
        int gridX = area.x + PAD + labelWidth + PAD;
        int gridY = area.y + PAD + lineHeight + PAD;
        int width = area.x + area.width - legendWidth - gridX;
        int height = area.y + area.height - (lineHeight + PAD) - gridY;
        int rows = Math.max(1, data.rows());
        int columns = Math.max(1, data.columns());
        int across = Math.max(1, width / columns);
        int down = Math.max(1, height / rows);
        int square = Math.min(across, down);
        // a row is at least a line of text high when the area allows
        int minimum = Math.max(MIN_CELL, lineHeight + 4);
        int cellWidth = square >= minimum ? square : Math.min(across, Math.max(square, minimum));
        int cellHeight = square >= minimum ? square : Math.min(down, Math.max(square, minimum));
        return new HeatmapLayout(area, lineHeight, gridX, gridY, cellWidth, cellHeight, data.rows(), data.columns(),
                gridX + cellWidth * columns + PAD * 2);
    }

    /** @return the bounds of a cell */
    Rectangle cell(int row, int column) {
        return new Rectangle(gridX + column * cellWidth, gridY + row * cellHeight, cellWidth, cellHeight);
    }

    /** @return k such that every k-th row label is drawn without overlapping its neighbours */
    int rowLabelStep() {
        return Math.max(1, (lineHeight + cellHeight - 1) / cellHeight);
    }

    /**
     * @param widestLabel the width of the widest column label
     * @return k such that every k-th column label is drawn without overlapping its neighbours
     */
    int columnLabelStep(int widestLabel) {
        return Math.max(1, (widestLabel + 4 + cellWidth - 1) / cellWidth);
    }

    /** @return row and column at a point, or null outside the cells */
    int[] cellAt(int x, int y) {
        if (x < gridX || y < gridY) {
            return null;
        }
        int column = (x - gridX) / cellWidth;
        int row = (y - gridY) / cellHeight;
        return row < rows && column < columns ? new int[] { row, column } : null;
    }

    int gridHeight() {
        return cellHeight * rows;
    }

    /**
     * @param value a value
     * @return its short text in cells and legends: three decimals, scientific for tiny magnitudes, empty for NaN
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 0.001 || magnitude >= 10000)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** @return whether black text is readable on the colour (otherwise white) */
    static boolean darkTextOn(org.eclipse.swt.graphics.RGB rgb) {
        return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue > 140;
    }
}
