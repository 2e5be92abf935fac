package org.repalign.compute.metrics;

import java.util.List;

/**
 * A declared parameter of a metric: a number ({@code int} or {@code double}) with a range, or a
 * {@code choice} among named values (e.g. {@code rdm} of {@code rsa}).
 *
 * @param name         the name used in {@code id:name=value}
 * @param type         {@code int}, {@code double} or {@code choice}
 * @param defaultValue the default as text, or {@code null} when the parameter is required
 * @param minimum      smallest allowed value (inclusive); for a choice 0
 * @param maximum      largest allowed value (inclusive); for a choice the number of choices − 1
 * @param description  one line for listings
 * @param choices      the allowed values of a {@code choice}, in display order; empty for numbers
 */
public record MetricParameter(String name, String type, String defaultValue, double minimum, double maximum,
        String description, List<String> choices) {

    /** The type of a parameter that takes one of its {@link #choices()}. */
    public static final String CHOICE = "choice";

    /** Compact constructor: freezes the choices ({@code null} counts as none). */
    public MetricParameter {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /**
     * A numeric parameter.
     *
     * @param name         the name used in {@code id:name=value}
     * @param type         {@code int} or {@code double}
     * @param defaultValue the default as text, or {@code null} when the parameter is required
     * @param minimum      smallest allowed value (inclusive)
     * @param maximum      largest allowed value (inclusive)
     * @param description  one line for listings
     */
    public MetricParameter(String name, String type, String defaultValue, double minimum, double maximum,
            String description) {
        this(name, type, defaultValue, minimum, maximum, description, List.of());
    }

    /**
     * @param name         the name used in {@code id:name=value}
     * @param defaultValue the default, one of {@code choices}
     * @param description  one line for listings
     * @param choices      the allowed values
     * @return a parameter of type {@value #CHOICE}
     */
    public static MetricParameter choice(String name, String defaultValue, String description, String... choices) {
        return new MetricParameter(name, CHOICE, defaultValue, 0, choices.length - 1, description, List.of(choices));
    }

    /** @return whether this parameter takes one of {@link #choices()} rather than a number */
    public boolean isChoice() {
        return CHOICE.equals(type);
    }
}
