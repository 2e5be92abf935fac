package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.repalign.ui.charts.PlotDrawing;
import org.repalign.ui.charts.SmallMultiples;
import org.repalign.ui.charts.SmallMultiples.Panel;

/** The small-multiples painter, checked through a drawing that records what it is asked to draw. */
class SmallMultiplesTest {

    /** Records dots and lines. */
    private static final class Recorder implements PlotDrawing {
        final List<double[]> dots = new ArrayList<>();
        final List<double[]> lines = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        @Override
        public void line(double x1, double y1, double x2, double y2, RGB colour, double width) {
            lines.add(new double[] { x1, y1, x2, y2 });
        }

        @Override
        public void dot(double cx, double cy, double radius, RGB colour) {
            dots.add(new double[] { cx, cy });
        }

        @Override
        public void frame(double x, double y, double width, double height, RGB colour) {
        }

        @Override
        public void text(double x, double y, Anchor anchor, String text, RGB colour, boolean bold) {
            texts.add(text);
        }

        @Override
        public int lineHeight() {
            return 15;
        }
    }

    @Test
    void gridFollowsTheAreasShape() {
        assertEquals(1, SmallMultiples.columns(1, 800, 600));
        assertEquals(4, SmallMultiples.columns(10, 800, 600), "round(sqrt(10 · 4/3)) = round(3.65)");
        assertEquals(3, SmallMultiples.columns(10, 600, 800), "round(sqrt(10 · 3/4)) = round(2.74)");
        assertEquals(3, SmallMultiples.columns(3, 4000, 100), "never more columns than panels");
    }

    @Test
    void everyPointIsADotInsideItsPanelInTheDataOrder() {
        Panel rising = new Panel("a – b", new double[] { 0.1, 0.2, 0.3 }, new double[] { 1, 2, 3 }, 10, 0, "slope 10");
        Panel falling = new Panel("a – c", new double[] { 0.1, 0.3 }, new double[] { 5, 4 }, -5, 5.5, "slope −5");
        Recorder recorder = new Recorder();
        new SmallMultiples("title", "x", List.of(rising, falling)).paint(recorder, 800, 400);
        assertEquals(5, recorder.dots.size());
        assertEquals(2, recorder.lines.size(), "one fitted line per panel");
        assertTrue(recorder.texts.containsAll(List.of("title", "x", "a – b", "a – c", "slope 10", "slope −5")));
        // two columns on an 800 × 400 area: the first panel's dots lie left of the second's
        double firstRight = Math.max(recorder.dots.get(0)[0], Math.max(recorder.dots.get(1)[0], recorder.dots.get(2)[0]));
        assertTrue(firstRight < recorder.dots.get(3)[0], "panels side by side");
        // rising points go up the screen (y decreases), x increases
        assertTrue(recorder.dots.get(0)[0] < recorder.dots.get(1)[0] && recorder.dots.get(1)[0] < recorder.dots.get(2)[0]);
        assertTrue(recorder.dots.get(0)[1] > recorder.dots.get(1)[1] && recorder.dots.get(1)[1] > recorder.dots.get(2)[1]);
        assertTrue(recorder.dots.get(3)[1] < recorder.dots.get(4)[1], "falling points go down the screen");
        // the points of the exact fit lie on its line: same ends in pixels
        double[] line = recorder.lines.get(0);
        assertEquals(recorder.dots.get(0)[0], line[0], 1e-9);
        assertEquals(recorder.dots.get(0)[1], line[1], 1e-9);
        assertEquals(recorder.dots.get(2)[0], line[2], 1e-9);
        assertEquals(recorder.dots.get(2)[1], line[3], 1e-9);
        for (double[] dot : recorder.dots) {
            assertTrue(dot[0] > 0 && dot[0] < 800 && dot[1] > 0 && dot[1] < 400, "inside the area");
        }
    }

    @Test
    void aPanelWithoutFitDrawsOnlyItsPoints() {
        Recorder recorder = new Recorder();
        new SmallMultiples("t", "x", List.of(new Panel("p", new double[] { 1, 2 }, new double[] { 3, 3 }, Double.NaN, 0,
                "no fit"))).paint(recorder, 400, 300);
        assertEquals(2, recorder.dots.size());
        assertEquals(0, recorder.lines.size());
        assertEquals(recorder.dots.get(0)[1], recorder.dots.get(1)[1], 0.0, "equal y on one height (mid-panel)");
    }

    @Test
    void mismatchedPointsAreRefusedWithThePanelsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Panel("a – b", new double[2], new double[3], 0, 0, ""));
        assertTrue(e.getMessage().startsWith("a – b:"), e.getMessage());
    }
}
