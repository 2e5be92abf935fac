package org.repalign.example.tests;

/** Test contribution {@code cka} (listed in this fragment's META-INF/services). */
public final class SecondCkaFactory extends StubMetricFactory {

    /** For the service loader. */
    public SecondCkaFactory() {
        super("cka", false);
    }
}
