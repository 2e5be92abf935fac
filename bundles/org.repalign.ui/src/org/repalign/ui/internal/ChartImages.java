package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.Chart;

/**
 * PNG export of SWTChart charts, drawn at the first chart's on-screen size (640 × 480 when not
 * laid out); several charts are drawn side by side.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /**
     * @param chart a chart
     * @return its width on screen, or 640 when it is not laid out
     */
    public static int width(Chart chart) {
        int width = chart.getSize().x;
        return width > 100 ? width : 640;
    }

    /**
     * @param chart a chart
     * @return its height on screen, or 480 when it is not laid out
     */
    public static int height(Chart chart) {
        int height = chart.getSize().y;
        return height > 100 ? height : 480;
    }

    /**
     * @param chart the chart
     * @param file  target PNG file, written atomically
     * @throws IOException when writing fails
     */
    public static void writePng(Chart chart, Path file) throws IOException {
        writePng(List.of(chart), file);
    }

    /**
     * @param charts the charts, left to right, each drawn at the first one's size
     * @param file   target PNG file, written atomically
     * @throws IOException when writing fails
     */
    public static void writePng(List<Chart> charts, Path file) throws IOException {
        Chart first = charts.get(0);
        int width = width(first);
        int height = height(first);
        PngImages.write(file, first.getDisplay(), width * charts.size(), height, gc -> {
            for (int c = 0; c < charts.size(); c++) {
                charts.get(c).printChart(gc, new Rectangle(c * width, 0, width, height));
            }
        });
    }
}
