package org.repalign.ui.internal;

import java.util.Collection;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swtchart.Chart;

/** Small helpers the result views share for their choice lists and charts. */
public final class Combos {

    private Combos() {
    }

    /**
     * Replaces a read-only combo's items, keeps the chosen item when it is still offered (else
     * chooses the first), and lays the combo's row out again for the new widths.
     *
     * @param combo the combo
     * @param items the new items
     */
    public static void refill(Combo combo, Collection<String> items) {
        String chosen = combo.getText();
        combo.setItems(items.toArray(String[]::new));
        if (!items.isEmpty()) {
            combo.select(Math.max(0, combo.indexOf(chosen)));
        }
        combo.getParent().layout(true, true);
    }

    /**
     * Deletes series from a chart when they are there.
     *
     * @param chart the chart
     * @param ids   series ids
     */
    public static void deleteSeries(Chart chart, String... ids) {
        for (String id : ids) {
            if (chart.getSeriesSet().getSeries(id) != null) {
                chart.getSeriesSet().deleteSeries(id);
            }
        }
    }
}
