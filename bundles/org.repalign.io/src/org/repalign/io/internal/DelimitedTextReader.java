package org.repalign.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.repalign.io.Representation;

/**
 * Reads a matrix of numbers from CSV or TSV. The delimiter is a tab for {@code .tsv}; for
 * {@code .csv} it is taken from the first line: tab or semicolon when present without commas,
 * otherwise comma. A first line whose fields after the first are not all numbers is a header
 * and is skipped. When the first field of the first data line is not a number, the first
 * column holds item names. Fields may be quoted with double quotes.
 */
public class DelimitedTextReader extends FileFormatReader {

    /**
     * @param formatName {@code csv} or {@code tsv}
     * @param extension  {@code .csv} or {@code .tsv}
     */
    public DelimitedTextReader(String formatName, String extension) {
        super(formatName, List.of(extension));
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        try (TextLineReader lines = new TextLineReader(Files.newInputStream(file));
                ValueSpill values = new ValueSpill(ElementType.FLOAT64)) {
            char delimiter = FileChecks.lowerCaseName(file).endsWith(".tsv") ? '\t' : 0;
            Boolean namesColumn = null;
            boolean headerChecked = false;
            int columns = -1;
            long columnsLine = 0;
            int rows = 0;
            ItemNameCollector names = new ItemNameCollector("line");
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (delimiter == 0) {
                    delimiter = detectDelimiter(line);
                }
                List<String> fields = split(line, delimiter, lines.lineNumber());
                if (namesColumn == null) {
                    if (!headerChecked) {
                        headerChecked = true;
                        if (isHeader(fields)) {
                            continue;
                        }
                    }
                    namesColumn = !DecimalText.isNumber(fields.get(0).strip());
                }
                int first = namesColumn ? 1 : 0;
                int count = fields.size() - first;
                if (columns < 0) {
                    if (count == 0) {
                        throw new MalformedContentException("line " + lines.lineNumber()
                                + " holds a name but no values");
                    }
                    columns = count;
                    columnsLine = lines.lineNumber();
                } else if (count != columns) {
                    throw new MalformedContentException("line " + lines.lineNumber() + " has " + count
                            + " values; expected " + columns + " as on line " + columnsLine);
                }
                for (int i = first; i < fields.size(); i++) {
                    String field = fields.get(i).strip();
                    if (field.isEmpty()) {
                        throw new MalformedContentException("line " + lines.lineNumber() + ", column " + (i + 1)
                                + " is empty");
                    }
                    try {
                        values.add(DecimalText.parse(field));
                    } catch (NumberFormatException e) {
                        throw new MalformedContentException("line " + lines.lineNumber() + ", column " + (i + 1)
                                + ": '" + field + "' is not a number");
                    }
                }
                if (namesColumn) {
                    names.add(fields.get(0).strip(), lines.lineNumber());
                }
                if (++rows == Integer.MAX_VALUE) {
                    throw new MalformedContentException("holds more than " + (Integer.MAX_VALUE - 1) + " rows");
                }
            }
            if (rows == 0) {
                throw new MalformedContentException("holds no rows of numbers");
            }
            return new Representation(file, formatName(), values.finish(rows, columns),
                    Boolean.TRUE.equals(namesColumn) ? names.names() : null);
        }
    }

    private static boolean isHeader(List<String> fields) {
        for (int i = 1; i < fields.size(); i++) {
            String field = fields.get(i).strip();
            if (!field.isEmpty() && !DecimalText.isNumber(field)) {
                return true;
            }
        }
        return fields.size() == 1 && !DecimalText.isNumber(fields.get(0).strip());
    }

    private static char detectDelimiter(String line) {
        boolean comma = line.indexOf(',') >= 0;
        if (!comma && line.indexOf('\t') >= 0) {
            return '\t';
        }
        if (!comma && line.indexOf(';') >= 0) {
            return ';';
        }
        return ',';
    }

    static List<String> split(String line, char delimiter, long lineNumber) throws MalformedContentException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            while (i < n && line.charAt(i) == ' ' && delimiter != ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new MalformedContentException("line " + lineNumber + " has an unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                while (i < n && line.charAt(i) != delimiter) {
                    if (line.charAt(i) != ' ') {
                        throw new MalformedContentException("line " + lineNumber + " has text after a quoted field");
                    }
                    i++;
                }
            } else {
                while (i < n && line.charAt(i) != delimiter) {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++;
        }
    }
}
