package org.repalign.example.tests;

/** Test contribution {@code broken_range} (see fragment.xml). */
public final class BrokenRangeFactory extends StubMetricFactory {

    /** For the extension registry. */
    public BrokenRangeFactory() {
        super("broken_range", false);
    }
}
