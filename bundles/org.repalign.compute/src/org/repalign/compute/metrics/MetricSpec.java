package org.repalign.compute.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.compute.data.RowMatrix;

/**
 * A metric as the user names it: {@code id} or {@code id:name=value,name=value}, e.g.
 * {@code mutual_knn:k=25}. The exact text is the metric's key in every output, so
 * {@code mutual_knn_10} and {@code mutual_knn:k=10} are two keys for the same computation.
 *
 * @param key        the text as given; the key in results
 * @param id         the metric id before the colon
 * @param parameters the parameters after the colon, in the order given
 */
public record MetricSpec(String key, String id, Map<String, String> parameters) {

    /** Compact constructor: freezes the parameter map. */
    public MetricSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Parses {@code id[:name=value[,name=value]...]}.
     *
     * @param text the metric as written by the user
     * @return the parsed spec
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static MetricSpec parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty metric name");
        }
        int colon = trimmed.indexOf(':');
        String id = colon < 0 ? trimmed : trimmed.substring(0, colon);
        if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("metric '" + trimmed + "': '" + id + "' is not a metric id");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = trimmed.substring(colon + 1);
            for (String part : rest.split(";|,", -1)) {
                int equals = part.indexOf('=');
                if (equals <= 0 || equals == part.length() - 1) {
                    throw new IllegalArgumentException(
                            "metric '" + trimmed + "': parameter '" + part + "' is not of the form name=value");
                }
                String name = part.substring(0, equals).strip();
                if (parameters.put(name, part.substring(equals + 1).strip()) != null) {
                    throw new IllegalArgumentException("metric '" + trimmed + "': parameter '" + name + "' given twice");
                }
            }
        }
        return new MetricSpec(trimmed, id, parameters);
    }

    /**
     * Checks that two representations describe the same items row by row.
     *
     * @param x the first representation
     * @param y the second representation
     * @return the common number of rows
     * @throws IllegalArgumentException naming this metric and both row counts when they differ
     */
    public int pairedRows(RowMatrix x, RowMatrix y) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("metric '" + key + "': the representations have " + x.rows() + " and "
                    + y.rows() + " rows; rows must be paired");
        }
        return x.rows();
    }

    /**
     * @param name the parameter
     * @param defaultValue value when absent
     * @return the integer parameter
     * @throws IllegalArgumentException naming the metric and the parameter when it is not an integer
     */
    public int intParameter(String name, int defaultValue) {
        String value = parameters.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric '" + key + "': " + name + "=" + value + " is not an integer");
        }
    }

    /**
     * @param name the parameter
     * @param defaultValue value when absent
     * @return the numeric parameter
     * @throws IllegalArgumentException naming the metric and the parameter when it is not a finite number
     */
    public double doubleParameter(String name, double defaultValue) {
        String value = parameters.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric '" + key + "': " + name + "=" + value + " is not a finite number");
        }
    }

    /**
     * @param name         the parameter
     * @param defaultValue value when absent
     * @param choices      the allowed values
     * @return the chosen value
     * @throws IllegalArgumentException naming the metric, the parameter and the choices when the
     *         value is not one of them
     */
    public String choiceParameter(String name, String defaultValue, List<String> choices) {
        String value = parameters.getOrDefault(name, defaultValue);
        if (!choices.contains(value)) {
            throw new IllegalArgumentException("metric '" + key + "': " + name + "=" + value + " is not one of "
                    + String.join(", ", choices));
        }
        return value;
    }
}
