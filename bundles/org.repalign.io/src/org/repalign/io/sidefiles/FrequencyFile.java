package org.repalign.io.sidefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.MalformedContentException;
import org.repalign.io.internal.TextLineReader;

/**
 * Item frequencies: UTF-8 text with lines {@code item<TAB>count}, the count a non-negative
 * integer. Blank lines are ignored; an item listed twice is an error.
 */
public final class FrequencyFile {

    private FrequencyFile() {
    }

    /**
     * @param file the file
     * @return item to count, in file order
     * @throws RepresentationFileException naming the file and the offending line
     */
    public static Map<String, Long> read(Path file) throws RepresentationFileException {
        FileChecks.requireReadableFile(file);
        try (TextLineReader lines = new TextLineReader(Files.newInputStream(file))) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> lineOf = new HashMap<>();
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new MalformedContentException("line " + lines.lineNumber()
                            + " should be 'item<TAB>count' with exactly one tab");
                }
                String item = line.substring(0, tab);
                String countText = line.substring(tab + 1).strip();
                long count;
                try {
                    count = Long.parseLong(countText);
                } catch (NumberFormatException e) {
                    count = -1;
                }
                if (count < 0) {
                    throw new MalformedContentException("line " + lines.lineNumber() + ": count '" + countText
                            + "' is not a non-negative integer");
                }
                Long previous = lineOf.putIfAbsent(item, lines.lineNumber());
                if (previous != null) {
                    throw new MalformedContentException("item '" + item + "' appears twice, on lines " + previous
                            + " and " + lines.lineNumber());
                }
                counts.put(item, count);
            }
            return Collections.unmodifiableMap(counts);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }
}
