package org.repalign.io.sidefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.ItemNameCollector;
import org.repalign.io.internal.MalformedContentException;
import org.repalign.io.internal.TextLineReader;

/**
 * An item list: UTF-8 text with one item per line, line {@code i} naming row {@code i - 1} of a
 * representation. Empty lines at the end are ignored; an empty line elsewhere and a repeated
 * item are errors.
 */
public final class ItemListFile {

    private ItemListFile() {
    }

    /**
     * @param file the list
     * @return the items in order
     * @throws RepresentationFileException naming the file and, for a bad line, its number
     */
    public static List<String> read(Path file) throws RepresentationFileException {
        FileChecks.requireReadableFile(file);
        try (TextLineReader lines = new TextLineReader(Files.newInputStream(file))) {
            ItemNameCollector items = new ItemNameCollector("line");
            long pendingEmpty = 0;
            String line;
            while ((line = lines.next()) != null) {
                if (line.isEmpty()) {
                    if (pendingEmpty == 0) {
                        pendingEmpty = lines.lineNumber();
                    }
                    continue;
                }
                if (pendingEmpty != 0) {
                    throw new MalformedContentException("line " + pendingEmpty + " is empty");
                }
                items.add(line, lines.lineNumber());
            }
            if (items.names().isEmpty()) {
                throw new MalformedContentException("lists no items");
            }
            return List.copyOf(items.names());
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }
}
