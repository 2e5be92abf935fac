package org.repalign.compute.metrics.knn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.ParameterBound;

/** What the kNN factories share: one parameter k, optional shorthands {@code id_10}, {@code id_100}. */
abstract class KnnFactorySupport implements MetricFactory {

    /** Default list length, as in the PRH code. */
    static final int DEFAULT_K = 10;

    private final String id;
    private final String description;
    private final Direction direction;
    private final int minimumK;
    private final boolean withShorthands;

    KnnFactorySupport(String id, String description, Direction direction, int minimumK, boolean withShorthands) {
        this.id = id;
        this.description = description;
        this.direction = direction;
        this.minimumK = minimumK;
        this.withShorthands = withShorthands;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Direction direction() {
        return direction;
    }

    @Override
    public final List<MetricParameter> parameters() {
        return List.of(new MetricParameter("k", "int", Integer.toString(DEFAULT_K), minimumK, Integer.MAX_VALUE,
                "neighbours per row, excluding the row itself; at most n − 1"));
    }

    /** k counts neighbours among the other rows: fewer than the rows. */
    @Override
    public final ParameterBound bound(String parameter) {
        return "k".equals(parameter) ? ParameterBound.BELOW_ROWS : ParameterBound.NONE;
    }

    @Override
    public final Map<String, Map<String, String>> shorthands() {
        if (!withShorthands) {
            return Map.of();
        }
        Map<String, Map<String, String>> shorthands = new LinkedHashMap<>();
        shorthands.put(id + "_10", Map.of("k", "10"));
        shorthands.put(id + "_100", Map.of("k", "100"));
        return shorthands;
    }

    @Override
    public final AlignmentMetric create(MetricSpec spec) {
        for (String name : spec.parameters().keySet()) {
            if (!name.equals("k")) {
                throw new IllegalArgumentException("metric '" + spec.key() + "': unknown parameter '" + name
                        + "'; " + id + " takes k");
            }
        }
        int k = spec.intParameter("k", DEFAULT_K);
        if (k < minimumK) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': k = " + k + " must be at least " + minimumK);
        }
        return new KnnMetric(spec, direction, k, minimumRows(), score(), idealValue());
    }

    /** @return the value of identical neighbour lists when the score has a fixed one, else empty */
    OptionalDouble idealValue() {
        return OptionalDouble.empty();
    }

    /** @return the fewest rows the formula is defined for (besides k ≤ n − 1) */
    int minimumRows() {
        return 2;
    }

    /** @return the scorer */
    abstract KnnScore score();
}
