package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.rcp.RepAlignPerspective;
import org.repalign.ui.views.CkaCalibrationView;

class CkaCalibrationViewUITest {

    @Test
    void workbenchWindowIsRepAlignWithTheCalibrationView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertEquals("RepAlign", window.getShell().getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(RepAlignPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(CkaCalibrationView.ID), "the perspective opens the calibration view");
    }

    @Test
    void viewDrawsTheCurveComputedByCompute() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CkaCalibrationView view = (CkaCalibrationView) page.showView(CkaCalibrationView.ID);
        ISeries<?> series = waitForSeries(view);
        double[] x = series.getXSeries();
        double[] y = series.getYSeries();
        assertEquals(x.length, y.length);
        assertTrue(x.length >= 5, "points: " + x.length);
        assertEquals(0.0, x[0]);
        // at zero noise the second model is a rotation of the first: CKA is exactly 1
        assertEquals(1.0, y[0], 1e-10);
        for (int i = 1; i < y.length; i++) {
            assertTrue(y[i] < y[i - 1] && y[i] > 0, "CKA must fall with noise and stay positive");
        }
        assertTrue(view.getChart().getAxisSet().getYAxis(0).getRange().upper >= 1.0);
        // the curve says what it is for, above the chart, on screen
        org.eclipse.swt.widgets.Label explanation = java.util.Arrays.stream(view.getChart().getParent().getChildren())
                .filter(org.eclipse.swt.widgets.Label.class::isInstance).map(org.eclipse.swt.widgets.Label.class::cast)
                .findFirst().orElseThrow();
        assertTrue(explanation.getText().startsWith("A yardstick for reading linear CKA"), explanation.getText());
        assertTrue(explanation.isVisible() && explanation.getSize().y > 10, explanation.getSize().toString());
    }

    @Test
    void exportsTheCurveAsCsvSvgAndPng(@TempDir Path exports) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CkaCalibrationView view = (CkaCalibrationView) page.showView(CkaCalibrationView.ID);
        ISeries<?> series = waitForSeries(view);
        Path csv = exports.resolve("cka.csv");
        view.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("noise_sd,linear_cka", lines.get(0));
        assertEquals(series.getYSeries().length + 1, lines.size());
        for (int i = 0; i < series.getYSeries().length; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(series.getXSeries()[i], Double.parseDouble(cells[0]), 0.0);
            assertEquals(series.getYSeries()[i], Double.parseDouble(cells[1]), 0.0);
        }
        Path svg = exports.resolve("cka.svg");
        view.export(svg);
        String text = Files.readString(svg);
        String curve = text.substring(text.indexOf("<g class=\"series\""));
        curve = curve.substring(0, curve.indexOf("</g>"));
        assertEquals(series.getYSeries().length, curve.split("<circle", -1).length - 1, "one symbol per noise level");
        Path png = exports.resolve("cka.png");
        view.export(png);
        assertTrue(Files.size(png) > 0);
        assertThrows(IOException.class, () -> view.export(exports.resolve("cka.txt")));
    }

    private static ISeries<?> waitForSeries(CkaCalibrationView view) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // drain UI events, including the job's syncExec
            }
            ISeries<?> series = view.getChart().getSeriesSet().getSeries(CkaCalibrationView.SERIES_ID);
            if (series != null) {
                return series;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the view did not draw its series within 120 s");
    }
}
