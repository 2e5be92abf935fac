package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.junit.jupiter.api.Test;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.SequentialColorScale;

/**
 * Render-time benchmark, run by {@code releng/benchmark.sh ui} (its name keeps it out of the
 * test suite): the paint of a 30 × 30 {@link HeatmapCanvas} at 900 × 900 and of a 20,000-point
 * SWTChart scatter at 1000 × 700, each the median of 15 paints after 5 warm-up paints, against
 * a 200 ms target. A paint is timed from {@code redraw()} to the end of the widget's paint
 * listeners. The table goes to standard output and to the file named by the system property
 * {@code repalign.benchmark.out} (else {@code target/ui-benchmark.txt}).
 */
class UiRenderBenchmark {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 15;
    private static final double TARGET_MS = 200;

    @Test
    void renderTimes() throws Exception {
        Display display = Display.getCurrent();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-40s %12s %10s %8s", "render", "median (ms)", "target", "ratio"));
        lines.add(row("heatmap 30 x 30, HeatmapCanvas", heatmap(display)));
        lines.add(row("scatter 20,000 points, SWTChart", scatter(display)));
        String table = String.join("\n", lines) + "\n";
        System.out.print(table);
        String target = System.getProperty("repalign.benchmark.out");
        Path file = target == null || target.isBlank() ? Path.of("target", "ui-benchmark.txt") : Path.of(target);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, table);
    }

    private static String row(String name, double medianMs) {
        return String.format(Locale.ROOT, "%-40s %12.1f %10.0f %8.2f", name, medianMs, TARGET_MS,
                medianMs / TARGET_MS);
    }

    private static double heatmap(Display display) {
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            HeatmapCanvas canvas = new HeatmapCanvas(shell, SWT.NONE);
            Random random = new Random(1);
            double[][] values = new double[30][30];
            List<String> labels = new ArrayList<>();
            for (int r = 0; r < 30; r++) {
                labels.add(String.format(Locale.ROOT, "model-%02d", r));
                for (int c = 0; c < 30; c++) {
                    values[r][c] = r == c ? Double.NaN : random.nextDouble();
                }
            }
            canvas.setData(new HeatmapData("cka (raw)", labels, labels, values, SequentialColorScale.spanning(values),
                    "cka"));
            shell.setSize(900, 900);
            shell.open();
            return medianPaint(display, canvas);
        } finally {
            shell.dispose();
        }
    }

    private static double scatter(Display display) {
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            Chart chart = new Chart(shell, SWT.NONE);
            Random random = new Random(2);
            double[] xs = new double[20_000];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = random.nextGaussian();
                ys[i] = 0.5 * xs[i] + random.nextGaussian();
            }
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "points");
            series.setLineStyle(LineStyle.NONE);
            series.setSymbolType(PlotSymbolType.CIRCLE);
            series.setSymbolSize(2);
            series.setXSeries(xs);
            series.setYSeries(ys);
            chart.getTitle().setText("20,000 points");
            chart.getAxisSet().adjustRange();
            shell.setSize(1000, 700);
            shell.open();
            return medianPaint(display, (Control) chart.getPlotArea());
        } finally {
            shell.dispose();
        }
    }

    /** Median milliseconds from redraw() to the end of the control's paint listeners. */
    private static double medianPaint(Display display, Control control) {
        long[] paintedAt = new long[1];
        control.addListener(SWT.Paint, e -> paintedAt[0] = System.nanoTime());
        settle(display);
        double[] times = new double[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            paintedAt[0] = 0;
            long start = System.nanoTime();
            control.redraw();
            control.update();
            while (paintedAt[0] == 0) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            if (i >= WARM_UP) {
                times[i - WARM_UP] = (paintedAt[0] - start) / 1e6;
            }
        }
        assertTrue(Arrays.stream(times).allMatch(t -> t > 0), "every paint ran");
        Arrays.sort(times);
        return times[MEASURED / 2];
    }

    private static void settle(Display display) {
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }
}
