package org.repalign.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A heatmap widget: square cells coloured by a {@link ColorScale}, row labels on the left,
 * column labels below (thinned when they would overlap, with a note saying so), a colour legend
 * with its better end on top, the values in the cells when they fit (all of them, in a font
 * shrunk as far as needed, or none with a note), and the cell's labels, value and direction as a
 * tooltip on hover (with {@code ± sd} when the map has spreads). Empty cells (NaN) are grey; a
 * marked cell (such as the best one) is outlined.
 */
public class HeatmapCanvas extends Canvas {

    private HeatmapData data;
    private String emptyMessage = "No data";

    /**
     * @param parent the parent
     * @param style  SWT style bits
     */
    public HeatmapCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> HeatmapPainter.paint(e.gc, data, getClientArea(), emptyMessage));
        addListener(SWT.MouseMove, e -> {
            int[] cell = cellAt(e.x, e.y);
            String text = cell == null ? null : hoverText(cell[0], cell[1]);
            if (!java.util.Objects.equals(text, getToolTipText())) {
                setToolTipText(text);
            }
        });
        addListener(SWT.MouseExit, e -> setToolTipText(null));
    }

    /**
     * @param newData what to show, or null for nothing
     */
    public void setData(HeatmapData newData) {
        checkWidget();
        data = newData;
        setToolTipText(null);
        redraw();
    }

    /**
     * @param message text shown when there is no data
     */
    public void setEmptyMessage(String message) {
        checkWidget();
        emptyMessage = message;
        redraw();
    }

    /** @return the text shown when there is no data */
    public String getEmptyMessage() {
        return emptyMessage;
    }

    /** @return what is shown, or null */
    public HeatmapData getHeatmapData() {
        return data;
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the colour the cell is drawn with
     */
    public RGB cellColor(int row, int column) {
        return data.scale().color(data.value(row, column));
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the cell's tooltip: row and column labels, the quantity and its value (± its
     *         standard deviation when the map has one), which way it
     *         is better (when the map says), and the cell's note when there is one
     */
    public String hoverText(int row, int column) {
        String shown = data.valueText(row, column);
        String note = data.note(row, column);
        return data.rowLabels().get(row) + " \u00d7 " + data.columnLabels().get(column) + "\n" + data.quantity()
                + ": " + shown + (data.direction().isEmpty() ? "" : "\n" + data.direction())
                + (note == null || note.isEmpty() ? "" : "\n" + note);
    }

    /**
     * @return the note under the map (labels thinned, values not printed), or an empty text when
     *         every label and value is drawn
     */
    public String shownNote() {
        if (data == null) {
            return "";
        }
        GC gc = new GC(this);
        try {
            HeatmapLayout layout = HeatmapPainter.layout(gc, data, getClientArea());
            int widest = data.columnLabels().stream().mapToInt(label -> gc.textExtent(label).x).max().orElse(0);
            return HeatmapLayout.note(layout.rowLabelStep(), layout.columnLabelStep(widest),
                    HeatmapPainter.valueFontSize(gc, data, layout) > 0);
        } finally {
            gc.dispose();
        }
    }

    /**
     * @return the font size (points) of the values printed in the cells, 0 when the cells are too
     *         small for them (the note then says so)
     */
    public int valueFontSize() {
        if (data == null) {
            return 0;
        }
        GC gc = new GC(this);
        try {
            return HeatmapPainter.valueFontSize(gc, data, HeatmapPainter.layout(gc, data, getClientArea()));
        } finally {
            gc.dispose();
        }
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the cell's bounds in this widget
     */
    public Rectangle cellBounds(int row, int column) {
        GC gc = new GC(this);
        try {
            return HeatmapPainter.layout(gc, data, getClientArea()).cell(row, column);
        } finally {
            gc.dispose();
        }
    }

    /**
     * @param x widget x
     * @param y widget y
     * @return row and column of the cell at the point, or null
     */
    public int[] cellAt(int x, int y) {
        if (data == null) {
            return null;
        }
        GC gc = new GC(this);
        try {
            return HeatmapPainter.layout(gc, data, getClientArea()).cellAt(x, y);
        } finally {
            gc.dispose();
        }
    }
}
