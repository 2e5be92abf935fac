package org.repalign.ui.providers;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;

/**
 * The data provider of the features analysis: the matching kinds, per kind the matched pairs
 * with their scores and permutation-null means as bars, and a pair's null draws.
 */
public final class FeatureMatchingDataProvider implements DataProvider {

    /** A provider for the extension registry. */
    public FeatureMatchingDataProvider() {
    }

    @Override
    public Set<String> analyses() {
        return Set.of("features");
    }

    /**
     * @param run a run, or {@code null}
     * @return the matching kinds ({@code weighted}, {@code binary}) in report order
     */
    public List<String> kinds(RunResults run) {
        return run == null ? List.of() : run.features().stream().map(FeatureRow::kind).distinct().toList();
    }

    /**
     * @param run  a run, or {@code null}
     * @param kind a matching kind
     * @return its rows in report order
     */
    public List<FeatureRow> rows(RunResults run, String kind) {
        return run == null ? List.of() : run.features().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /**
     * @param a a source
     * @param b another source
     * @return the pair's label, {@code a – b}
     */
    public static String pairLabel(String a, String b) {
        return a + " \u2013 " + b;
    }

    /**
     * @param rows  rows of one kind
     * @param id    the series id
     * @param value the quantity, e.g. {@code FeatureRow::score}
     * @return one bar per pair
     */
    public SeriesModel bars(List<FeatureRow> rows, String id, ToDoubleFunction<FeatureRow> value) {
        return new SeriesModel(id, rows.stream().map(f -> pairLabel(f.a(), f.b())).toList(),
                rows.stream().mapToDouble(value).toArray());
    }

    /**
     * @param nulls the run's null draws ({@link RunResults#featureNulls()})
     * @param row   a matched pair
     * @return the pair's defined null scores, in draw order
     */
    public double[] nullScores(List<FeatureNullScore> nulls, FeatureRow row) {
        return nulls.stream().filter(n -> n.a().equals(row.a()) && n.b().equals(row.b()) && n.kind().equals(row.kind()))
                .mapToDouble(FeatureNullScore::score).filter(Double::isFinite).toArray();
    }
}
