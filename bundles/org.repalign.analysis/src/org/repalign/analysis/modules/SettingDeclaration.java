package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One setting an analysis declares: its name (for a built-in analysis the name of the experiment
 * model's attribute; for a contributed one the name written in the experiment), its kind, its
 * default, its range and one line of help. The editor shows the declarations, the validator and
 * the runner check values against them.
 *
 * @param name         the setting's name, a word
 * @param kind         what values it takes
 * @param defaultValue the default as text ({@link #format}), or {@code null} when the setting is
 *                     required; for a {@link Kind#DOUBLE_LIST} the empty text means the
 *                     analysis' own default list
 * @param minimum      smallest allowed number (inclusive) for {@link Kind#INT}, {@link Kind#DOUBLE}
 *                     and every element of a {@link Kind#DOUBLE_LIST}
 * @param maximum      largest allowed number (inclusive)
 * @param choices      the allowed values of a {@link Kind#CHOICE}, empty for the other kinds
 * @param help         one line for tooltips and listings
 */
public record SettingDeclaration(String name, Kind kind, String defaultValue, double minimum, double maximum,
        List<String> choices, String help) {

    /** The kinds of values a setting takes. */
    public enum Kind {
        /** A whole number, written as decimal digits. */
        INT,
        /** A number. */
        DOUBLE,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of the declared {@link SettingDeclaration#choices()}. */
        CHOICE,
        /** Numbers separated by commas, possibly none. */
        DOUBLE_LIST
    }

    /** Compact constructor: checks the declaration itself. */
    public SettingDeclaration {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("setting name '" + name + "' is not a word");
        }
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? "" : help;
        if (kind == Kind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("setting " + name + " is a choice without choices");
        }
        if (minimum > maximum) {
            throw new IllegalArgumentException("setting " + name + ": minimum " + minimum + " > maximum " + maximum);
        }
    }

    /**
     * @param name         the name
     * @param defaultValue the default
     * @param minimum      smallest allowed value
     * @param maximum      largest allowed value
     * @param help         one line of help
     * @return an integer setting
     */
    public static SettingDeclaration integer(String name, int defaultValue, int minimum, int maximum, String help) {
        return new SettingDeclaration(name, Kind.INT, Integer.toString(defaultValue), minimum, maximum, List.of(), help);
    }

    /**
     * @param name         the name
     * @param defaultValue the default
     * @param minimum      smallest allowed value
     * @param maximum      largest allowed value
     * @param help         one line of help
     * @return a number setting
     */
    public static SettingDeclaration number(String name, double defaultValue, double minimum, double maximum,
            String help) {
        return new SettingDeclaration(name, Kind.DOUBLE, Double.toString(defaultValue), minimum, maximum, List.of(),
                help);
    }

    /**
     * @param name         the name
     * @param defaultValue the default
     * @param help         one line of help
     * @return a yes/no setting
     */
    public static SettingDeclaration bool(String name, boolean defaultValue, String help) {
        return new SettingDeclaration(name, Kind.BOOLEAN, Boolean.toString(defaultValue), 0, 0, List.of(), help);
    }

    /**
     * @param name         the name
     * @param defaultValue the default, one of {@code choices}
     * @param choices      the allowed values
     * @param help         one line of help
     * @return a setting with a fixed set of values
     */
    public static SettingDeclaration choice(String name, String defaultValue, List<String> choices, String help) {
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("setting " + name + ": default " + defaultValue + " is not a choice");
        }
        return new SettingDeclaration(name, Kind.CHOICE, defaultValue, 0, 0, choices, help);
    }

    /**
     * @param name    the name
     * @param minimum smallest allowed element
     * @param maximum largest allowed element
     * @param help    one line of help, saying what an empty list means
     * @return a list-of-numbers setting whose default is the empty list
     */
    public static SettingDeclaration numbers(String name, double minimum, double maximum, String help) {
        return new SettingDeclaration(name, Kind.DOUBLE_LIST, "", minimum, maximum, List.of(), help);
    }

    /** @return whether an experiment must give a value */
    public boolean required() {
        return defaultValue == null;
    }

    /**
     * @param text a value as written, or {@code null} for the default
     * @return what is wrong with it, or {@code null} when it fits the declaration
     */
    public String problem(String text) {
        if (text == null) {
            return required() ? "setting " + name + " is required" : null;
        }
        String value = text.strip();
        return switch (kind) {
            case INT -> {
                try {
                    yield outside(Long.parseLong(value), value);
                } catch (NumberFormatException e) {
                    yield "setting " + name + ": '" + text + "' is not an integer";
                }
            }
            case DOUBLE -> {
                try {
                    yield outside(Double.parseDouble(value), value);
                } catch (NumberFormatException e) {
                    yield "setting " + name + ": '" + text + "' is not a number";
                }
            }
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                    : "setting " + name + ": '" + text + "' is not true or false";
            case CHOICE -> choices.contains(value) ? null
                    : "setting " + name + ": '" + text + "' is not one of " + String.join(", ", choices);
            case DOUBLE_LIST -> {
                try {
                    for (double element : numbers(value)) {
                        String outside = outside(element, format(element));
                        if (outside != null) {
                            yield outside;
                        }
                    }
                    yield null;
                } catch (NumberFormatException e) {
                    yield "setting " + name + ": '" + text + "' is not a list of numbers";
                }
            }
        };
    }

    private String outside(double value, String text) {
        return value >= minimum && value <= maximum ? null
                : "setting " + name + ": " + text + " is outside " + interval();
    }

    /**
     * @return the numeric range as shown to a user: {@code [2, 1000000]}; an open end for the
     *         smallest positive double ({@code (0, …}) and for the largest int or double
     *         ({@code …, ∞)})
     */
    private String interval() {
        String lower = minimum == Double.MIN_VALUE ? "(0" : "[" + format(minimum);
        String upper = maximum == Integer.MAX_VALUE || maximum == Double.MAX_VALUE ? "∞)" : format(maximum) + "]";
        return lower + ", " + upper;
    }

    /** @return the allowed values as shown to a user, e.g. {@code [2, 1000000]} or {@code raw, centered} */
    public String range() {
        return switch (kind) {
            case INT, DOUBLE, DOUBLE_LIST -> interval();
            case BOOLEAN -> "true or false";
            case CHOICE -> String.join(", ", choices);
        };
    }

    /**
     * @param values a map of settings as written
     * @return the value of this setting there, or its default
     */
    public String valueIn(java.util.Map<String, String> values) {
        String text = values.get(name);
        return text == null ? defaultValue : text.strip();
    }

    /**
     * @param text numbers separated by commas or blanks, possibly none
     * @return the numbers
     * @throws NumberFormatException naming the part that is not a number
     */
    public static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                values.add(Double.valueOf(part));
            }
        }
        return values;
    }

    /**
     * @param value a number
     * @return the number without a trailing {@code .0} when it is whole ({@code 2}, {@code 0.1})
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return Double.toString(value).toLowerCase(Locale.ROOT);
    }
}
