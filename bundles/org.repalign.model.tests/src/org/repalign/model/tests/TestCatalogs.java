package org.repalign.model.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.repalign.model.Analysis;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.SignalAnalysis;
import org.repalign.model.validation.AnalysisCatalog;
import org.repalign.model.validation.AnalysisCatalog.Need;
import org.repalign.model.validation.ExperimentValidator;
import org.repalign.model.validation.MetricCatalog;
import org.repalign.model.validation.MetricCatalog.Bound;
import org.repalign.model.validation.SourceShapes;

/**
 * What the validator is told about metrics and analyses in these tests, written out by hand as
 * the metric and analysis factories declare it (the model bundle knows no metric or analysis).
 */
final class TestCatalogs {

    private TestCatalogs() {
    }

    private static final List<MetricCatalog.Parameter> KNN = List.of(
            new MetricCatalog.Parameter("k", true, "10", Bound.BELOW_SUBSAMPLE_ROWS),
            new MetricCatalog.Parameter("ties", false, "random", Bound.NONE));
    private static final List<MetricCatalog.Parameter> SVCCA = List.of(
            new MetricCatalog.Parameter("q", true, "10", Bound.AT_MOST_ROWS_AND_DIMENSION));

    /** mutual_knn and knn_edit with k, svcca with q, cka without parameters, and the shorthands the tests use. */
    static final MetricCatalog METRICS = id -> {
        Map<String, MetricCatalog.Metric> metrics = Map.of(
                "mutual_knn", new MetricCatalog.Metric("mutual_knn", false, Map.of(), KNN),
                "knn_edit", new MetricCatalog.Metric("knn_edit", false, Map.of(), KNN),
                "svcca", new MetricCatalog.Metric("svcca", false, Map.of(), SVCCA),
                "cka", new MetricCatalog.Metric("cka", false, Map.of(), List.of()));
        if (metrics.containsKey(id)) {
            return Optional.of(metrics.get(id));
        }
        Map<String, String> shorthands = Map.of("mutual_knn_10", "mutual_knn", "mutual_knn_499", "mutual_knn",
                "mutual_knn_500", "mutual_knn", "mutual_knn_1000", "mutual_knn", "knn_edit_100", "knn_edit",
                "svcca_10", "svcca", "svcca_100", "svcca");
        String owner = shorthands.get(id);
        if (owner == null) {
            return Optional.empty();
        }
        String fixed = id.substring(id.lastIndexOf('_') + 1);
        MetricCatalog.Metric metric = metrics.get(owner);
        return Optional.of(new MetricCatalog.Metric(owner, true, Map.of(owner.equals("svcca") ? "q" : "k", fixed),
                metric.parameters()));
    };

    /** The built-in analyses' needs, and a contributed analysis {@code dimension} with one setting, rows in [2, 1000000]. */
    static final AnalysisCatalog ANALYSES = analysis -> Optional.ofNullable(declared(analysis));

    private static AnalysisCatalog.Declared declared(Analysis analysis) {
        if (analysis instanceof NoiseAnalysis) {
            return new AnalysisCatalog.Declared("noise", "Noise", Set.of(Need.FREQUENCIES), List.of());
        }
        if (analysis instanceof ProbeAnalysis) {
            return new AnalysisCatalog.Declared("probes", "Probes", Set.of(Need.ATTRIBUTES, Need.SAE_CODES), List.of());
        }
        if (analysis instanceof SignalAnalysis || analysis instanceof FeatureMatchingAnalysis) {
            return new AnalysisCatalog.Declared("sae", "SAE", Set.of(Need.SAE_CODES), List.of());
        }
        if (analysis instanceof MetaAnalysis) {
            return new AnalysisCatalog.Declared("meta", "Meta", Set.of(Need.MODEL_PROPERTIES), List.of());
        }
        if (analysis instanceof ContributedAnalysis contributed) {
            if (!"dimension".equals(contributed.getAnalysisId())) {
                return null;
            }
            return new AnalysisCatalog.Declared("dimension", "Effective dimension", Set.of(),
                    List.of(new AnalysisCatalog.Setting("rows", TestCatalogs::rows)));
        }
        return new AnalysisCatalog.Declared("bias", "Bias", Set.of(), List.of());
    }

    private static String rows(String text) {
        if (text == null) {
            return null;
        }
        try {
            int rows = Integer.parseInt(text.strip());
            return rows >= 2 && rows <= 1_000_000 ? null : "setting rows: " + rows + " is outside [2, 1000000]";
        } catch (NumberFormatException e) {
            return "setting rows: '" + text + "' is not an integer";
        }
    }

    /**
     * @param experiment     the experiment
     * @param experimentFile its file
     * @param shapes         the shapes
     * @return the problems with these catalogs
     */
    static List<Diagnostic> validate(Experiment experiment, Path experimentFile, SourceShapes shapes) {
        return ExperimentValidator.validate(experiment, experimentFile, shapes, METRICS, ANALYSES);
    }
}
