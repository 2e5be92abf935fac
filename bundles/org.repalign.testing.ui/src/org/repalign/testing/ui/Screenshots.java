package org.repalign.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * PNG pictures of what is on the screen (dialogs and menus included), copied from the display;
 * the tests keep them under {@code target/} as CI artefacts. Call on the UI thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Pictures the screen area a shell covers.
     *
     * @param shell the shell, usually the workbench window's
     * @param file  the PNG file to write; its folder must exist
     * @return the file
     */
    public static Path ofShell(Shell shell, Path file) {
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        save(display, bounds.x, bounds.y, bounds.width, bounds.height, file);
        return file;
    }

    /**
     * Pictures the whole display, making the file's folder first.
     *
     * @param display the display
     * @param file    the PNG file to write
     * @return the file
     * @throws IOException when the folder cannot be made
     */
    public static Path ofDisplay(Display display, Path file) throws IOException {
        Rectangle bounds = display.getBounds();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        save(display, 0, 0, bounds.width, bounds.height, file);
        return file;
    }

    /**
     * The pixels a control shows on the screen now, for tests that assert on what is drawn.
     *
     * @param control a visible control
     * @return its picture, in its own coordinates
     */
    public static org.eclipse.swt.graphics.ImageData ofControl(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.graphics.Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static void save(Display display, int x, int y, int width, int height, Path file) {
        Image image = new Image(display, width, height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, x, y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
