package org.repalign.compute.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;

/**
 * The metrics RepAlign knows, by id and by shorthand. Plain Java: {@link #installed()} is filled
 * through {@link java.util.ServiceLoader} from every {@code META-INF/services/}
 * {@code org.repalign.compute.metrics.MetricFactory} file (RepAlign's own metrics are listed in
 * this bundle's file, in listing order; in OSGi the Service Loader Mediator makes the files of
 * the contributing bundles visible, see {@link ServiceContributions}). A contribution with a bad
 * declaration or a taken id is reported once
 * through {@link ContributionProblems} and skipped; an id whose contribution is broken fails with
 * that message when it is asked for.
 */
public final class MetricRegistry {

    /** The eight metrics of the paper, the default metric list. */
    public static final List<String> PAPER_METRICS = List.of("cka", "unbiased_cka", "svcca_10", "svcca_100",
            "mutual_knn_10", "mutual_knn_100", "knn_edit_10", "knn_edit_100");

    private final Map<String, MetricFactory> factories = new LinkedHashMap<>();
    private final Map<String, MetricFactory> shorthandOwners = new LinkedHashMap<>();
    private final Map<String, String> brokenIds = new LinkedHashMap<>();

    private static MetricRegistry installed;

    /**
     * @param factories the factories, in listing order
     * @throws IllegalArgumentException when two factories claim the same id or shorthand
     */
    public MetricRegistry(List<? extends MetricFactory> factories) {
        for (MetricFactory factory : factories) {
            add(factory);
        }
    }

    /**
     * The registry of this process: the metrics found through {@link java.util.ServiceLoader} by
     * this bundle's class loader: the built-ins and every contribution (in OSGi, those of the
     * bundles that provide the {@code osgi.serviceloader} capability of
     * {@link MetricFactory}). Created on first use; later contributions are added to the same
     * instance.
     *
     * @return the shared registry
     */
    public static synchronized MetricRegistry installed() {
        if (installed == null) {
            MetricRegistry registry = new MetricRegistry(List.of());
            for (Contribution<MetricFactory> contribution : ServiceContributions.load(MetricFactory.class,
                    MetricFactory.class.getClassLoader())) {
                registry.contribute(contribution);
            }
            installed = registry;
        }
        return installed;
    }

    /**
     * Adds a factory.
     *
     * @param factory the factory
     * @throws IllegalArgumentException when its id or a shorthand is taken
     */
    public synchronized void add(MetricFactory factory) {
        Optional<String> conflict = conflict(factory);
        if (conflict.isPresent()) {
            throw new IllegalArgumentException(conflict.get());
        }
        factories.put(factory.id(), factory);
        for (String shorthand : factory.shorthands().keySet()) {
            shorthandOwners.put(shorthand, factory);
        }
    }

    /**
     * Adds a contributed factory after checking its declaration; a bad declaration or a taken id
     * or shorthand is reported once with the contributor's name and the factory is skipped. The
     * factory's metrics are guarded: an unexpected exception inside one is reported and gives an
     * undefined value (see {@link #failureOf}).
     *
     * @param contribution the factory and its contributor
     * @return whether it was added
     */
    public synchronized boolean contribute(Contribution<? extends MetricFactory> contribution) {
        MetricFactory factory = contribution.value();
        String contributor = contribution.contributor();
        Optional<String> problem;
        try {
            problem = MetricDeclarationCheck.problem(factory).or(() -> conflict(factory));
        } catch (RuntimeException | LinkageError e) {
            problem = Optional.of("metric declaration cannot be read: " + ServiceContributions.describe(e));
        }
        if (problem.isPresent()) {
            markBroken(safeId(factory), contributor, problem.get());
            return false;
        }
        // RepAlign's own metrics are not contributions: their failures are bugs and surface as such
        add(ServiceContributions.isOwn(MetricFactory.class, factory) ? factory
                : new GuardedMetricFactory(factory, contributor));
        return true;
    }

    /**
     * Remembers a contribution that could not even be created (e.g. its class is missing), so
     * that asking for its id fails with the message instead of "unknown metric". The problem is
     * reported once.
     *
     * @param id          the id the contribution declared
     * @param contributor the contributing bundle
     * @param problem     what is wrong
     */
    public synchronized void markBroken(String id, String contributor, String problem) {
        String message = ContributionProblems.report(contributor, problem);
        if (id != null && !factories.containsKey(id) && !shorthandOwners.containsKey(id)) {
            brokenIds.putIfAbsent(id, message);
        }
    }

    /**
     * @param id a metric id
     * @return who contributed the metric (bundle or provider class), when it is registered
     */
    public synchronized Optional<String> contributorOf(String id) {
        MetricFactory factory = factories.get(id);
        if (factory == null) {
            factory = shorthandOwners.get(id);
        }
        return factory instanceof GuardedMetricFactory guarded ? Optional.of(guarded.contributor()) : Optional.empty();
    }

    /**
     * @param metric a metric created by a registry
     * @return the reported message when the metric failed unexpectedly while computing
     */
    public static Optional<String> failureOf(AlignmentMetric metric) {
        return metric instanceof GuardedMetricFactory.GuardedMetric guarded ? guarded.failure() : Optional.empty();
    }

    /** @return the factories in registration order, as they were contributed */
    public synchronized List<MetricFactory> factories() {
        List<MetricFactory> list = new ArrayList<>();
        for (MetricFactory factory : factories.values()) {
            list.add(factory instanceof GuardedMetricFactory guarded ? guarded.delegate() : factory);
        }
        return List.copyOf(list);
    }

    /**
     * @param id a metric id
     * @return its factory, as contributed
     */
    public synchronized Optional<MetricFactory> factory(String id) {
        MetricFactory factory = factories.get(id);
        return Optional.ofNullable(factory instanceof GuardedMetricFactory guarded ? guarded.delegate() : factory);
    }

    private Optional<String> conflict(MetricFactory factory) {
        String id = factory.id();
        if (factories.containsKey(id) || shorthandOwners.containsKey(id)) {
            return Optional.of("metric id '" + id + "' is registered twice");
        }
        for (String shorthand : factory.shorthands().keySet()) {
            if (factories.containsKey(shorthand) || shorthandOwners.containsKey(shorthand) || shorthand.equals(id)) {
                return Optional.of("metric id '" + shorthand + "' is registered twice");
            }
        }
        return Optional.empty();
    }

    private static String safeId(MetricFactory factory) {
        try {
            return factory.id();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** @return every id and shorthand, sorted */
    public synchronized List<String> names() {
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
        MetricFactory factory;
        MetricFactory shorthandOwner;
        String broken;
        synchronized (this) {
            factory = factories.get(spec.id());
            shorthandOwner = shorthandOwners.get(spec.id());
            broken = brokenIds.get(spec.id());
        }
        if (factory != null) {
            checkParameters(factory, spec);
            return factory.create(spec);
        }
        factory = shorthandOwner;
        if (factory == null && broken != null) {
            throw new IllegalArgumentException("metric '" + spec.id() + "' is a broken contribution: " + broken);
        }
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
        for (MetricFactory factory : factories()) {
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
            if (parameter.isChoice()) {
                if (!parameter.choices().contains(value)) {
                    throw new IllegalArgumentException("metric '" + spec.key() + "': " + parameter.name() + "=" + value
                            + " is not one of " + String.join(", ", parameter.choices()));
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
