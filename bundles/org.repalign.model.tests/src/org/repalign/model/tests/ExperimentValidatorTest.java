package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.MetricSetting;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.SaeSettings;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;
import org.repalign.model.DictionaryKind;
import org.repalign.model.validation.ExperimentValidator;
import org.repalign.model.validation.SourceShapes;

class ExperimentValidatorTest {

    private static final int ITEMS = 3000;

    @TempDir
    Path dir;
    Path experimentFile;
    Experiment experiment;
    Source a;
    Source b;

    /** A valid experiment: two sources with existing files, side files, every analysis on. */
    @BeforeEach
    void validExperiment() throws IOException {
        experimentFile = dir.resolve("exp.repalign");
        Experiments.lines(dir.resolve("items.txt"), ITEMS);
        Files.writeString(dir.resolve("freq.tsv"), "item0\t5\n");
        Files.writeString(dir.resolve("attributes.tsv"), "item0\tred\n");
        Files.write(dir.resolve("a.npy"), new byte[] { 1 });
        Files.write(dir.resolve("b.npy"), new byte[] { 2 });
        experiment = Experiments.F.createExperiment();
        experiment.setName("exp");
        experiment.setItemsFile("items.txt");
        experiment.setFrequenciesFile("freq.tsv");
        experiment.setAttributesFile(dir.resolve("attributes.tsv").toString());
        a = Experiments.F.createSource();
        a.setId("a");
        a.setFile("a.npy");
        b = Experiments.F.createSource();
        b.setId("b");
        b.setFile("b.npy");
        experiment.getSources().add(a);
        experiment.getSources().add(b);
        experiment.getMetrics().add(Experiments.metric("mutual_knn_10"));
        experiment.getMetrics().add(Experiments.metric("svcca_10"));
        experiment.getMetrics().add(Experiments.metric("cka"));
        experiment.setProtocol(Experiments.F.createProtocol());
        experiment.setSae(Experiments.F.createSaeSettings());
        experiment.getAnalyses().add(Experiments.F.createSignalAnalysis());
        experiment.getAnalyses().add(Experiments.F.createFeatureMatchingAnalysis());
        experiment.getAnalyses().add(Experiments.F.createBiasAnalysis());
        experiment.getAnalyses().add(Experiments.F.createNoiseAnalysis());
        experiment.getAnalyses().add(Experiments.F.createMetaAnalysis());
        experiment.getAnalyses().add(Experiments.F.createProbeAnalysis());
    }

    private List<Diagnostic> validate() {
        return TestCatalogs.validate(experiment, experimentFile, SourceShapes.UNKNOWN);
    }

    private void assertValid() {
        List<Diagnostic> problems = validate();
        assertTrue(problems.isEmpty(), () -> problems.stream().map(Diagnostic::getMessage).toList().toString());
    }

    /** Asserts that exactly one diagnostic is about this object and field and returns it. */
    private static Diagnostic about(List<Diagnostic> problems, EObject object, EStructuralFeature feature) {
        List<Diagnostic> matching = problems.stream()
                .filter(d -> d.getData().size() == 2 && d.getData().get(0) == object && d.getData().get(1) == feature)
                .toList();
        if (matching.size() != 1) {
            fail("expected one diagnostic about " + feature.getName() + ", got "
                    + problems.stream().map(Diagnostic::getMessage).toList());
        }
        return matching.get(0);
    }

    private static void assertProblem(List<Diagnostic> problems, EObject object, EStructuralFeature feature,
            int severity, String message) {
        Diagnostic diagnostic = about(problems, object, feature);
        assertEquals(message, diagnostic.getMessage());
        assertEquals(severity, diagnostic.getSeverity(), message);
        assertEquals(ExperimentValidator.DIAGNOSTIC_SOURCE, diagnostic.getSource());
    }

    private NoiseAnalysis noise() {
        return (NoiseAnalysis) experiment.getAnalyses().get(3);
    }

