package org.repalign.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.repalign.io.Representation;

/**
 * Reads word vectors in the word2vec/GloVe/fastText text format: an optional header line
 * {@code <count> <dimensions>}, then one line per item {@code word v1 v2 ... vd} separated by
 * spaces or tabs. A word containing spaces (as some GloVe files have) is accepted when the
 * extra leading fields are not numbers.
 */
public final class WordVectorTextReader extends FileFormatReader {

    /** Creates the reader. */
    public WordVectorTextReader() {
        super("word2vec-text", List.of(".txt", ".vec"));
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        try (TextLineReader lines = new TextLineReader(Files.newInputStream(file));
                ValueSpill values = new ValueSpill(ElementType.FLOAT64)) {
            ItemNameCollector names = new ItemNameCollector("line");
            long declaredCount = -1;
            int dimensions = -1;
            long dimensionsLine = 0;
            boolean declared = false;
            String line;
            while ((line = lines.next()) != null) {
                List<String> fields = split(line);
                if (fields.isEmpty()) {
                    continue;
                }
                if (lines.lineNumber() == 1 && fields.size() == 2 && isCount(fields.get(0)) && isCount(fields.get(1))) {
                    declaredCount = Long.parseLong(fields.get(0));
                    dimensions = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(fields.get(1)));
                    dimensionsLine = 1;
                    declared = true;
                    continue;
                }
                if (dimensions < 0) {
                    dimensions = fields.size() - 1;
                    dimensionsLine = lines.lineNumber();
                    if (dimensions == 0) {
                        throw new MalformedContentException("line " + lines.lineNumber()
                                + " holds a single field; expected a word followed by its values");
                    }
                }
                int wordFields = fields.size() - dimensions;
                if (wordFields < 1) {
                    throw ragged(lines.lineNumber(), fields.size() - 1, dimensions, dimensionsLine, declared);
                }
                for (int i = 1; i < wordFields; i++) {
                    if (DecimalText.isNumber(fields.get(i))) {
                        throw ragged(lines.lineNumber(), fields.size() - 1, dimensions, dimensionsLine, declared);
                    }
                }
                String word = wordFields == 1 ? fields.get(0) : String.join(" ", fields.subList(0, wordFields));
                for (int i = wordFields; i < fields.size(); i++) {
                    try {
                        values.add(DecimalText.parse(fields.get(i)));
                    } catch (NumberFormatException e) {
                        throw new MalformedContentException("line " + lines.lineNumber() + ", value "
                                + (i - wordFields + 1) + ": '" + fields.get(i) + "' is not a number");
                    }
                }
                names.add(word, lines.lineNumber());
                if (names.names().size() == Integer.MAX_VALUE) {
                    throw new MalformedContentException("holds more than " + (Integer.MAX_VALUE - 1) + " vectors");
                }
            }
            int rows = names.names().size();
            if (rows == 0) {
                throw new MalformedContentException("holds no vectors");
            }
            if (declaredCount >= 0 && declaredCount != rows) {
                throw new MalformedContentException("header declares " + declaredCount + " vectors but the file holds "
                        + rows);
            }
            return new Representation(file, formatName(), values.finish(rows, dimensions), names.names());
        }
    }

    private static MalformedContentException ragged(long line, int found, int expected, long expectedLine,
            boolean declared) {
        return new MalformedContentException("line " + line + " has " + found + " values; expected " + expected
                + (declared ? " as declared on line 1" : " as on line " + expectedLine));
    }

    private static boolean isCount(String field) {
        if (field.isEmpty() || field.length() > 18) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            if (!Character.isDigit(field.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (i > start) {
                fields.add(line.substring(start, i));
            }
        }
        return fields;
    }
}
