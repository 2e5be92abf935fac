package org.repalign.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.PngImages;

/** Shows a {@link SmallMultiples} grid, and writes it as PNG or SVG at the widget's size. */
public final class SmallMultiplesCanvas extends Canvas {

    private static final Point EXPORT_SIZE = new Point(960, 720);

    private SmallMultiples data;

    /**
     * @param parent the parent
     * @param style  SWT style bits
     */
    public SmallMultiplesCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> {
            if (data != null) {
                Point size = getSize();
                try (GcPlotDrawing drawing = new GcPlotDrawing(e.gc)) {
                    data.paint(drawing, size.x, size.y);
                }
            }
        });
    }

    /** @param grid what to show, or {@code null} for nothing */
    public void setData(SmallMultiples grid) {
        this.data = grid;
        redraw();
    }

    /** @return what is shown, or {@code null} */
    public SmallMultiples getData() {
        return data;
    }

    private Point exportSize() {
        Point size = getSize();
        return size.x > 100 && size.y > 100 ? size : EXPORT_SIZE;
    }

    /**
     * @param file the PNG file, written atomically
     * @throws IOException when nothing is shown or writing fails
     */
    public void writePng(Path file) throws IOException {
        SmallMultiples grid = require(file);
        Point size = exportSize();
        PngImages.write(file, getDisplay(), size.x, size.y, gc -> {
            try (GcPlotDrawing drawing = new GcPlotDrawing(gc)) {
                grid.paint(drawing, size.x, size.y);
            }
        });
    }

    /**
     * @param file the SVG file, written atomically
     * @throws IOException when nothing is shown or writing fails
     */
    public void writeSvg(Path file) throws IOException {
        SmallMultiples grid = require(file);
        Point size = exportSize();
        SvgDocument svg = new SvgDocument(size.x, size.y, 9);
        grid.paint(new SvgPlotDrawing(svg), size.x, size.y);
        AtomicExportFile.writeText(file, svg.toString());
    }

    private SmallMultiples require(Path file) throws IOException {
        if (data == null) {
            throw new IOException(file.getFileName() + ": nothing to export, no pairs are shown");
        }
        return data;
    }
}
