package org.repalign.io.sae;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How RepAlign trained an SAE, kept in {@code cfg.json} under the key {@code "repalign"} (SAELens
 * ignores keys it does not know). JSON fields: {@code recipe}, {@code architecture},
 * {@code seed}, {@code steps}, {@code preprocessing} (all required when the object is present),
 * {@code input_scale} (a number, or {@code null} when inputs were not rescaled) and
 * {@code settings} (an object of further named numbers, strings or booleans, such as the batch
 * size or learning rate).
 *
 * @param recipe        the training recipe, e.g. {@code l2prh} or {@code gao}
 * @param architecture  RepAlign's architecture name, e.g. {@code topk}, {@code batchtopk},
 *                      {@code relu-l1}
 * @param seed          the random seed
 * @param steps         the number of optimizer steps
 * @param preprocessing the input preprocessing, e.g. {@code none}, {@code raw}, {@code centered}
 * @param inputScale    the factor inputs were multiplied by so that E‖x‖² = d_in, or
 *                      {@code null} when off
 * @param settings      further settings; values are {@link Number}s, {@link String}s or
 *                      {@link Boolean}s
 */
public record RepAlignTrainingInfo(String recipe, String architecture, long seed, long steps, String preprocessing,
        Double inputScale, Map<String, Object> settings) {

    /** Checks and copies the fields. */
    public RepAlignTrainingInfo {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(preprocessing, "preprocessing");
        if (steps < 0) {
            throw new IllegalArgumentException("negative steps " + steps);
        }
        if (inputScale != null && !(Double.isFinite(inputScale) && inputScale > 0)) {
            throw new IllegalArgumentException("input scale must be positive and finite, got " + inputScale);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        if (settings != null) {
            for (Map.Entry<String, Object> e : settings.entrySet()) {
                Object v = e.getValue();
                if (!(v instanceof Number || v instanceof String || v instanceof Boolean)) {
                    throw new IllegalArgumentException("setting '" + e.getKey() + "' is not a number, string or boolean");
                }
                copy.put(e.getKey(), v);
            }
        }
        settings = java.util.Collections.unmodifiableMap(copy);
    }
}
