package org.repalign.analysis.results.rows;

import java.util.List;
import java.util.Map;

import org.repalign.analysis.results.TableSchema;

/** Every table of RepAlign's own analyses, by analysis id, and the run's own tables. */
public final class BuiltInTables {

    /** The tables each built-in analysis writes, by analysis id. */
    public static final Map<String, List<TableSchema<?>>> BY_ANALYSIS = Map.of(
            "bias", List.of(BiasRow.TABLE),
            "signal", List.of(SignalRow.TABLE),
            "noise", List.of(NoiseRow.TABLE, NoiseFit.TABLE),
            "features", List.of(FeatureRow.TABLE, FeatureNullScore.TABLE),
            "probes", List.of(ProbeRow.TABLE),
            "meta", List.of(MetaRow.TABLE),
            "layers", List.of(LayerGridCell.TABLE, LayerBest.TABLE),
            "nulls", List.of(NullRow.TABLE),
            "model", List.of(ModelSourceRow.TABLE, ModelPredictionRow.TABLE));

    /** The run's tables that belong to no analysis. */
    public static final List<TableSchema<?>> RUN = List.of(SaeSourceSummary.TABLE, SaeCurvePoint.TABLE,
            AlignmentValue.TABLE);

    private BuiltInTables() {
    }

    /** @return every built-in table schema */
    public static List<TableSchema<?>> all() {
        return java.util.stream.Stream.concat(BY_ANALYSIS.values().stream().flatMap(List::stream), RUN.stream())
                .toList();
    }
}
