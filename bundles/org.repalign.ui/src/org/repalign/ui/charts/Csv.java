package org.repalign.ui.charts;

/** RFC 4180 cells for the CSV exports. */
public final class Csv {

    private Csv() {
    }

    /**
     * @param text a cell's text
     * @return the text, quoted when it holds a comma, quote or line break
     */
    public static String cell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * @param value a number
     * @return its full-precision text, empty when NaN
     */
    public static String cell(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
