package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.RegistryAnalysisCatalog;
import org.repalign.analysis.experiment.RegistryMetricCatalog;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.validation.AnalysisCatalog;
import org.repalign.model.validation.MetricCatalog;
import org.repalign.model.validation.MetricCatalog.Bound;

/**
 * The validator's knowledge of metrics and analyses comes from the registries: the metric
 * factories' declared parameters, shorthands and bounds, the analysis factories' needs and
 * settings.
 */
class RegistryCatalogsTest {

    private final MetricCatalog metrics = new RegistryMetricCatalog();
    private final AnalysisCatalog analyses = new RegistryAnalysisCatalog();

    @Test
    void neighbourCountsAndDirectionsAreDeclaredByTheMetricFactories() {
        MetricCatalog.Metric knn = metrics.metric("mutual_knn").orElseThrow();
        assertFalse(knn.shorthand());
        MetricCatalog.Parameter k = knn.parameters().stream().filter(p -> p.name().equals("k")).findFirst().orElseThrow();
        assertEquals(new MetricCatalog.Parameter("k", true, "10", Bound.BELOW_SUBSAMPLE_ROWS), k);

        MetricCatalog.Metric svcca100 = metrics.metric("svcca_100").orElseThrow();
        assertEquals("svcca", svcca100.id());
        assertTrue(svcca100.shorthand());
        assertEquals(Map.of("q", "100"), svcca100.fixed());
        assertTrue(svcca100.parameters().stream()
                .anyMatch(p -> p.name().equals("q") && p.bound() == Bound.AT_MOST_ROWS_AND_DIMENSION));

        assertTrue(metrics.metric("cka").orElseThrow().parameters().stream().allMatch(p -> p.bound() == Bound.NONE),
                "linear CKA has no count parameter");
        assertTrue(metrics.metric("no_such_metric").isEmpty());
    }

    @Test
    void analysesDeclareTheirNeedsAndSettings() {
        ExperimentFactory factory = ExperimentFactory.eINSTANCE;
        assertEquals(Set.of(AnalysisCatalog.Need.FREQUENCIES),
                analyses.analysis(factory.createNoiseAnalysis()).orElseThrow().needs());
        assertEquals(Set.of(AnalysisCatalog.Need.ATTRIBUTES, AnalysisCatalog.Need.SAE_CODES),
                analyses.analysis(factory.createProbeAnalysis()).orElseThrow().needs());
        AnalysisCatalog.Declared noise = analyses.analysis(factory.createNoiseAnalysis()).orElseThrow();
        assertEquals(List.of("windowSize", "stride", "windows", "excludeSameFamily", "preprocessing"),
                noise.settings().stream().map(AnalysisCatalog.Setting::name).toList());
        assertEquals("setting windows: 2 is outside [3, ∞)", noise.settings().get(2).problem("2").orElseThrow());
        assertTrue(noise.settings().get(2).problem(null).isEmpty(), "the default fits");

        var unknown = factory.createContributedAnalysis();
        unknown.setAnalysisId("no_such_analysis");
        assertTrue(analyses.analysis(unknown).isEmpty());
    }

    /**
     * The editor and the run see the same limits: a built-in setting outside its declaration is
     * an error on its field.
     */
    @Test
    void builtInSettingsAreValidatedAgainstTheirDeclarations() {
        org.repalign.model.Experiment demo = org.repalign.analysis.experiment.DemoExperiment.create();
        assertTrue(errors(demo).isEmpty(), errors(demo).toString());
        org.repalign.model.NoiseAnalysis noise = demo.getAnalyses().stream()
                .filter(org.repalign.model.NoiseAnalysis.class::isInstance)
                .map(org.repalign.model.NoiseAnalysis.class::cast).findFirst().orElseThrow();
        noise.setWindows(2);
        List<org.eclipse.emf.common.util.Diagnostic> errors = errors(demo);
        assertEquals(List.of("Noise analysis: windows 2 is outside [3, ∞)"),
                errors.stream().map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList());
        assertEquals(List.of(noise, org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS__WINDOWS),
                errors.get(0).getData());
        noise.setWindows(0);
        assertEquals(List.of("Noise analysis: windows 0 must be at least 1"), errors(demo).stream()
                .map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList(), "one error per field");
    }

    private static List<org.eclipse.emf.common.util.Diagnostic> errors(org.repalign.model.Experiment experiment) {
        return org.repalign.analysis.experiment.InstalledValidation.validate(experiment, null,
                org.repalign.model.validation.SourceShapes.UNKNOWN).stream()
                .filter(d -> d.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR).toList();
    }
}
