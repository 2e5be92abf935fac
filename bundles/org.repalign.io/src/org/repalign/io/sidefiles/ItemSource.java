package org.repalign.io.sidefiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The items of one source taking part in an {@link ItemAlignment}: the file they describe (named
 * in messages) and one item per row, in row order.
 *
 * @param file  the file the items belong to
 * @param items the item of each row
 */
public record ItemSource(Path file, List<String> items) {

    /** Copies the list; neither argument may be {@code null}. */
    public ItemSource {
        Objects.requireNonNull(file, "file");
        items = List.copyOf(items);
    }
}
