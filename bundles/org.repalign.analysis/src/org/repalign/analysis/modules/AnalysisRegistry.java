package org.repalign.analysis.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;

/**
 * The contributed analyses of this process, by id: those listed in
 * {@code META-INF/services/org.repalign.analysis.modules.AnalysisFactory} files that this
 * bundle's class loader sees (in OSGi, also those of the bundles that provide the
 * {@code osgi.serviceloader} capability of {@link AnalysisFactory}). An id that is missing, taken (also by a built-in
 * analysis) or malformed is reported once with the contributor's name and skipped.
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
            id = contribution.value().id();
            contribution.value().tables();
        } catch (RuntimeException | LinkageError e) {
            ContributionProblems.report(contribution.contributor(), "analysis declaration cannot be read: "
                    + ServiceContributions.describe(e));
            return false;
        }
        String problem = null;
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            problem = "analysis id '" + id + "' is not an id";
        } else if (AnalysisSettings.IDS.contains(id) || factories.containsKey(id)) {
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

    /** @return the contributed factories, in registration order */
    public synchronized List<AnalysisFactory> factories() {
        return factories.values().stream().map(Contribution::value).toList();
    }

    /**
     * @param id an analysis id
     * @return the factory with its contributor
     */
    public synchronized Optional<Contribution<AnalysisFactory>> contribution(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /**
     * @param id an analysis id that is not built in
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
        throw new IllegalArgumentException("unknown analysis '" + id + "'; known: "
                + String.join(", ", knownIds()));
    }

    /** @return the built-in ids followed by the contributed ones */
    public synchronized List<String> knownIds() {
        List<String> ids = new java.util.ArrayList<>(AnalysisSettings.IDS);
        ids.addAll(factories.keySet());
        return ids;
    }
}
