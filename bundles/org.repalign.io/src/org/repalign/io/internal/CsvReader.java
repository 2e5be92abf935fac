package org.repalign.io.internal;

/** The {@code .csv} flavour of {@link DelimitedTextReader}, as listed in the service file. */
public final class CsvReader extends DelimitedTextReader {

    /** The {@code csv} format of {@code .csv} files. */
    public CsvReader() {
        super("csv", ".csv");
    }
}
