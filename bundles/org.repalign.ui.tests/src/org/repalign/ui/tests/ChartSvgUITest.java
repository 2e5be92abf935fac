package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.ui.charts.ChartSvg;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG export of SWTChart charts: well-formed XML, one group per series, and every point's
 * coordinates mapping back, through the plot area and the chart's axis ranges, to its data value.
 */
class ChartSvgUITest {

    private Shell shell;
    private Chart chart;

    @BeforeEach
    void openChart() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        chart = new Chart(shell, SWT.NONE);
        shell.setSize(700, 500);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element root, String tag, String cssClass) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element series(Document doc, String id) {
        return elements(doc.getDocumentElement(), "g", "series").stream()
                .filter(g -> g.getAttribute("id").equals("series-" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group of series " + id));
    }

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.getAttribute(name));
    }

    /** Plot area of the document: x, y, width, height. */
    private static double[] plotArea(Document doc) {
        List<Element> areas = elements(doc.getDocumentElement(), "rect", "plot-area");
        assertEquals(1, areas.size());
        Element a = areas.get(0);
        return new double[] { attr(a, "x"), attr(a, "y"), attr(a, "width"), attr(a, "height") };
    }

    private Range x() {
        return chart.getAxisSet().getXAxis(0).getRange();
    }

    private Range y() {
        return chart.getAxisSet().getYAxis(0).getRange();
    }

    private static double dataX(double px, double[] area, Range range) {
        return range.lower + (px - area[0]) / area[2] * (range.upper - range.lower);
    }

    private static double dataY(double py, double[] area, Range range) {
        return range.lower + (area[1] + area[3] - py) / area[3] * (range.upper - range.lower);
    }

    @Test
    void scatterAndLineMapBackToTheirData() throws Exception {
        Random random = new Random(3);
        double[] xs = new double[60];
        double[] ys = new double[60];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 0.02 + 0.3 * random.nextDouble();
            ys[i] = 0.8 - xs[i] + 0.05 * random.nextGaussian();
        }
        ILineSeries<?> points = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "windows");
        points.setLineStyle(LineStyle.NONE);
        points.setSymbolType(PlotSymbolType.CIRCLE);
        points.setXSeries(xs);
        points.setYSeries(ys);
        ILineSeries<?> fit = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "fit");
        fit.setSymbolType(PlotSymbolType.NONE);
        fit.setXSeries(new double[] { 0.02, 0.32 });
        fit.setYSeries(new double[] { 0.78, 0.48 });
        chart.getTitle().setText("alignment & frequency <test>");
        chart.getAxisSet().getXAxis(0).getTitle().setText("f^(-1/2)");
        chart.getAxisSet().getYAxis(0).getTitle().setText("cka");
        chart.getAxisSet().adjustRange();

        Document doc = parse(ChartSvg.svg(List.of(chart), 640, 480));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(2, elements(doc.getDocumentElement(), "g", "series").size());
        double[] area = plotArea(doc);
        double tolX = (x().upper - x().lower) / area[2] * 0.01;
        double tolY = (y().upper - y().lower) / area[3] * 0.01;
        List<Element> circles = elements(series(doc, "windows"), "circle", null);
        assertEquals(xs.length, circles.size());
        for (int i = 0; i < xs.length; i++) {
            assertEquals(xs[i], dataX(attr(circles.get(i), "cx"), area, x()), tolX, "x of point " + i);
            assertEquals(ys[i], dataY(attr(circles.get(i), "cy"), area, y()), tolY, "y of point " + i);
        }
        List<Element> lines = elements(series(doc, "fit"), "polyline", null);
        assertEquals(1, lines.size());
        String[] corners = lines.get(0).getAttribute("points").split(" ");
        assertEquals(2, corners.length);
        String[] end = corners[1].split(",");
        assertEquals(0.32, dataX(Double.parseDouble(end[0]), area, x()), tolX);
        assertEquals(0.48, dataY(Double.parseDouble(end[1]), area, y()), tolY);
        List<String> texts = elements(doc.getDocumentElement(), "text", null).stream().map(Element::getTextContent)
                .toList();
        assertTrue(texts.contains("alignment & frequency <test>"), "title, escaped and parsed back: " + texts);
        assertTrue(texts.contains("f^(-1/2)") && texts.contains("cka"), "axis titles");
        assertTrue(texts.contains("windows") && texts.contains("fit"), "legend entries");
        assertTrue(texts.stream().filter(t -> t.matches("-?[0-9.]+")).count() >= 6, "tick labels: " + texts);
    }

    @Test
    void barsOnACategoryAxisStandSideBySideFromZero() throws Exception {
        String[] pairs = { "a \u2013 b", "a \u2013 c", "b \u2013 c" };
        double[] score = { 0.61, 0.45, 0.52 };
        double[] nullMean = { 0.12, 0.11, 0.13 };
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).setCategorySeries(pairs);
        for (String id : List.of("score", "null mean")) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
            bars.setYSeries(id.equals("score") ? score : nullMean);
        }
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 0.7));

        Document doc = parse(ChartSvg.svg(List.of(chart), 640, 480));
        assertEquals(2, elements(doc.getDocumentElement(), "g", "series").size());
        double[] area = plotArea(doc);
        double tol = 0.7 / area[3] * 0.01;
        List<Element> scoreBars = elements(series(doc, "score"), "rect", "bar");
        List<Element> nullBars = elements(series(doc, "null mean"), "rect", "bar");
        assertEquals(3, scoreBars.size());
        assertEquals(3, nullBars.size());
        double slot = area[2] / 3;
        for (int i = 0; i < 3; i++) {
            Element s = scoreBars.get(i);
            Element n = nullBars.get(i);
            assertEquals(score[i], dataY(attr(s, "y"), area, y()), tol, "bar top");
            assertEquals(0, dataY(attr(s, "y") + attr(s, "height"), area, y()), tol, "bar foot on zero");
            assertEquals(nullMean[i], dataY(attr(n, "y"), area, y()), tol);
            assertEquals(i, (int) ((attr(s, "x") - area[0]) / slot), "score bar in its pair's slot");
            assertEquals(i, (int) ((attr(n, "x") + attr(n, "width") - 0.01 - area[0]) / slot));
            assertTrue(attr(n, "x") >= attr(s, "x") + attr(s, "width") - 0.01, "side by side, not overlapping");
        }
        List<String> texts = elements(doc.getDocumentElement(), "text", null).stream().map(Element::getTextContent)
                .toList();
        assertTrue(texts.containsAll(List.of(pairs)), "category labels: " + texts);
    }

    @Test
    void fileIsWrittenAtomically(@TempDir Path folder) throws Exception {
        ILineSeries<?> curve = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "curve");
        curve.setXSeries(new double[] { 0, 1, 2 });
        curve.setYSeries(new double[] { 1, 0.5, 0.25 });
        chart.getAxisSet().adjustRange();
        Path file = folder.resolve("curve.svg");
        Files.writeString(file, "old");
        ChartSvg.write(file, chart);
        assertEquals(List.of(file), Files.list(folder).toList(), "replaced in place, no temporary file left");
        Document doc = parse(Files.readString(file));
        assertEquals(1, elements(doc.getDocumentElement(), "g", "series").size());
        Path plain = Files.writeString(folder.resolve("plain.txt"), "a file, not a folder");
        Path impossible = plain.resolve("curve.svg");
        IOException e = assertThrows(IOException.class, () -> ChartSvg.write(impossible, chart));
        assertTrue(e.getMessage().contains("curve.svg") && !e.getMessage().contains("\n"), e.getMessage());
        assertEquals(2, Files.list(folder).count(), "a failed write leaves nothing behind");
        assertEquals("a file, not a folder", Files.readString(plain));
    }

    @Test
    void largeScatterKeepsEveryPoint() throws Exception {
        Random random = new Random(5);
        double[] xs = new double[20_000];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextGaussian();
            ys[i] = xs[i] + random.nextGaussian();
        }
        ILineSeries<?> cloud = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "cloud");
        cloud.setLineStyle(LineStyle.NONE);
        cloud.setSymbolType(PlotSymbolType.CIRCLE);
        cloud.setSymbolSize(2);
        cloud.setXSeries(xs);
        cloud.setYSeries(ys);
        chart.getAxisSet().adjustRange();
        Document doc = parse(ChartSvg.svg(List.of(chart), 640, 480));
        List<Element> circles = elements(series(doc, "cloud"), "circle", null);
        assertEquals(20_000, circles.size());
        double[] area = plotArea(doc);
        int last = xs.length - 1;
        assertEquals(xs[last], dataX(attr(circles.get(last), "cx"), area, x()),
                (x().upper - x().lower) / area[2] * 0.01);
    }
}
