package org.repalign.example.tests;

/** Test contribution {@code cka} (see fragment.xml). */
public final class SecondCkaFactory extends StubMetricFactory {

    /** For the extension registry. */
    public SecondCkaFactory() {
        super("cka", false);
    }
}
