package org.repalign.compute.sae;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;

/**
 * The registry of SAE architectures by id, filled through {@link java.util.ServiceLoader} from
 * every {@code META-INF/services/org.repalign.compute.sae.SaeArchitecture} file this bundle's
 * class loader sees. RepAlign's own are listed there the same way as contributions: {@code topk}
 * ({@link TopKArchitecture}), {@code batchtopk} ({@link BatchTopKArchitecture}) and
 * {@code relu-l1} ({@link ReluL1Architecture}). In OSGi the Service Loader Mediator makes the
 * files of the contributing bundles visible (see
 * {@link org.repalign.compute.extension.ServiceContributions}).
 */
public final class SaeArchitectures {

    private static final Map<String, SaeArchitecture> BY_ID = new ConcurrentHashMap<>();
    private static final Map<String, String> CONTRIBUTORS = new ConcurrentHashMap<>();
    private static final Map<String, String> BROKEN = new ConcurrentHashMap<>();

    static {
        for (Contribution<SaeArchitecture> contribution : ServiceContributions.load(SaeArchitecture.class,
                SaeArchitecture.class.getClassLoader())) {
            contribute(contribution);
        }
    }

    private SaeArchitectures() {
    }

    /**
     * Adds an architecture.
     *
     * @param architecture the architecture
     * @throws IllegalArgumentException when its id is already taken
     */
    public static void register(SaeArchitecture architecture) {
        if (BY_ID.putIfAbsent(architecture.id(), architecture) != null) {
            throw new IllegalArgumentException("architecture id '" + architecture.id() + "' is already registered");
        }
    }

    /**
     * Adds a contributed architecture; a missing or taken id is reported once with the
     * contributor's name and the architecture is skipped.
     *
     * @param contribution the architecture and its contributor
     * @return whether it was added
     */
    public static boolean contribute(Contribution<? extends SaeArchitecture> contribution) {
        String id;
        try {
            id = contribution.value().id();
        } catch (RuntimeException | LinkageError e) {
            ContributionProblems.report(contribution.contributor(),
                    "SAE architecture id cannot be read: " + ServiceContributions.describe(e));
            return false;
        }
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            ContributionProblems.report(contribution.contributor(), "SAE architecture id '" + id + "' is not an id");
            return false;
        }
        if (BY_ID.putIfAbsent(id, contribution.value()) != null) {
            ContributionProblems.report(contribution.contributor(), "SAE architecture id '" + id
                    + "' is registered twice");
            return false;
        }
        CONTRIBUTORS.put(id, contribution.contributor());
        return true;
    }

    /**
     * Remembers a contribution that could not be created, so that asking for its id fails with
     * the reported message.
     *
     * @param id          the declared id
     * @param contributor the contributing bundle
     * @param problem     what is wrong
     */
    public static void markBroken(String id, String contributor, String problem) {
        String message = ContributionProblems.report(contributor, problem);
        if (id != null && !BY_ID.containsKey(id)) {
            BROKEN.putIfAbsent(id, message);
        }
    }

    /**
     * @param id an architecture id
     * @return who contributed it (bundle or provider class), when it is registered
     */
    public static java.util.Optional<String> contributorOf(String id) {
        return java.util.Optional.ofNullable(id == null ? null : CONTRIBUTORS.get(id));
    }

    /**
     * @param id an architecture id
     * @return the architecture
     * @throws IllegalArgumentException naming the known ids when there is none
     */
    public static SaeArchitecture get(String id) {
        SaeArchitecture architecture = id == null ? null : BY_ID.get(id);
        if (architecture == null && id != null && BROKEN.containsKey(id)) {
            throw new IllegalArgumentException("architecture '" + id + "' is a broken contribution: " + BROKEN.get(id));
        }
        if (architecture == null) {
            throw new IllegalArgumentException("architecture: unknown id '" + id + "', known: " + ids());
        }
        return architecture;
    }

    /** @return the registered ids, sorted */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>(BY_ID.keySet());
        ids.sort(null);
        return ids;
    }
}
