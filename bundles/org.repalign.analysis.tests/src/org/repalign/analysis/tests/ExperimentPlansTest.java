package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.experiment.ExperimentTemplates;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.io.write.NpyWriter;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;

/** Experiment files to plans: the demo, experiments made from files, and invalid experiments. */
class ExperimentPlansTest {

    @TempDir
    Path folder;

    @Test
    void demoExperimentRoundTripsAndPlansEveryAnalysis() throws Exception {
        Path file = folder.resolve("demo.repalign");
        ExperimentFiles.save(DemoExperiment.create(), file);
        ExperimentPlan plan = ExperimentPlans.load(file);
        assertEquals(DemoExperiment.NAME, plan.name());
        assertEquals(List.of("bias", "noise", "signal", "features", "meta", "probes"), plan.analyses().stream().map(AnalysisSettings::id).toList());
        assertEquals(MetricRegistry.PAPER_METRICS, plan.metrics());
        assertEquals(5, plan.synthetic().orElseThrow().models().size());
        assertEquals(3000, plan.synthetic().orElseThrow().items());
        assertEquals(Preprocessing.CENTERED, plan.densePreprocessing());
        assertEquals(file, plan.experimentFile());
        // family and modality of the generated models reach the meta-analysis and noise pairs
        assertEquals("text", plan.sources().get(0).properties().modality());
        assertEquals("a", plan.sources().get(1).properties().family());
    }

    @Test
    void experimentFromFilesStoresRelativePathsAndDefaults() throws Exception {
        Path a = folder.resolve("data/a.npy");
        Path b = folder.resolve("data/b.npy");
        Files.createDirectories(a.getParent());
        NpyWriter.write(a, new double[] {1, 0, 0, 1, 1, 1, 2, 0}, 4, 2);
        NpyWriter.write(b, new double[] {0, 1, 1, 0, 1, 2, 0, 3}, 4, 2);
        Path frequencies = folder.resolve("data/freq.tsv");
        Files.writeString(frequencies, "0\t10\n1\t5\n2\t3\n3\t1\n");
        Path file = folder.resolve("mine.repalign");
        Experiment experiment = ExperimentTemplates.fromFiles("mine", file,
                List.of(ExperimentTemplates.SourceFile.parse("a=" + a), ExperimentTemplates.SourceFile.parse("b=" + b)),
                null, frequencies, null, null, List.of("cka", "mutual_knn:k=1"));
        assertEquals("data/a.npy", experiment.getSources().get(0).getFile());
        assertNull(experiment.getSources().get(0).getTensorName());
        assertEquals(List.of("bias", "noise"),
                experiment.getAnalyses().stream().map(x -> x.eClass().getName()).map(n -> n.startsWith("Bias") ? "bias"
                        : "noise").toList());
        ExperimentFiles.save(experiment, file);
        // the noise defaults (windows of 500) do not fit 4 items: the validator names the field
        ExperimentInputException error = assertThrows(ExperimentInputException.class,
                () -> ExperimentPlans.load(file));
        assertTrue(error.getMessage().startsWith("mine.repalign: ") && error.getMessage().contains("indow"),
                error.getMessage());
        assertEquals(1, error.getMessage().lines().count());

        Experiment biasOnly = ExperimentTemplates.fromFiles("mine", file,
                List.of(ExperimentTemplates.SourceFile.parse("a=" + a), ExperimentTemplates.SourceFile.parse("b=" + b)),
                null, null, null, List.of("bias"), List.of("cka", "mutual_knn:k=1"));
        biasOnly.getProtocol().setSubsampleSize(4);
        ExperimentFiles.save(biasOnly, file);
        ExperimentPlan plan = ExperimentPlans.load(file);
        assertEquals(a, plan.sources().get(0).file(), "resolved against the experiment's folder");
        assertEquals(List.of("cka", "mutual_knn:k=1"), plan.metrics());
        assertNull(plan.sources().get(0).layer(), "no layer: the last one");

        // a file of one matrix is one layer, named after the file: its layer may be named or indexed
        biasOnly.getSources().get(0).setLayer(" a ");
        biasOnly.getSources().get(1).setLayer("-1");
        ExperimentFiles.save(biasOnly, file);
        plan = ExperimentPlans.load(file);
        assertEquals("a", plan.sources().get(0).layer());
        assertEquals("-1", plan.sources().get(1).layer());
        biasOnly.getSources().get(1).setLayer("1");
        ExperimentFiles.save(biasOnly, file);
        ExperimentInputException badLayer = assertThrows(ExperimentInputException.class,
                () -> ExperimentPlans.load(file));
        assertTrue(badLayer.getMessage().contains("Source 'b': layer '1' is not a layer of"), badLayer.getMessage());
    }

    @Test
    void missingSourceFileIsNamed() throws Exception {
        Path file = folder.resolve("broken.repalign");
        Experiment experiment = ExperimentTemplates.fromFiles("broken", file,
                List.of(ExperimentTemplates.SourceFile.parse("llama=missing.npy"),
                        ExperimentTemplates.SourceFile.parse("bert=missing2.npy#layer6")),
                null, null, null, null, null);
        ExperimentFiles.save(experiment, file);
        ExperimentInputException error = assertThrows(ExperimentInputException.class,
                () -> ExperimentPlans.load(file));
        assertTrue(error.getMessage().contains("'llama'") && error.getMessage().contains("missing.npy"),
                error.getMessage());
        assertTrue(error.getMessage().contains("; also: Source 'bert'") && error.getMessage().contains("missing2.npy"),
                "every problem on the one line: " + error.getMessage());
        assertEquals(1, error.otherProblems().size(), "the other problem is kept, not only counted");
        assertTrue(error.otherProblems().get(0).contains("'bert'") && error.otherProblems().get(0).contains("missing2.npy"),
                error.otherProblems().toString());
    }

    @Test
    void sourceArgumentsAreParsed() {
        ExperimentTemplates.SourceFile source = ExperimentTemplates.SourceFile.parse("m=dir/x.safetensors#layer.6");
        assertEquals("m", source.id());
        assertEquals(Path.of("dir/x.safetensors"), source.file());
        assertEquals("layer.6", source.tensor());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExperimentTemplates.SourceFile.parse("nopath"));
        assertTrue(error.getMessage().contains("ID=PATH"));
    }
}
