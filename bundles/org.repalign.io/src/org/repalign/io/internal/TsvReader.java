package org.repalign.io.internal;

/** The {@code .tsv} flavour of {@link DelimitedTextReader}, as listed in the service file. */
public final class TsvReader extends DelimitedTextReader {

    /** The {@code tsv} format of {@code .tsv} files. */
    public TsvReader() {
        super("tsv", ".tsv");
    }
}
