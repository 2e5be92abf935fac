package org.repalign.compute.metrics;

/**
 * A declared parameter of a metric.
 *
 * @param name         the name used in {@code id:name=value}
 * @param type         {@code int} or {@code double}
 * @param defaultValue the default as text, or {@code null} when the parameter is required
 * @param minimum      smallest allowed value (inclusive)
 * @param maximum      largest allowed value (inclusive)
 * @param description  one line for listings
 */
public record MetricParameter(String name, String type, String defaultValue, double minimum, double maximum,
        String description) {
}
