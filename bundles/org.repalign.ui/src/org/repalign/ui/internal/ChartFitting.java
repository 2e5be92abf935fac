package org.repalign.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;

/**
 * Keeps an SWTChart chart readable when its view is small: a title wider than the chart is
 * shortened with an ellipsis (the whole title stays the chart's tooltip, so nothing is lost), the
 * legend moves from below the plot to its right when the chart is short, and the x axis title is
 * left out and the x tick labels get a smaller font when the chart is very short, so that the
 * plot keeps its height.
 */
public final class ChartFitting {

    /** Below this height (pixels) the legend moves to the right of the plot. */
    public static final int SHORT = 300;
    /** Below this height (pixels) the x axis title is left out. */
    public static final int VERY_SHORT = 240;

    private static final String FULL_TITLE = ChartFitting.class.getName() + ".title";
    private static final String NORMAL_TICK_FONT = ChartFitting.class.getName() + ".tickFont";
    private static final String SMALL_TICK_FONT = ChartFitting.class.getName() + ".smallTickFont";
    private static final int SMALL_TICK_POINTS = 7;

    private ChartFitting() {
    }

    /**
     * Adapts the chart to its size from now on.
     *
     * @param chart a chart
     */
    public static void apply(Chart chart) {
        Listener fit = (Event e) -> fit(chart);
        chart.addListener(SWT.Resize, fit);
    }

    /**
     * Sets the chart's title, shortened to the chart's width when needed.
     *
     * @param chart a chart made adaptive by {@link #apply}
     * @param title the whole title
     */
    public static void setTitle(Chart chart, String title) {
        chart.setData(FULL_TITLE, title);
        fit(chart);
    }

    /**
     * @param chart a chart
     * @return the whole title, as set with {@link #setTitle}, else the chart's title
     */
    public static String fullTitle(Chart chart) {
        return chart.getData(FULL_TITLE) instanceof String title ? title : chart.getTitle().getText();
    }

    private static void fit(Chart chart) {
        if (chart.isDisposed()) {
            return;
        }
        int width = chart.getSize().x;
        int height = chart.getSize().y;
        if (width <= 0 || height <= 0) {
            if (chart.getData(FULL_TITLE) instanceof String title) {
                chart.getTitle().setText(title);
            }
            return;
        }
        int legend = height < SHORT ? SWT.RIGHT : SWT.BOTTOM;
        if (chart.getLegend().getPosition() != legend) {
            chart.getLegend().setPosition(legend);
        }
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(height >= VERY_SHORT);
        tickFont(chart, height < VERY_SHORT);
        String full = fullTitle(chart);
        String shown = shorten(chart, full, width - 16);
        if (!shown.equals(chart.getTitle().getText())) {
            chart.getTitle().setText(shown);
        }
        String tip = shown.equals(full) ? null : full;
        if (!java.util.Objects.equals(tip, chart.getToolTipText())) {
            chart.setToolTipText(tip);
        }
        chart.redraw();
    }

    private static void tickFont(Chart chart, boolean small) {
        org.eclipse.swtchart.IAxis x = chart.getAxisSet().getXAxis(0);
        if (chart.getData(NORMAL_TICK_FONT) == null) {
            chart.setData(NORMAL_TICK_FONT, x.getTick().getFont());
        }
        org.eclipse.swt.graphics.Font font = (org.eclipse.swt.graphics.Font) chart.getData(NORMAL_TICK_FONT);
        if (small) {
            if (chart.getData(SMALL_TICK_FONT) == null) {
                org.eclipse.swt.graphics.FontData data = font.getFontData()[0];
                org.eclipse.swt.graphics.Font created = new org.eclipse.swt.graphics.Font(chart.getDisplay(),
                        data.getName(), Math.min(SMALL_TICK_POINTS, data.getHeight()), data.getStyle());
                chart.setData(SMALL_TICK_FONT, created);
                chart.addDisposeListener(e -> created.dispose());
            }
            font = (org.eclipse.swt.graphics.Font) chart.getData(SMALL_TICK_FONT);
        }
        if (x.getTick().getFont() != font) {
            x.getTick().setFont(font);
        }
    }

    private static String shorten(Chart chart, String text, int width) {
        Shell shell = chart.getShell();
        GC gc = new GC(shell);
        try {
            gc.setFont(chart.getTitle().getFont());
            if (text.isEmpty() || gc.textExtent(text).x <= width) {
                return text;
            }
            for (int end = text.length() - 1; end > 0; end--) {
                String candidate = text.substring(0, end).stripTrailing() + "\u2026";
                if (gc.textExtent(candidate).x <= width) {
                    return candidate;
                }
            }
            return "\u2026";
        } finally {
            gc.dispose();
        }
    }
}
