package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.Source;
import org.repalign.model.validation.ExperimentValidator;
import org.repalign.model.validation.SourceShapes;

/** A contributed analysis: its id and the form of its settings are checked, its values by the contributor. */
class ContributedAnalysisValidationTest {

    @TempDir
    Path dir;
    Experiment experiment;
    ContributedAnalysis analysis;

    @BeforeEach
    void experiment() throws Exception {
        Files.write(dir.resolve("a.npy"), new byte[] {1});
        Files.write(dir.resolve("b.npy"), new byte[] {2});
        experiment = Experiments.F.createExperiment();
        experiment.setName("contributed");
        for (String id : List.of("a", "b")) {
            Source source = Experiments.F.createSource();
            source.setId(id);
            source.setFile(id + ".npy");
            experiment.getSources().add(source);
        }
        analysis = Experiments.F.createContributedAnalysis();
        analysis.setAnalysisId("dimension");
        analysis.getSettings().add(setting("rows", "500"));
        experiment.getAnalyses().add(analysis);
    }

    private static AnalysisSetting setting(String name, String value) {
        AnalysisSetting setting = Experiments.F.createAnalysisSetting();
        setting.setName(name);
        setting.setValue(value);
        return setting;
    }

    private List<String> problems() {
        return TestCatalogs.validate(experiment, dir.resolve("x.repalign"), SourceShapes.UNKNOWN).stream()
                .map(Diagnostic::getMessage)
                .toList();
    }

    @Test
    void aWellFormedContributedAnalysisIsValidAndSurvivesSaving() throws Exception {
        assertEquals(List.of(), problems());
        Path file = dir.resolve("x.repalign");
        ExperimentFiles.save(experiment, file);
        assertTrue(Files.readString(file).contains("repalign:ContributedAnalysis"), Files.readString(file));
        ContributedAnalysis loaded = (ContributedAnalysis) ExperimentFiles.load(file).getAnalyses().get(0);
        assertEquals("dimension", loaded.getAnalysisId());
        assertEquals("500", loaded.getSettings().get(0).getValue());
    }

    @Test
    void missingIdAndRepeatedSettingsAreReported() {
        analysis.setAnalysisId(" ");
        analysis.getSettings().add(setting("rows", "7"));
        List<String> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("analysisId") && p.contains("is empty")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'rows' is given twice")), problems.toString());
        analysis.setEnabled(false);
        assertEquals(List.of(), problems(), "a disabled analysis is not checked");
    }

    @Test
    void settingsAreCheckedAgainstTheAnalysisDeclarations() {
        analysis.getSettings().get(0).setValue("1");
        assertEquals(List.of("Analysis 'dimension': rows 1 is outside [2, 1000000]"), problems());
        analysis.getSettings().get(0).setValue("many");
        assertEquals(List.of("Analysis 'dimension': rows 'many' is not an integer"), problems());
        assertEquals(List.of(), ExperimentValidator.validate(experiment, dir.resolve("x.repalign")).stream()
                .map(Diagnostic::getMessage).toList(), "without a catalog only the form is checked");
    }

    @Test
    void anAnalysisTheCatalogDoesNotKnowIsWarnedAbout() {
        analysis.setAnalysisId("histogram");
        List<Diagnostic> problems = TestCatalogs.validate(experiment, dir.resolve("x.repalign"), SourceShapes.UNKNOWN);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
        assertEquals("Analysis 'histogram': analysisId 'histogram' is not an installed analysis; a run refuses it",
                problems.get(0).getMessage());
    }
}
