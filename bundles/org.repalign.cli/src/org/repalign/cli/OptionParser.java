package org.repalign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits command arguments into positional arguments, options with a value
 * ({@code --name value} or {@code --name=value}) and flags ({@code --name}). Unknown options,
 * repeated options and options without their value are usage errors that name the option.
 */
public final class OptionParser {

    private final Set<String> valueOptions;
    private final Set<String> flags;

    /**
     * @param valueOptions names (without dashes) of options that take a value
     * @param flags        names of options that take none
     */
    public OptionParser(Set<String> valueOptions, Set<String> flags) {
        this.valueOptions = Set.copyOf(valueOptions);
        this.flags = Set.copyOf(flags);
    }

    /**
     * @param arguments the command's arguments
     * @return the parsed arguments
     * @throws UsageException naming the offending option
     */
    public Parsed parse(List<String> arguments) throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--") || argument.equals("--")) {
                positional.add(argument);
                continue;
            }
            String name = argument.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                value = "true";
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= arguments.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = arguments.get(++i);
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        return new Parsed(positional, values);
    }

    /**
     * Parsed arguments.
     *
     * @param positional arguments that are not options, in order
     * @param options    option name → value ({@code "true"} for flags)
     */
    public record Parsed(List<String> positional, Map<String, String> options) {

        /**
         * @param name         an option
         * @param defaultValue the value when absent
         * @return the option's value
         */
        public String option(String name, String defaultValue) {
            return options.getOrDefault(name, defaultValue);
        }

        /**
         * @param name an option
         * @return whether the flag or option is present
         */
        public boolean has(String name) {
            return options.containsKey(name);
        }

        /**
         * @param name   an option
         * @param absent the value when the option is not given
         * @param min    the smallest allowed value
         * @param max    the largest allowed value
         * @return the option as a whole number
         * @throws UsageException naming the option when it is not a whole number in range
         */
        public int intValue(String name, int absent, int min, int max) throws UsageException {
            if (!has(name)) {
                return absent;
            }
            long value = longValue(name, absent);
            if (value < min || value > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + value);
            }
            return (int) value;
        }

        /**
         * @param name   an option
         * @param absent the value when the option is not given
         * @return the option as a whole number
         * @throws UsageException naming the option when it is not a whole number
         */
        public long longValue(String name, long absent) throws UsageException {
            String text = options.get(name);
            if (text == null) {
                return absent;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number, not '" + text + "'");
            }
        }

        /**
         * @param name   an option
         * @param absent the value when the option is not given
         * @return the option as a number
         * @throws UsageException naming the option when it is not a number
         */
        public double doubleValue(String name, double absent) throws UsageException {
            String text = options.get(name);
            if (text == null) {
                return absent;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a number, not '" + text + "'");
            }
        }

        /**
         * @param name    the option
         * @param allowed its allowed values
         * @param defaultValue the value when absent
         * @return the value
         * @throws UsageException when the value is not allowed
         */
        public String choice(String name, List<String> allowed, String defaultValue) throws UsageException {
            String value = option(name, defaultValue);
            if (!allowed.contains(value)) {
                throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
            }
            return value;
        }
    }
}
