package org.repalign.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Table;

/**
 * Shares a vertical sash between charts (above) and a table (below) so that both stay usable
 * in small windows: the charts get two thirds but at least {@value #MIN_CHARTS} pixels, the
 * table at least its header and {@value #MIN_TABLE_ROWS} row (it scrolls); when the view is too
 * short for both, the charts get what is left over the table's minimum, never less than half. Applied
 * whenever the sash changes size (dragging the sash still works in between).
 */
public final class ChartTableSplit {

    /** The height, in pixels, the charts keep whenever the view allows. */
    public static final int MIN_CHARTS = 240;
    /** The table rows that stay visible under the charts. */
    public static final int MIN_TABLE_ROWS = 1;

    private ChartTableSplit() {
    }

    /**
     * @param sash  a vertical sash holding the charts first and the table second
     * @param table the table
     */
    public static void apply(SashForm sash, Table table) {
        sash.addListener(SWT.Resize, e -> split(sash, table));
    }

    private static void split(SashForm sash, Table table) {
        int height = sash.getClientArea().height;
        if (height <= 0 || sash.getChildren().length < 2) {
            return;
        }
        int[] weights = weights(height, table.getHeaderHeight() + MIN_TABLE_ROWS * table.getItemHeight() + 8);
        sash.setWeights(weights);
    }

    /**
     * @param height   the sash's height
     * @param tableMin the table's minimum height
     * @return the heights of the charts and the table
     */
    static int[] weights(int height, int tableMin) {
        int charts = Math.max(MIN_CHARTS, height * 2 / 3);
        if (height - charts < tableMin) {
            charts = Math.max(height / 2, height - tableMin);
        }
        return new int[] { Math.max(1, charts), Math.max(1, height - charts) };
    }
}
