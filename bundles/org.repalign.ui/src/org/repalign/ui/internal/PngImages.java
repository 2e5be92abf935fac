package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/** PNG files drawn off screen: a white image of a given size, a painter, an atomic write. */
public final class PngImages {

    private PngImages() {
    }

    /**
     * @param file    target PNG file, written atomically
     * @param device  the display
     * @param width   width in pixels
     * @param height  height in pixels
     * @param painter draws on the image's graphics context (white background already filled)
     * @throws IOException when writing fails
     */
    public static void write(Path file, Device device, int width, int height, Consumer<GC> painter) throws IOException {
        Image image = new Image(device, width, height);
        ImageData data;
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(device.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                painter.accept(gc);
            } finally {
                gc.dispose();
            }
            data = image.getImageData();
        } finally {
            image.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        AtomicExportFile.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
    }
}
