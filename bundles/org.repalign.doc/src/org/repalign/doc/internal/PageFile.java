package org.repalign.doc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;

/**
 * A help page read from its file, with the images it shows (scaled down to at most
 * {@value #MAX_IMAGE_WIDTH} pixels wide); an image that cannot be read becomes a placeholder.
 *
 * @param model the laid-out page
 * @param images the image data by address as written in the page
 */
public record PageFile(PageModel model, Map<String, ImageData> images) {

    /** Images wider than this are scaled down, in pixels. */
    public static final int MAX_IMAGE_WIDTH = 760;

    /** Copies the images. */
    public PageFile {
        images = Map.copyOf(images);
    }

    /**
     * Reads a page; a page that cannot be read or parsed gives a page saying so.
     *
     * @param file the page file
     * @return the page
     */
    public static PageFile read(Path file) {
        Map<String, ImageData> images = new HashMap<>();
        URI page = file.toUri();
        try (InputStream input = Files.newInputStream(file)) {
            PageModel model = PageParser.parse(input, file.getFileName().toString(), source -> loadImage(page, source, images));
            return new PageFile(model, images);
        } catch (IOException e) {
            return new PageFile(new PageModel("Unreadable page", "This page cannot be shown.\n\n" + e.getMessage(),
                    List.of(), List.of()), Map.of());
        }
    }

    /** @param address an address @return the address without its {@code #fragment}, normalised */
    public static URI withoutFragment(URI address) {
        try {
            return new URI(address.getScheme(), address.getAuthority(), address.getPath(), address.getQuery(), null).normalize();
        } catch (URISyntaxException e) {
            return address;
        }
    }

    private static boolean loadImage(URI page, String source, Map<String, ImageData> images) {
        try (InputStream input = Files.newInputStream(Path.of(page.resolve(source)))) {
            ImageData data = new ImageData(input);
            if (data.width > MAX_IMAGE_WIDTH) {
                data = data.scaledTo(MAX_IMAGE_WIDTH, Math.max(1, data.height * MAX_IMAGE_WIDTH / data.width));
            }
            images.put(source, data);
            return true;
        } catch (IOException | SWTException | IllegalArgumentException e) {
            return false;
        }
    }
}
