package org.repalign.ui.providers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;

/**
 * The data provider of the noise analysis: the measured pairs, per pair and metric the
 * frequency windows as points (x = f<sup>−1/2</sup> of the window's mean frequency, y = the
 * metric on the window) and the report's least-squares fit of them.
 */
public final class FrequencyDataProvider implements DataProvider {

    /**
     * A pair of sources, as the report orders it.
     *
     * @param a the first source
     * @param b the second source
     */
    public record Pair(String a, String b) {
    }

    /** A provider for the extension registry. */
    public FrequencyDataProvider() {
    }

    @Override
    public Set<String> analyses() {
        return Set.of("noise");
    }

    /**
     * @param run a run, or {@code null}
     * @return the pairs with windows, in report order
     */
    public List<Pair> pairs(RunResults run) {
        Set<Pair> pairs = new LinkedHashSet<>();
        if (run != null) {
            run.noiseRows().forEach(row -> pairs.add(new Pair(row.a(), row.b())));
        }
        return List.copyOf(pairs);
    }

    /**
     * @param run    a run
     * @param pair   a pair
     * @param metric a metric key
     * @return the pair's windows on the metric, in report order
     */
    public List<NoiseRow> rows(RunResults run, Pair pair, String metric) {
        return run.noiseRows().stream().filter(r -> r.a().equals(pair.a()) && r.b().equals(pair.b())
                && r.metric().equals(metric)).toList();
    }

    /**
     * @param run    a run
     * @param pair   a pair
     * @param metric a metric key
     * @param id     the series id
     * @return the windows as points: x = 1/√(mean frequency), y = the metric's value
     */
    public PointsModel windows(RunResults run, Pair pair, String metric, String id) {
        List<NoiseRow> rows = rows(run, pair, metric);
        return new PointsModel(id, rows.stream().mapToDouble(r -> 1 / Math.sqrt(r.meanFrequency())).toArray(),
                rows.stream().mapToDouble(NoiseRow::value).toArray());
    }

    /**
     * @param run    a run
     * @param pair   a pair
     * @param metric a metric key
     * @return the report's fit of the pair's windows, empty when there is none
     */
    public Optional<NoiseFit> fit(RunResults run, Pair pair, String metric) {
        return run.noiseFits().stream().filter(f -> f.a().equals(pair.a()) && f.b().equals(pair.b())
                && f.metric().equals(metric)).findFirst();
    }

    /**
     * @param run    a run
     * @param metric a metric key
     * @return how many pairs' alignment rises with frequency on the metric
     */
    public long rising(RunResults run, String metric) {
        return run.noiseFits().stream().filter(f -> f.metric().equals(metric) && f.rises()).count();
    }
}
