package org.repalign.example.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.repalign.ui.results.ResultTableFile;
import org.repalign.ui.results.ResultViewer;

/**
 * Shows the table {@code dimension} of the example analysis as horizontal bars, one per source,
 * labelled with the participation ratio; sources without a value are listed without a bar.
 */
public final class EffectiveDimensionViewer implements ResultViewer {

    /** One bar. */
    public record Bar(String source, double ratio) {
    }

    private Canvas canvas;
    private List<Bar> bars = List.of();

    /** A viewer for the extension registry. */
    public EffectiveDimensionViewer() {
    }

    @Override
    public Control createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> paint(event.gc, canvas.getClientArea()));
        return canvas;
    }

    @Override
    public void show(ResultTableFile table) {
        List<Bar> read = new ArrayList<>();
        if (table != null) {
            int source = table.column("source");
            for (int row = 0; row < table.rows().size(); row++) {
                read.add(new Bar(table.rows().get(row).get(source), table.number(row, "participation_ratio")));
            }
        }
        bars = List.copyOf(read);
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** @return the bars shown */
    public List<Bar> bars() {
        return bars;
    }

    private void paint(GC gc, Rectangle area) {
        if (bars.isEmpty()) {
            return;
        }
        double max = bars.stream().mapToDouble(Bar::ratio).filter(Double::isFinite).max().orElse(1);
        int labelWidth = 0;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, gc.textExtent(bar.source()).x);
        }
        int lineHeight = gc.textExtent("Ag").y;
        int barHeight = Math.max(lineHeight, Math.min(28, (area.height - 8) / bars.size() - 4));
        int left = labelWidth + 12;
        int width = Math.max(10, area.width - left - 70);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        int y = 4;
        for (Bar bar : bars) {
            gc.drawText(bar.source(), 4, y + (barHeight - lineHeight) / 2, true);
            if (Double.isFinite(bar.ratio())) {
                int length = (int) Math.round(width * bar.ratio() / max);
                gc.fillRectangle(left, y, length, barHeight);
                String label = String.format(Locale.ROOT, "%.2f", bar.ratio());
                Point extent = gc.textExtent(label);
                gc.drawText(label, left + length + 4, y + (barHeight - extent.y) / 2, true);
            } else {
                gc.drawText("no variance", left, y + (barHeight - lineHeight) / 2, true);
            }
            y += barHeight + 4;
        }
    }
}
