package org.repalign.ui.charts;

import java.util.Locale;
import java.util.function.ToIntFunction;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Geometry of one heatmap panel inside an area: title (one or more lines), row labels left,
 * column labels below with a line for a note under them (labels thinned, values too small to
 * print), cells, and the colour legend to the right. Cells are at least square, and wider when
 * the width allows their column label and values, while a square cell is at least
 * {@value #MIN_CELL} pixels and a line of text high; a map with many rows or columns gets narrower or flatter cells
 * instead (each side at least its share of the area), and labels that would overlap are
 * thinned to every k-th. Shared by the canvas, PNG and SVG output
 * so that all three draw the same picture.
 */
final class HeatmapLayout {

    static final int PAD = 8;
    static final int LEGEND_BAR = 16;
    static final int MIN_CELL = 16;
    /** Width in pixels of the outline of a marked cell. */
    static final int MARK_WIDTH = 3;

    final Rectangle area;
    final int lineHeight;
    final int gridX;
    final int gridY;
    final int cellWidth;
    final int cellHeight;
    final int rows;
    final int columns;
    final int legendX;
    final String[] titleLines;

    private HeatmapLayout(Rectangle area, int lineHeight, int gridX, int gridY, int cellWidth, int cellHeight,
            int rows, int columns, int legendX, String[] titleLines) {
        this.area = area;
        this.lineHeight = lineHeight;
        this.gridX = gridX;
        this.gridY = gridY;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.rows = rows;
        this.columns = columns;
        this.legendX = legendX;
        this.titleLines = titleLines;
    }

    static HeatmapLayout of(HeatmapData data, Rectangle area, ToIntFunction<String> textWidth, int lineHeight) {
        int labelWidth = 0;
        for (String label : data.rowLabels()) {
            labelWidth = Math.max(labelWidth, textWidth.applyAsInt(label));
        }
        int legendLabels = Math.max(textWidth.applyAsInt(format(data.scale().min())),
                textWidth.applyAsInt(format(data.scale().max())));
        int legendWidth = PAD * 2 + LEGEND_BAR + legendLabels + PAD;
        String[] titleLines = data.title().split("\n");
        int gridX = area.x + PAD + labelWidth + PAD;
        int gridY = area.y + PAD + titleLines.length * lineHeight + PAD;
        int width = area.x + area.width - legendWidth - gridX;
        // below the cells: a line of column labels and a line for the note
        int height = area.y + area.height - (2 * lineHeight + PAD) - gridY;
        int rows = Math.max(1, data.rows());
        int columns = Math.max(1, data.columns());
        int across = Math.max(1, width / columns);
        int down = Math.max(1, height / rows);
        int square = Math.min(across, down);
        // a row is at least a line of text high when the area allows
        int minimum = Math.max(MIN_CELL, lineHeight + 4);
        // wider than high when the width allows, so that column labels and values fit
        int preferred = preferredCellWidth(data, textWidth);
        int cellWidth = square >= minimum ? Math.max(square, Math.min(across, preferred))
                : Math.min(across, Math.max(square, minimum));
        int cellHeight = square >= minimum ? square : Math.min(down, Math.max(square, minimum));
        return new HeatmapLayout(area, lineHeight, gridX, gridY, cellWidth, cellHeight, data.rows(), data.columns(),
                gridX + cellWidth * columns + PAD * 2, titleLines);
    }

    /** The width a cell needs for its column's label and the widest value. */
    private static int preferredCellWidth(HeatmapData data, ToIntFunction<String> textWidth) {
        int widest = 0;
        for (String label : data.columnLabels()) {
            widest = Math.max(widest, textWidth.applyAsInt(label));
        }
        String longest = "";
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                String text = format(data.value(r, c));
                if (text.length() > longest.length()) {
                    longest = text;
                }
            }
        }
        return Math.max(widest, textWidth.applyAsInt(longest)) + 8 + markMargin(data);
    }

    /**
     * @param data a map
     * @return the pixels a cell's value keeps clear on both sides together for the outline of a
     *         marked cell, 0 when the map marks none
     */
    /** Pixels between the diagonal lines of a hatched cell. */
    static final int HATCH_STEP = 6;

    /**
     * The diagonal lines (lower left to upper right) that hatch a cell, clipped to it, so that the
     * window and the SVG export draw the same lines.
     *
     * @param cell the cell
     * @return per line {x1, y1, x2, y2}
     */
    static java.util.List<int[]> hatchLines(Rectangle cell) {
        java.util.List<int[]> lines = new java.util.ArrayList<>();
        int w = cell.width;
        int h = cell.height;
        for (int k = HATCH_STEP / 2; k < w + h; k += HATCH_STEP) {
            // the line x + y = k inside [0, w] × [0, h]
            int startX = Math.max(0, k - h);
            int endX = Math.min(w, k);
            if (endX > startX) {
                lines.add(new int[] { cell.x + startX, cell.y + k - startX, cell.x + endX, cell.y + k - endX });
            }
        }
        return lines;
    }

    static int markMargin(HeatmapData data) {
        return data.marked() == null ? 0 : 2 * (MARK_WIDTH / 2 + 1);
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

    /** @return the baseline-free top y of the note line, under the column labels */
    int noteY() {
        return gridY + gridHeight() + 2 + lineHeight;
    }

    /**
     * What the picture leaves out, said under the map so that nothing is dropped silently.
     *
     * @param rowStep       every how many rows a label is drawn
     * @param columnStep    every how many columns a label is drawn
     * @param valuesPrinted whether the cells show their values
     * @return the note, or an empty text when every label and value is drawn
     */
    static String note(int rowStep, int columnStep, boolean valuesPrinted) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (columnStep > 1) {
            parts.add("every " + ordinal(columnStep) + " column labelled");
        }
        if (rowStep > 1) {
            parts.add("every " + ordinal(rowStep) + " row labelled");
        }
        if (!valuesPrinted) {
            parts.add("cells too small for their values");
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + "; hover shows each cell";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
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
