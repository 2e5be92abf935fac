package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.Chart;

/** PNG export of an SWTChart chart, drawn at its on-screen size (640 × 480 when not laid out). */
public final class ChartImages {

    private ChartImages() {
    }

    /**
     * @param chart the chart
     * @param file  target PNG file, written atomically
     * @throws IOException when writing fails
     */
    public static void writePng(Chart chart, Path file) throws IOException {
        Point size = chart.getSize();
        int width = size.x > 100 ? size.x : 640;
        int height = size.y > 100 ? size.y : 480;
        Image image = new Image(chart.getDisplay(), width, height);
        ImageData data;
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                chart.printChart(gc, new Rectangle(0, 0, width, height));
            } finally {
                gc.dispose();
            }
            data = image.getImageData();
        } finally {
            image.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        AtomicFiles.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
    }
}