    private ProbeAnalysis probe() {
        return (ProbeAnalysis) experiment.getAnalyses().get(5);
    }

    private SyntheticData syntheticOnly(int... dimensions) {
        experiment.getSources().clear();
        SyntheticData data = Experiments.F.createSyntheticData();
        for (int i = 0; i < dimensions.length; i++) {
            SyntheticModel model = Experiments.F.createSyntheticModel();
            model.setId("m" + i);
            model.setDimension(dimensions[i]);
            data.getModels().add(model);
        }
        experiment.setSynthetic(data);
        return data;
    }

    @Test
    void theValidExperimentHasNoProblem() {
        assertValid();
    }

    // ---- files ---------------------------------------------------------------------------

    @Test
    void aMissingSourceFile() {
        a.setFile("x.npy");
        assertProblem(validate(), a, Literals.SOURCE__FILE, Diagnostic.ERROR, "Source 'a': file 'x.npy' does not exist");
    }

    @Test
    void aSourceWithoutFile() {
        b.setFile(null);
        assertProblem(validate(), b, Literals.SOURCE__FILE, Diagnostic.ERROR, "Source 'b': file is not set");
    }

    @Test
    void relativePathsAreResolvedAgainstTheExperimentFilesFolder() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        experimentFile = elsewhere.resolve("exp.repalign");
        List<Diagnostic> problems = validate();
        assertProblem(problems, a, Literals.SOURCE__FILE, Diagnostic.ERROR, "Source 'a': file 'a.npy' does not exist");
        assertProblem(problems, experiment, Literals.EXPERIMENT__ITEMS_FILE, Diagnostic.ERROR,
                "Experiment 'exp': itemsFile 'items.txt' does not exist");
        assertProblem(problems, experiment, Literals.EXPERIMENT__FREQUENCIES_FILE, Diagnostic.ERROR,
                "Experiment 'exp': frequenciesFile 'freq.tsv' does not exist");
        // the attributes file is absolute: still found
        assertTrue(problems.stream().noneMatch(d -> d.getData().get(1) == Literals.EXPERIMENT__ATTRIBUTES_FILE));
    }

    @Test
    void aFolderWhereAFileBelongs() throws IOException {
        Files.createDirectory(dir.resolve("data"));
        experiment.setAttributesFile("data");
        assertProblem(validate(), experiment, Literals.EXPERIMENT__ATTRIBUTES_FILE, Diagnostic.ERROR,
                "Experiment 'exp': attributesFile 'data' is a folder, not a file");
    }

    @Test
    void aSourceItemsFileMustExist() throws IOException {
        a.setItemsFile("a-items.txt");
        assertProblem(validate(), a, Literals.SOURCE__ITEMS_FILE, Diagnostic.ERROR,
                "Source 'a': itemsFile 'a-items.txt' does not exist");
        Experiments.lines(dir.resolve("a-items.txt"), 10);
        assertValid();
    }

    @Test
    void theSaeFolderMustBeAFolder() throws IOException {
        a.setSaeFolder("a.npy");
        assertProblem(validate(), a, Literals.SOURCE__SAE_FOLDER, Diagnostic.ERROR,
                "Source 'a': saeFolder 'a.npy' is not a folder");
        a.setSaeFolder("sae-a");
        assertProblem(validate(), a, Literals.SOURCE__SAE_FOLDER, Diagnostic.ERROR,
                "Source 'a': saeFolder 'sae-a' does not exist");
        Files.createDirectory(dir.resolve("sae-a"));
        assertValid();
    }

    // ---- sources -------------------------------------------------------------------------

    @Test
    void fewerThanTwoSources() {
        experiment.getSources().remove(b);
        assertProblem(validate(), experiment, Literals.EXPERIMENT__SOURCES, Diagnostic.ERROR,
                "Experiment 'exp': sources has 1 source; at least 2 are needed");
    }

    @Test
    void syntheticModelsCountAsSourcesWhenThereAreNone() {
        syntheticOnly(64);
        assertProblem(validate(), experiment, Literals.EXPERIMENT__SYNTHETIC, Diagnostic.ERROR,
                "Experiment 'exp': synthetic has 1 model and there are no sources; at least 2 are needed");
        syntheticOnly(64, 96);
        assertValid();
    }

    @Test
    void duplicateAndEmptySourceIds() {
        b.setId("a");
        List<Diagnostic> problems = validate();
        assertProblem(problems, a, Literals.SOURCE__ID, Diagnostic.ERROR, "Source 'a': id 'a' is used by 2 sources");
        assertProblem(problems, b, Literals.SOURCE__ID, Diagnostic.ERROR, "Source 'a': id 'a' is used by 2 sources");
        b.setId(" ");
        assertProblem(validate(), b, Literals.SOURCE__ID, Diagnostic.ERROR, "Source #2: id is empty");
    }

    @Test
    void rowsOfARepresentationMustMatchTheItems() {
        SourceShapes shapes = new SourceShapes() {
            @Override
            public OptionalInt columns(Source source, Path resolvedFile) {
                return OptionalInt.empty();
            }

            @Override
            public OptionalInt rows(Source source, Path resolvedFile) {
                assertEquals(dir.resolve(source.getFile()), resolvedFile);
                return OptionalInt.of(source == a ? 10 : ITEMS);
            }
        };
        List<Diagnostic> problems = TestCatalogs.validate(experiment, experimentFile, shapes);
        assertProblem(problems, a, Literals.SOURCE__FILE, Diagnostic.ERROR,
                "Source 'a': file 'a.npy' has 10 rows but the items file lists 3000 items");
        assertEquals(1, problems.size());
    }

    @Test
    void aSourceMayBeAFolderOfLayersAndItsLayerMustBeOneOfThem() throws IOException {
        Files.createDirectory(dir.resolve("a-layers"));
        a.setFile("a-layers");
        SourceShapes shapes = new SourceShapes() {
            @Override
            public OptionalInt columns(Source source, Path resolvedFile) {
                return OptionalInt.empty();
            }

            @Override
            public OptionalInt rows(Source source, Path resolvedFile) {
                return OptionalInt.of(ITEMS);
            }

            @Override
            public java.util.Optional<List<String>> layers(Source source, Path resolvedFile) {
                return source == a ? java.util.Optional.of(List.of("embed", "block1", "block2"))
                        : java.util.Optional.empty();
            }
        };
        // a folder is a source's file; no layer means the last one
        assertTrue(TestCatalogs.validate(experiment, experimentFile, shapes).isEmpty());
        for (String layer : new String[] { "block1", "0", "2", " embed ", "-1", "-3" }) {
            a.setLayer(layer);
            List<Diagnostic> problems = TestCatalogs.validate(experiment, experimentFile, shapes);
            assertTrue(problems.isEmpty(), layer + ": " + problems.stream().map(Diagnostic::getMessage).toList());
        }
        a.setLayer("block3");
        assertProblem(TestCatalogs.validate(experiment, experimentFile, shapes), a, Literals.SOURCE__LAYER,
                Diagnostic.ERROR, "Source 'a': layer 'block3' is not a layer of 'a-layers'; its 3 layers are "
                        + "embed, block1, block2 (or an index 0 to 2)");
        a.setLayer("3");
        assertEquals(ExperimentValidator.LAYER, about(TestCatalogs.validate(experiment, experimentFile, shapes), a,
                Literals.SOURCE__LAYER).getCode());
        a.setLayer("-4");
        assertEquals(ExperimentValidator.LAYER, about(TestCatalogs.validate(experiment, experimentFile, shapes), a,
                Literals.SOURCE__LAYER).getCode());
        // another field keeps its file-only rule
        experiment.setItemsFile("a-layers");
        assertProblem(validate(), experiment, Literals.EXPERIMENT__ITEMS_FILE, Diagnostic.ERROR,
                "Experiment 'exp': itemsFile 'a-layers' is a folder, not a file");
    }

    // ---- metrics -------------------------------------------------------------------------

    @Test
    void kOfAShorthandMustBeBelowTheSubsampleSize() {
        MetricSetting metric = Experiments.metric("mutual_knn_1000");
        experiment.getMetrics().add(metric);
        assertProblem(validate(), metric, Literals.METRIC_SETTING__ID, Diagnostic.ERROR,
                "Metric 'mutual_knn_1000': id 'mutual_knn_1000' means k = 1000, which must be smaller than the 1000 rows of a subsample");
        metric.setId("knn_edit_100");
        assertValid();
    }

    @Test
    void kOfAParameterMustBeBelowTheSubsampleSize() {
        MetricSetting metric = Experiments.metric("mutual_knn", "k", "1000");
        experiment.getMetrics().add(metric);
        assertProblem(validate(), metric.getParameters().get(0), Literals.METRIC_PARAMETER__VALUE, Diagnostic.ERROR,
                "Metric 'mutual_knn:k=1000': k 1000 must be smaller than the 1000 rows of a subsample");
        metric.getParameters().get(0).setValue("999");
        assertValid();
    }

    @Test
    void theDefaultKCountsToo() {
        experiment.getProtocol().setSubsampleSize(8);
        MetricSetting metric = Experiments.metric("mutual_knn");
        experiment.getMetrics().clear();
        experiment.getMetrics().add(metric);
        assertProblem(validate(), metric, Literals.METRIC_SETTING__ID, Diagnostic.ERROR,
                "Metric 'mutual_knn': id 'mutual_knn' means k = 10 (the default), which must be smaller than the 8 rows of a subsample");
        experiment.getProtocol().setSubsampleSize(11);
        assertValid();
    }

    @Test
    void aNonIntegerKIsReported() {
        MetricSetting metric = Experiments.metric("knn_edit", "k", "ten");
        experiment.getMetrics().add(metric);
        assertProblem(validate(), metric.getParameters().get(0), Literals.METRIC_PARAMETER__VALUE, Diagnostic.ERROR,
                "Metric 'knn_edit:k=ten': k 'ten' is not an integer");
    }

    @Test
    void qMustNotExceedTheDimensionOfASyntheticModel() {
        syntheticOnly(64, 128);
        MetricSetting metric = Experiments.metric("svcca_100");
        experiment.getMetrics().add(metric);
        assertProblem(validate(), metric, Literals.METRIC_SETTING__ID, Diagnostic.ERROR,
                "Metric 'svcca_100': id 'svcca_100' means q = 100, which is larger than the dimension 64 of source 'm0'");
        experiment.getSynthetic().getModels().get(0).setDimension(100);
        assertValid();
    }

    @Test
    void qOfAFileSourceIsCheckedWhenItsShapeIsKnown() {
        MetricSetting metric = Experiments.metric("svcca", "q", "50");
        experiment.getMetrics().add(metric);
        SourceShapes shapes = new SourceShapes() {
            @Override
            public OptionalInt columns(Source source, Path resolvedFile) {
                return OptionalInt.of(source == b ? 32 : 768);
            }

            @Override
            public OptionalInt rows(Source source, Path resolvedFile) {
                return OptionalInt.empty();
            }
        };
        List<Diagnostic> problems = TestCatalogs.validate(experiment, experimentFile, shapes);
        assertProblem(problems, metric.getParameters().get(0), Literals.METRIC_PARAMETER__VALUE, Diagnostic.ERROR,
                "Metric 'svcca:q=50': q 50 is larger than the dimension 32 of source 'b'");
        assertEquals(1, problems.size());
        // unknown shapes: skipped
        assertValid();
    }

    // ---- protocol ------------------------------------------------------------------------

    @Test
    void protocolNumbersOutOfRange() {
        experiment.getMetrics().clear();
        experiment.getProtocol().setSubsamples(-1);
        experiment.getProtocol().setSubsampleSize(1);
        experiment.getProtocol().setPermutations(-2);
        List<Diagnostic> problems = validate();
        assertProblem(problems, experiment.getProtocol(), Literals.PROTOCOL__SUBSAMPLES, Diagnostic.ERROR,
                "Protocol: subsamples -1 must be at least 0");
        assertProblem(problems, experiment.getProtocol(), Literals.PROTOCOL__SUBSAMPLE_SIZE, Diagnostic.ERROR,
                "Protocol: subsampleSize 1 must be at least 2");
        assertProblem(problems, experiment.getProtocol(), Literals.PROTOCOL__PERMUTATIONS, Diagnostic.ERROR,
                "Protocol: permutations -2 must be at least 0");
        experiment.getProtocol().setSubsamples(0);
        experiment.getProtocol().setSubsampleSize(2);
        experiment.getProtocol().setPermutations(0);
        assertValid();
    }

    @Test
    void aSubsampleLargerThanTheItemsIsSuspicious() throws IOException {
        Experiments.lines(dir.resolve("items.txt"), 600);
        noise().setEnabled(false);
        assertProblem(validate(), experiment.getProtocol(), Literals.PROTOCOL__SUBSAMPLE_SIZE, Diagnostic.WARNING,
                "Protocol: subsampleSize 1000 is larger than the 600 items; every subsample is all of them, so the"
                        + " subsamples do not differ");
    }

    /** Sources of 500 rows each, no items file: the rows bound the items. */
    private SourceShapes fiveHundredRows(int... columns) {
        return new SourceShapes() {
            @Override
            public OptionalInt columns(Source source, Path resolvedFile) {
                return columns.length == 0 ? OptionalInt.empty()
                        : OptionalInt.of(columns[experiment.getSources().indexOf(source)]);
            }

            @Override
            public OptionalInt rows(Source source, Path resolvedFile) {
                return OptionalInt.of(500);
            }
        };
    }

    @Test
    void aSubsampleLargerThanTheSourcesRowsIsFlaggedWithoutAnItemsFile() {
        experiment.setItemsFile(null);
        noise().setEnabled(false);
        List<Diagnostic> problems = TestCatalogs.validate(experiment, experimentFile, fiveHundredRows());
        assertProblem(problems, experiment.getProtocol(), Literals.PROTOCOL__SUBSAMPLE_SIZE, Diagnostic.WARNING,
                "Protocol: subsampleSize 1000 is larger than the 500 rows the sources have; every subsample is all of"
                        + " them, so the subsamples do not differ");
        experiment.getProtocol().setSubsampleSize(400);
        problems = TestCatalogs.validate(experiment, experimentFile, fiveHundredRows());
        assertTrue(problems.stream().noneMatch(d -> d.getData().get(0) == experiment.getProtocol()),
                problems.stream().map(Diagnostic::getMessage).toList().toString());
    }

    @Test
    void kIsComparedWithTheSourcesRowsWhenThereIsNoItemsFile() {
        experiment.setItemsFile(null);
        noise().setEnabled(false);
        MetricSetting metric = Experiments.metric("mutual_knn_500");
        experiment.getMetrics().add(metric);
        // the subsample size (1000) is clipped to the 500 rows the sources have
        assertProblem(TestCatalogs.validate(experiment, experimentFile, fiveHundredRows()), metric,
                Literals.METRIC_SETTING__ID, Diagnostic.ERROR, "Metric 'mutual_knn_500': id 'mutual_knn_500' means"
                        + " k = 500, which must be smaller than the 500 rows of a subsample");
        metric.setId("mutual_knn_499");
        assertTrue(TestCatalogs.validate(experiment, experimentFile, fiveHundredRows()).stream()
                .noneMatch(d -> d.getData().get(0) == metric));
    }

    @Test
    void qAboveTheDimensionOfSmallSourcesIsAnError() {
        MetricSetting metric = Experiments.metric("svcca_100");
        experiment.getMetrics().add(metric);
        assertProblem(TestCatalogs.validate(experiment, experimentFile, fiveHundredRows(32, 768)), metric,
                Literals.METRIC_SETTING__ID, Diagnostic.ERROR,
                "Metric 'svcca_100': id 'svcca_100' means q = 100, which is larger than the dimension 32 of source 'a'");
    }

    @Test
    void anSaeBatchOrLatentsTooLargeForTheRowsAreFlagged() {
        experiment.setItemsFile(null);
        noise().setEnabled(false);
        experiment.getProtocol().setSubsampleSize(400);
        SaeSettings sae = experiment.getSae();
        List<Diagnostic> problems = TestCatalogs.validate(experiment, experimentFile, fiveHundredRows());
        assertProblem(problems, sae, Literals.SAE_SETTINGS__BATCH_SIZE, Diagnostic.WARNING,
                "SAE settings: batchSize 1024 is larger than the 500 rows the sources have; every step draws rows again");
        assertProblem(problems, sae, Literals.SAE_SETTINGS__LATENTS, Diagnostic.WARNING,
                "SAE settings: latents 4096 is more than twice the 500 rows the sources have; such an SAE learns the"
                        + " rows by heart");
        sae.setBatchSize(500);
        sae.setLatents(1000);
        assertTrue(TestCatalogs.validate(experiment, experimentFile, fiveHundredRows()).isEmpty());
        // without an analysis that trains SAEs the SAE settings are not used
        sae.setBatchSize(1024);
        sae.setLatents(4096);
        experiment.getAnalyses().removeIf(a -> a instanceof org.repalign.model.SignalAnalysis
                || a instanceof org.repalign.model.FeatureMatchingAnalysis || a instanceof ProbeAnalysis);
        assertTrue(TestCatalogs.validate(experiment, experimentFile, fiveHundredRows()).isEmpty());
    }

    // ---- SAE -----------------------------------------------------------------------------

    @Test
    void saeKAgainstTheLatents() {
        SaeSettings sae = experiment.getSae();
        sae.setK(4096);
        assertProblem(validate(), sae, Literals.SAE_SETTINGS__K, Diagnostic.ERROR,
                "SAE settings: k 4096 must be smaller than latents (4096)");
        sae.setK(0);
        assertProblem(validate(), sae, Literals.SAE_SETTINGS__K, Diagnostic.ERROR, "SAE settings: k 0 must be at least 1");
        sae.setK(1366);
        assertProblem(validate(), sae, Literals.SAE_SETTINGS__K, Diagnostic.WARNING,
                "SAE settings: k 1366: 3k is at least latents (4096); the paper skips such SAEs");
        sae.setK(1365);
        assertValid();
    }

    @Test
    void analysesWithoutSaeSettingsUseTheDefaults() {
        experiment.setSae(null);
        assertValid();
    }

    // ---- analyses ------------------------------------------------------------------------

    @Test
    void aNoiseWindowLargerThanTheItems() {
        noise().setWindowSize(ITEMS + 1);
        assertProblem(validate(), noise(), Literals.NOISE_ANALYSIS__WINDOW_SIZE, Diagnostic.ERROR,
                "Noise analysis: windowSize 3001 is larger than the 3000 items");
        noise().setWindowSize(ITEMS - 9 * 250);
        assertValid();
    }

    @Test
    void syntheticItemsCountForTheNoiseWindow() {
        experiment.setItemsFile(null);
        experiment.getProtocol().setSubsampleSize(200);
        experiment.getSae().setBatchSize(256);
        experiment.getSae().setLatents(512);
        syntheticOnly(64, 64);
        assertProblem(validate(), noise(), Literals.NOISE_ANALYSIS__WINDOW_SIZE, Diagnostic.ERROR,
                "Noise analysis: windowSize 500 is larger than the 400 items");
        noise().setWindowSize(40);
        noise().setStride(40);
        assertValid();
    }

    @Test
    void theNoiseWindowIsNotCheckedWhenTheItemCountIsUnknown() {
        experiment.setItemsFile(null);
        noise().setWindowSize(1_000_000);
        assertValid();
    }

    @Test
    void noiseStrideAndWindowsMustBePositive() {
        noise().setStride(0);
        noise().setWindows(0);
        List<Diagnostic> problems = validate();
        assertProblem(problems, noise(), Literals.NOISE_ANALYSIS__STRIDE, Diagnostic.ERROR,
                "Noise analysis: stride 0 must be at least 1");
        assertProblem(problems, noise(), Literals.NOISE_ANALYSIS__WINDOWS, Diagnostic.ERROR,
                "Noise analysis: windows 0 must be at least 1");
    }

    @Test
    void moreWindowsThanFitIsSuspicious() {
        noise().setWindows(20);
        assertProblem(validate(), noise(), Literals.NOISE_ANALYSIS__WINDOWS, Diagnostic.WARNING,
                "Noise analysis: windows 20 windows of 500 items with stride 250 need 5250 items; only 11 fit in the 3000 items");
    }

    @Test
    void probesNeedAttributes() {
        experiment.setAttributesFile(null);
        assertProblem(validate(), probe(), Literals.ANALYSIS__ENABLED, Diagnostic.ERROR,
                "Probe analysis: enabled is set but the experiment has no attributesFile (and no synthetic data)");
        probe().setEnabled(false);
        assertValid();
    }

    @Test
    void syntheticDataProvidesAttributes() {
        experiment.setAttributesFile(null);
        experiment.setSynthetic(Experiments.F.createSyntheticData());
        assertValid();
    }

    @Test
    void noiseNeedsFrequencies() {
        experiment.setFrequenciesFile("");
        assertProblem(validate(), noise(), Literals.ANALYSIS__ENABLED, Diagnostic.ERROR,
                "Noise analysis: enabled is set but the experiment has no frequenciesFile (and no synthetic data)");
    }

    // ---- synthetic data ------------------------------------------------------------------

    @Test
    void anOrthonormalDictionaryNeedsEnoughDimensions() {
        SyntheticData data = syntheticOnly(64, 256);
        SyntheticModel model = data.getModels().get(0);
        model.setDictionary(DictionaryKind.ORTHONORMAL);
        assertProblem(validate(), model, Literals.SYNTHETIC_MODEL__DICTIONARY, Diagnostic.ERROR,
                "Synthetic model 'm0': dictionary orthonormal needs attributes (160) at most the dimension (64)");
        data.setAttributes(64);
        assertValid();
    }

    @Test
    void duplicateSyntheticModelIds() {
        SyntheticData data = syntheticOnly(64, 64);
        data.getModels().get(1).setId("m0");
        assertProblem(validate(), data.getModels().get(1), Literals.SYNTHETIC_MODEL__ID, Diagnostic.ERROR,
                "Synthetic model 'm0': id 'm0' is used by 2 models");
    }

    // ---- registration --------------------------------------------------------------------

    @Test
    void installRegistersTheValidatorForTheDiagnostician() {
        ExperimentValidator.install();
        assertSame(ExperimentValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(ExperimentPackage.eINSTANCE));
        experiment.getSae().setK(0);
        Diagnostic result = Diagnostician.INSTANCE.validate(experiment);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertTrue(result.getChildren().stream().anyMatch(d -> d.getMessage().equals("SAE settings: k 0 must be at least 1")));
    }
}
