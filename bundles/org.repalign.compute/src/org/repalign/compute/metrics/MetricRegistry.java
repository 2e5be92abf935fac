package org.repalign.compute.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The metrics RepAlign knows, by id and by shorthand. Plain Java: the command line, the
 * experiment runner and plain JUnit tests fill it the same way; the Eclipse side adds
 * contributed factories to the same kind of registry.
 */
public final class MetricRegistry {

    /** The eight metrics of the paper, the default metric list. */
    public static final List<String> PAPER_METRICS = List.of("cka", "unbiased_cka", "svcca_10", "svcca_100",
            "mutual_knn_10", "mutual_knn_100", "knn_edit_10", "knn_edit_100");

    private final Map<String, MetricFactory> factories = new LinkedHashMap<>();
    private final Map<String, MetricFactory> shorthandOwners = new LinkedHashMap<>();

    /**
     * @param factories the factories, in listing order
     * @throws IllegalArgumentException when two factories claim the same id or shorthand
     */
    public MetricRegistry(List<? extends MetricFactory> factories) {
        for (MetricFactory factory : factories) {
            add(factory);
        }
    }

    /** @return a registry of the built-in metrics */
    public static MetricRegistry builtIns() {
        return new MetricRegistry(BuiltInMetrics.factories());
    }

    /**
     * Adds a factory.
     *
     * @param factory the factory
     * @throws IllegalArgumentException when its id or a shorthand is taken
     */
    public void add(MetricFactory factory) {
        String id = factory.id();
        if (factories.containsKey(id) || shorthandOwners.containsKey(id)) {
            throw new IllegalArgumentException("metric id '" + id + "' is registered twice");
        }
        for (String shorthand : factory.shorthands().keySet()) {
            if (factories.containsKey(shorthand) || shorthandOwners.containsKey(shorthand) || shorthand.equals(id)) {
                throw new IllegalArgumentException("metric id '" + shorthand + "' is registered twice");
            }
        }
        factories.put(id, factory);
        for (String shorthand : factory.shorthands().keySet()) {
            shorthandOwners.put(shorthand, factory);
        }
    }

    /** @return the factories in registration order */
    public List<MetricFactory> factories() {
        return List.copyOf(factories.values());
    }

    /** @return every id and shorthand, sorted */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(factories.keySet());
        names.addAll(shorthandOwners.keySet());
        return List.copyOf(names);
    }

    /**
     * Creates the metric a user named.
     *
     * @param text {@code id}, {@code shorthand} or {@code id:name=value,...}
     * @return the metric; its spec's key is {@code text} as given (trimmed)
     * @throws IllegalArgumentException for an unknown id or a bad parameter, naming it
     */
    public AlignmentMetric create(String text) {
        MetricSpec spec = MetricSpec.parse(text);
        MetricFactory factory = factories.get(spec.id());
        if (factory != null) {
            checkParameters(factory, spec);
            return factory.create(spec);
        }
        factory = shorthandOwners.get(spec.id());
        if (factory == null) {
            throw new IllegalArgumentException("unknown metric '" + spec.id() + "'; known metrics: " + String.join(", ", names()));
        }
        if (!spec.parameters().isEmpty()) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': '" + spec.id()
                    + "' is a shorthand with fixed parameters; write " + factory.id() + ":name=value instead");
        }
        MetricSpec expanded = new MetricSpec(spec.key(), factory.id(), factory.shorthands().get(spec.id()));
        return factory.create(expanded);
    }

    /**
     * Creates several metrics; {@code all} stands for every id and shorthand.
     *
     * @param texts the metric names
     * @return the metrics, in the order given, without duplicate keys
     */
    public List<AlignmentMetric> createAll(List<String> texts) {
        List<String> expanded = new ArrayList<>();
        for (String text : texts) {
            if (text.strip().equals("all")) {
                expanded.addAll(allDefaultKeys());
            } else {
                expanded.add(text);
            }
        }
        Map<String, AlignmentMetric> metrics = new LinkedHashMap<>();
        for (String text : expanded) {
            AlignmentMetric metric = create(text);
            metrics.putIfAbsent(metric.spec().key(), metric);
        }
        return List.copyOf(metrics.values());
    }

    private List<String> allDefaultKeys() {
        List<String> keys = new ArrayList<>();
        for (MetricFactory factory : factories.values()) {
            if (factory.shorthands().isEmpty()) {
                keys.add(factory.id());
            } else {
                keys.addAll(factory.shorthands().keySet());
            }
        }
        return Collections.unmodifiableList(keys);
    }

    private static void checkParameters(MetricFactory factory, MetricSpec spec) {
        for (String name : spec.parameters().keySet()) {
            boolean known = factory.parameters().stream().anyMatch(p -> p.name().equals(name));
            if (!known) {
                throw new IllegalArgumentException("metric '" + spec.key() + "': unknown parameter '" + name
                        + "'; " + factory.id() + " takes " + describe(factory.parameters()));
            }
        }
        for (MetricParameter parameter : factory.parameters()) {
            String value = spec.parameters().get(parameter.name());
            if (value == null) {
                if (parameter.defaultValue() == null) {
                    throw new IllegalArgumentException("metric '" + spec.key() + "': parameter '" + parameter.name() + "' is required");
                }
                continue;
            }
            double number = "int".equals(parameter.type()) ? spec.intParameter(parameter.name(), 0)
                    : spec.doubleParameter(parameter.name(), 0);
            if (number < parameter.minimum() || number > parameter.maximum()) {
                throw new IllegalArgumentException("metric '" + spec.key() + "': " + parameter.name() + "=" + value
                        + " is outside [" + format(parameter.minimum()) + ", " + format(parameter.maximum()) + "]");
            }
        }
    }

    private static String describe(List<MetricParameter> parameters) {
        if (parameters.isEmpty()) {
            return "no parameters";
        }
        List<String> names = new ArrayList<>();
        for (MetricParameter parameter : parameters) {
            names.add(parameter.name());
        }
        return String.join(", ", names);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
