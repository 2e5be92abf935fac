package org.repalign.analysis.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV text as written by {@link ResultTable#toCsv()}: cells in double quotes may
 * hold commas, doubled quotes and line breaks; records end with LF or CRLF.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * @param text the whole CSV text
     * @return its records, each a list of cells; a blank line is a record of one empty cell
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
