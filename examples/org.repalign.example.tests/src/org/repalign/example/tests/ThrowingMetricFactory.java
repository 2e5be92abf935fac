package org.repalign.example.tests;

/** Test contribution {@code throwing} (see fragment.xml). */
public final class ThrowingMetricFactory extends StubMetricFactory {

    /** For the extension registry. */
    public ThrowingMetricFactory() {
        super("throwing", true);
    }
}
