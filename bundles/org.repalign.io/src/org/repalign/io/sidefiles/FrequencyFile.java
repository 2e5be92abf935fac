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
 * integer ({@link #read}) or a finite non-negative decimal ({@link #readValues}). Blank lines are ignored; an item listed twice is an error.
 */
public final class FrequencyFile {

    private FrequencyFile() {
    }

    /**
     * @param file the file
     * @return item to count, in file order
     * @throws RepresentationFileException naming the file and the offending line, also when a
     *                                     count is not an integer
     */
    public static Map<String, Long> read(Path file) throws RepresentationFileException {
        Map<String, Double> values = parse(file, true);
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach((item, value) -> counts.put(item, value.longValue()));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Reads frequencies that may be decimals, such as relative frequencies ({@code 1.2e-3}) from
     * a word-frequency list.
     *
     * @param file the file
     * @return item to frequency (finite, ≥ 0), in file order
     * @throws RepresentationFileException naming the file and the offending line
     */
    public static Map<String, Double> readValues(Path file) throws RepresentationFileException {
        return Collections.unmodifiableMap(parse(file, false));
    }

    private static Map<String, Double> parse(Path file, boolean integers) throws RepresentationFileException {
        FileChecks.requireReadableFile(file);
        try (TextLineReader lines = new TextLineReader(Files.newInputStream(file))) {
            Map<String, Double> counts = new LinkedHashMap<>();
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
                double count = integers ? parseCount(countText) : parseValue(countText);
                if (!(count >= 0) || Double.isInfinite(count)) {
                    throw new MalformedContentException("line " + lines.lineNumber() + ": count '" + countText
                            + (integers ? "' is not a non-negative integer" : "' is not a finite non-negative number"));
                }
                Long previous = lineOf.putIfAbsent(item, lines.lineNumber());
                if (previous != null) {
                    throw new MalformedContentException("item '" + item + "' appears twice, on lines " + previous
                            + " and " + lines.lineNumber());
                }
                counts.put(item, count);
            }
            return counts;
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }

    private static double parseCount(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseValue(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
