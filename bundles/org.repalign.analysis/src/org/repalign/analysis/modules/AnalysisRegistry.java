package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;

/**
 * The analyses of this process, by id: RepAlign's own ({@link BuiltInAnalysisFactory}) and the
 * contributed ones, all listed in
 * {@code META-INF/services/org.repalign.analysis.modules.AnalysisFactory} files that this
 * bundle's class loader sees (in OSGi, also those of the bundles that provide the
 * {@code osgi.serviceloader} capability of {@link AnalysisFactory}). The built-in analyses
 * come first, then the contributed ones; within each, by {@link AnalysisFactory#runOrder()} and
 * then in registration order ({@link #runOrder()} is the order of a run). An id that is missing, taken twice or
 * malformed is reported once with the contributor's name and skipped.
 */
public final class AnalysisRegistry {

    private static AnalysisRegistry installed;

    private final Map<String, Contribution<AnalysisFactory>> factories = new LinkedHashMap<>();
    private final Map<String, String> broken = new LinkedHashMap<>();

    /** An empty registry (tests fill their own). */
    public AnalysisRegistry() {
    }

    /** @return the shared registry, filled through {@link java.util.ServiceLoader} on first use */
    public static synchronized AnalysisRegistry installed() {
        if (installed == null) {
            AnalysisRegistry registry = new AnalysisRegistry();
            for (Contribution<AnalysisFactory> contribution : ServiceContributions.load(AnalysisFactory.class,
                    AnalysisFactory.class.getClassLoader())) {
                registry.contribute(contribution);
            }
            installed = registry;
        }
        return installed;
    }

