package org.repalign.compute.sae;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of SAE architectures by id. The built-in ones are {@code topk}
 * ({@link TopKArchitecture}), {@code batchtopk} ({@link BatchTopKArchitecture}) and
 * {@code relu-l1} ({@link ReluL1Architecture}); a plug-in adds another with {@link #register}.
 */
public final class SaeArchitectures {

    private static final Map<String, SaeArchitecture> BY_ID = new ConcurrentHashMap<>();

    static {
        register(new TopKArchitecture());
        register(new BatchTopKArchitecture());
        register(new ReluL1Architecture());
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
     * @param id an architecture id
     * @return the architecture
     * @throws IllegalArgumentException naming the known ids when there is none
     */
    public static SaeArchitecture get(String id) {
        SaeArchitecture architecture = id == null ? null : BY_ID.get(id);
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
