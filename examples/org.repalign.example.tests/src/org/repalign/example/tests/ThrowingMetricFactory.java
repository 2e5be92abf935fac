package org.repalign.example.tests;

/** Test contribution {@code throwing} (listed in this fragment's META-INF/services). */
public final class ThrowingMetricFactory extends StubMetricFactory {

    /** For the service loader. */
    public ThrowingMetricFactory() {
        super("throwing", true);
    }
}