    /**
     * @param contribution a factory and its contributor
     * @return whether it was added
     */
    public synchronized boolean contribute(Contribution<? extends AnalysisFactory> contribution) {
        String id;
        try {
            AnalysisFactory factory = contribution.value();
            id = factory.id();
            // every declaration must be readable before the factory is offered anywhere
            factory.name();
            factory.description();
            factory.settings();
            factory.needs();
            factory.tables();
            factory.weight();
            factory.runOrder();
        } catch (RuntimeException | LinkageError e) {
            ContributionProblems.report(contribution.contributor(), "analysis declaration cannot be read: "
                    + ServiceContributions.describe(e));
            return false;
        }
        String problem = null;
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            problem = "analysis id '" + id + "' is not an id";
        } else if (factories.containsKey(id)) {
            problem = "analysis id '" + id + "' is registered twice";
        }
        if (problem != null) {
            ContributionProblems.report(contribution.contributor(), problem);
            return false;
        }
        factories.put(id, new Contribution<>(contribution.value(), contribution.contributor()));
        return true;
    }

    /**
     * Remembers a contribution that could not be created, so that an experiment naming it fails
     * with the reported message.
     *
     * @param id          the declared id
     * @param contributor the contributing bundle
     * @param problem     what is wrong
     */
    public synchronized void markBroken(String id, String contributor, String problem) {
        String message = ContributionProblems.report(contributor, problem);
        if (id != null && !factories.containsKey(id)) {
            broken.putIfAbsent(id, message);
        }
    }

    /** @return every factory, built-in ones first, in run order */
    public synchronized List<AnalysisFactory> all() {
        return ordered().stream().map(Contribution::value).toList();
    }

    /** @return the built-in factories, in run order */
    public synchronized List<BuiltInAnalysisFactory<?>> builtIns() {
        List<BuiltInAnalysisFactory<?>> builtIns = new ArrayList<>();
        for (Contribution<AnalysisFactory> contribution : ordered()) {
            if (contribution.value() instanceof BuiltInAnalysisFactory<?> builtIn) {
                builtIns.add(builtIn);
            }
        }
        return builtIns;
    }

    /** @return the contributed (not built-in) factories, in run order */
    public synchronized List<AnalysisFactory> factories() {
        return ordered().stream().map(Contribution::value).filter(f -> !isBuiltIn(f)).toList();
    }

    private List<Contribution<AnalysisFactory>> ordered() {
        List<Contribution<AnalysisFactory>> ordered = new ArrayList<>(factories.values());
        // a stable sort: equal orders stay in registration order
        ordered.sort(Comparator.comparingInt((Contribution<AnalysisFactory> c) -> isBuiltIn(c.value()) ? 0 : 1)
                .thenComparingInt(c -> safeRunOrder(c.value())));
        return ordered;
    }

    private static boolean isBuiltIn(AnalysisFactory factory) {
        return factory instanceof BuiltInAnalysisFactory<?>;
    }

    private static int safeRunOrder(AnalysisFactory factory) {
        try {
            return factory.runOrder();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * @param id an analysis id
     * @return whether it names one of RepAlign's own analyses
     */
    public synchronized boolean isBuiltIn(String id) {
        Contribution<AnalysisFactory> contribution = factories.get(id);
        return contribution != null && isBuiltIn(contribution.value());
    }

    /**
     * @param id an analysis id
     * @return the factory with its contributor
     */
    public synchronized Optional<Contribution<AnalysisFactory>> contribution(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /**
     * @param id an analysis id
     * @return the factory
     * @throws IllegalArgumentException naming the id: unknown, or broken with the reported message
     */
    public synchronized AnalysisFactory require(String id) {
        Contribution<AnalysisFactory> contribution = factories.get(id);
        if (contribution != null) {
            return contribution.value();
        }
        if (broken.containsKey(id)) {
            throw new IllegalArgumentException("analysis '" + id + "' is a broken contribution: " + broken.get(id));
        }
        throw new IllegalArgumentException("unknown analysis '" + id + "'; known: " + String.join(", ", knownIds()));
    }

    /** @return every id, the built-in ones first, in run order */
    public synchronized List<String> knownIds() {
        return all().stream().map(AnalysisFactory::id).toList();
    }

    /** @return the ids of the built-in analyses, in run order */
    public synchronized List<String> builtInIds() {
        return builtIns().stream().map(AnalysisFactory::id).toList();
    }

    /**
     * @return the order of a run: the built-in analyses in their run order, then the others by
     *         their factory's {@link AnalysisFactory#runOrder()}; analyses of equal order (by
     *         default every contributed one) stay in the order given
     */
    public Comparator<AnalysisSettings> runOrder() {
        List<String> builtIns = builtInIds();
        return Comparator.comparingInt((AnalysisSettings a) -> {
            int index = builtIns.indexOf(a.id());
            return index < 0 ? builtIns.size() : index;
        }).thenComparingInt(a -> contribution(a.id()).map(c -> safeRunOrder(c.value())).orElse(Integer.MAX_VALUE));
    }

    /**
     * @param settings the settings of an analysis of this registry
     * @return a new analysis: a built-in one directly, a contributed one guarded so that it
     *         validates its settings in {@link Analysis#preflight} and cannot break the run of the
     *         others
     * @throws IllegalArgumentException for an unknown or broken analysis id, naming it
     */
    public Analysis create(AnalysisSettings settings) {
        AnalysisFactory factory = require(settings.id());
        if (factory instanceof BuiltInAnalysisFactory<?> builtIn) {
            return builtIn.create(settings.values());
        }
        String contributor = contribution(settings.id()).orElseThrow().contributor();
        return new GuardedAnalysis(factory, contributor, settings.values());
    }

    /**
     * @param settings the settings of an analysis
     * @return its relative cost for progress, at least 1 (10 when the factory cannot say)
     */
    public int weight(AnalysisSettings settings) {
        return contribution(settings.id()).map(c -> safeWeight(c.value())).orElse(10);
    }

    private static int safeWeight(AnalysisFactory factory) {
        try {
            return Math.max(1, factory.weight());
        } catch (RuntimeException e) {
            return 10;
        }
    }
}
