package org.repalign.model;

import java.util.StringJoiner;

/**
 * Turns a {@link MetricSetting} into the metric text of the command line and of result keys:
 * {@code id} when the setting has no parameters, else {@code id:name=value,name=value} in the
 * order of the setting's parameters (the syntax the compute bundle's metric parser accepts, e.g.
 * {@code mutual_knn:k=25}). Hand-written; not part of the generated model code.
 */
public final class MetricSpecs {

    private MetricSpecs() {
    }

    /**
     * @param setting the metric setting
     * @return {@code id} or {@code id:name=value,name=value}; names and values are stripped of
     *         surrounding white space, a parameter with a blank name is left out
     * @throws IllegalArgumentException when the setting has no id
     */
    public static String toSpecText(MetricSetting setting) {
        String id = setting.getId() == null ? "" : setting.getId().strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("metric setting has no id");
        }
        StringJoiner parameters = new StringJoiner(",", id + ":", "");
        parameters.setEmptyValue(id);
        for (MetricParameter parameter : setting.getParameters()) {
            String name = parameter.getName() == null ? "" : parameter.getName().strip();
            if (name.isEmpty()) {
                continue;
            }
            String value = parameter.getValue() == null ? "" : parameter.getValue().strip();
            parameters.add(name + "=" + value);
        }
        return parameters.toString();
    }
}
