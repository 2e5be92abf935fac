package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.experiment.ModelAnalyses;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisNeed;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.BuiltInAnalysisFactory;
import org.repalign.analysis.modules.FeatureMatchingAnalysis;
import org.repalign.analysis.modules.MetaAnalysis;
import org.repalign.analysis.modules.NoiseAnalysis;
import org.repalign.analysis.modules.ProbeAnalysis;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.model.Analysis;

/**
 * The six built-in analyses as factories of the registry: found through their service file in
 * the order of a run, their declared defaults those of the experiment model, their settings
 * records written as declared values and read back unchanged.
 */
class BuiltInAnalysisFactoriesTest {

    private static final AnalysisRegistry REGISTRY = AnalysisRegistry.installed();

    @Test
    void theBuiltInsAreFoundInTheOrderOfARun() {
        assertEquals(List.of("bias", "noise", "signal", "features", "meta", "probes"), REGISTRY.builtInIds());
        assertEquals(REGISTRY.builtInIds(), REGISTRY.knownIds().subList(0, 6));
        for (String id : REGISTRY.builtInIds()) {
            assertTrue(REGISTRY.isBuiltIn(id), id);
            AnalysisFactory factory = REGISTRY.require(id);
            assertTrue(!factory.name().isBlank() && !factory.description().isBlank(), id);
            assertTrue(!factory.tables().isEmpty(), id);
        }
    }

    @Test
    void needsAndWeightsAreDeclared() {
        assertEquals(Set.of(), REGISTRY.require("bias").needs());
        assertEquals(Set.of(AnalysisNeed.FREQUENCIES), REGISTRY.require("noise").needs());
        assertEquals(Set.of(AnalysisNeed.SAE_CODES), REGISTRY.require("signal").needs());
        assertEquals(Set.of(AnalysisNeed.ATTRIBUTES, AnalysisNeed.SAE_CODES), REGISTRY.require("probes").needs());
        assertEquals(30, REGISTRY.weight(new AnalysisSettings.Signal()));
        assertEquals(2, REGISTRY.weight(new AnalysisSettings.Meta(null, Preprocessing.CENTERED)));
        assertEquals(10, REGISTRY.weight(new AnalysisSettings.Bias()));
    }

    /** A new model element of every built-in analysis carries exactly the declared defaults. */
    @Test
    void declaredDefaultsAreThoseOfTheExperimentModel() {
        for (BuiltInAnalysisFactory<?> factory : REGISTRY.builtIns()) {
            Analysis element = ModelAnalyses.create(factory.id());
            assertEquals(factory.id(), ModelAnalyses.id(element));
            Map<String, String> declared = new LinkedHashMap<>();
            factory.settings().forEach(s -> declared.put(s.name(), s.defaultValue()));
            assertEquals(declared, ModelAnalyses.values(element, factory), factory.id());
            assertEquals(factory.parse(Map.of()), ModelAnalyses.settings(element, REGISTRY), factory.id());
        }
    }

    @Test
    void theModelDefaultsAreThePapersSettings() {
        assertEquals(AnalysisSettings.Noise.PAPER, parse("noise", Map.of()));
        assertEquals(new AnalysisSettings.Features(10, true), parse("features", Map.of()));
        assertEquals(new AnalysisSettings.Meta(List.of(0.1, 1.0, 10.0), Preprocessing.CENTERED), parse("meta", Map.of()));
        assertEquals(new AnalysisSettings.Probes(5, 1.0, 10), parse("probes", Map.of()));
    }

    /** Settings other than the defaults survive values → parse, for every kind of setting. */
    @Test
    void settingsRecordsRoundTripThroughTheirDeclaredValues() {
        List<AnalysisSettings> records = List.of(new AnalysisSettings.Bias(), new AnalysisSettings.Signal(),
                new AnalysisSettings.Noise(300, 120, 4, true, Preprocessing.RAW),
                new AnalysisSettings.Features(3, false),
                new AnalysisSettings.Meta(List.of(0.5, 2.0, 1e-3), Preprocessing.NONE),
                new AnalysisSettings.Probes(3, 0.25, 7));
        for (AnalysisSettings settings : records) {
            BuiltInAnalysisFactory<?> factory = (BuiltInAnalysisFactory<?>) REGISTRY.require(settings.id());
            assertEquals(factory.settings().stream().map(SettingDeclaration::name).toList(),
                    List.copyOf(settings.values().keySet()), settings.id());
            assertEquals(settings, factory.parse(settings.values()));
            if (!settings.values().isEmpty()) {
                assertNotEquals(factory.parse(Map.of()), settings, "not the defaults: " + settings.id());
            }
        }
    }

    @Test
    void theRegistryCreatesTheAnalysisOfItsSettings() {
        assertInstanceOf(NoiseAnalysis.class, REGISTRY.create(AnalysisSettings.Noise.PAPER));
        assertInstanceOf(FeatureMatchingAnalysis.class, REGISTRY.create(new AnalysisSettings.Features(2, true)));
        assertInstanceOf(MetaAnalysis.class, REGISTRY.create(new AnalysisSettings.Meta(null, Preprocessing.RAW)));
        assertInstanceOf(ProbeAnalysis.class, REGISTRY.create(new AnalysisSettings.Probes(2, 0, 2)));
        assertEquals("probes", REGISTRY.create(new AnalysisSettings.Probes(2, 0, 2)).id());
    }

    @Test
    void valuesOutsideTheDeclarationsAreRefusedNamingTheSetting() {
        assertEquals("setting windows: 2 is outside [3, ∞)", assertThrows(IllegalArgumentException.class,
                () -> parse("noise", Map.of("windows", "2"))).getMessage());
        assertEquals("setting preprocessing: 'whitened' is not one of none, raw, centered, clamp",
                assertThrows(IllegalArgumentException.class,
                        () -> parse("meta", Map.of("preprocessing", "whitened"))).getMessage());
        assertEquals("setting lambdas: 0 is outside (0, ∞)",
                assertThrows(IllegalArgumentException.class, () -> parse("meta", Map.of("lambdas", "1, 0")))
                        .getMessage());
        assertEquals("setting binary: 'yes' is not true or false", assertThrows(IllegalArgumentException.class,
                () -> parse("features", Map.of("binary", "yes"))).getMessage());
        assertEquals("setting l2: 'x' is not a number", assertThrows(IllegalArgumentException.class,
                () -> parse("probes", Map.of("l2", "x"))).getMessage());
        // a cross-setting rule stays with the settings record
        assertThrows(IllegalArgumentException.class, () -> parse("probes", Map.of("folds", "5", "minPositives", "4")));
    }

    private static AnalysisSettings parse(String id, Map<String, String> values) {
        return ((BuiltInAnalysisFactory<?>) REGISTRY.require(id)).parse(values);
    }
}
