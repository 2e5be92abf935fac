package org.repalign.compute.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what a {@link MetricFactory} declares before it is registered: a usable id, a
 * description and a direction, and parameters with a known type, a range with minimum ≤ maximum
 * and a default of that type inside the range (a choice: a default among its choices); shorthands may only set declared parameters.
 */
final class MetricDeclarationCheck {

    private static final String ID_PATTERN = "[A-Za-z][A-Za-z0-9_.-]*";

    private MetricDeclarationCheck() {
    }

    /**
     * @param factory the factory
     * @return the first problem, one line, or empty when the declaration is sound
     */
    static Optional<String> problem(MetricFactory factory) {
        String id = factory.id();
        if (id == null || !id.matches(ID_PATTERN)) {
            return Optional.of("metric id '" + id + "' is not an id (letters, digits, _ . -, starting with a letter)");
        }
        if (factory.description() == null || factory.description().isBlank()) {
            return Optional.of("metric '" + id + "' has no description");
        }
        if (factory.direction() == null) {
            return Optional.of("metric '" + id + "' declares no direction");
        }
        List<MetricParameter> parameters = factory.parameters();
        if (parameters == null) {
            return Optional.of("metric '" + id + "' declares no parameter list");
        }
        Set<String> names = new HashSet<>();
        for (MetricParameter parameter : parameters) {
            Optional<String> problem = parameterProblem(id, parameter);
            if (problem.isPresent()) {
                return problem;
            }
            if (!names.add(parameter.name())) {
                return Optional.of("metric '" + id + "' declares parameter '" + parameter.name() + "' twice");
            }
        }
        Map<String, Map<String, String>> shorthands = factory.shorthands();
        for (Map.Entry<String, Map<String, String>> shorthand : shorthands == null ? Map.<String, Map<String, String>>of().entrySet()
                : shorthands.entrySet()) {
            if (!shorthand.getKey().matches(ID_PATTERN)) {
                return Optional.of("metric '" + id + "': shorthand '" + shorthand.getKey() + "' is not an id");
            }
            for (String name : shorthand.getValue().keySet()) {
                if (!names.contains(name)) {
                    return Optional.of("metric '" + id + "': shorthand '" + shorthand.getKey() + "' sets undeclared parameter '"
                            + name + "'");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parameterProblem(String id, MetricParameter parameter) {
        String name = parameter.name();
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            return Optional.of("metric '" + id + "': parameter name '" + name + "' is not a name");
        }
        String where = "metric '" + id + "', parameter '" + name + "': ";
        if (parameter.isChoice()) {
            if (parameter.choices().isEmpty()) {
                return Optional.of(where + "a choice without choices");
            }
            if (parameter.defaultValue() != null && !parameter.choices().contains(parameter.defaultValue())) {
                return Optional.of(where + "default '" + parameter.defaultValue() + "' is not one of " + parameter.choices());
            }
            return Optional.empty();
        }
        if (!"int".equals(parameter.type()) && !"double".equals(parameter.type())) {
            return Optional.of(where + "type '" + parameter.type() + "' is neither int nor double, nor choice");
        }
        if (!(parameter.minimum() <= parameter.maximum())) {
            return Optional.of(where + "minimum " + parameter.minimum() + " is not ≤ maximum " + parameter.maximum());
        }
        String text = parameter.defaultValue();
        if (text == null) {
            return Optional.empty();
        }
        double value;
        try {
            value = "int".equals(parameter.type()) ? Long.parseLong(text.strip()) : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Optional.of(where + "default '" + text + "' is not of type " + parameter.type());
        }
        if (value < parameter.minimum() || value > parameter.maximum()) {
            return Optional.of(where + "default " + text + " is outside [" + parameter.minimum() + ", " + parameter.maximum()
                    + "]");
        }
        return Optional.empty();
    }
}
