package org.repalign.analysis.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;

/**
 * The small synthetic experiment behind the run folder fixture in
 * {@code resources/runs/format1}: four models, every built-in analysis (bias, noise, signal,
 * features, meta, probes), a fixed seed; it runs in seconds. The fixture was written by the
 * release that wrote report format 1 ({@link #main} with the folder as argument); the tests read
 * it back and run the same experiment again to prove that the numbers did not change.
 */
final class FixtureExperiment {

    /** The files of the fixture, relative to its run folder (the SAE weights and codes are left out). */
    static final String FIXTURE = "resources/runs/format1";

    private FixtureExperiment() {
    }

    static ExperimentPlan plan() {
        List<SyntheticModelSpec> models = new ArrayList<>();
        List<SourcePlan> sources = new ArrayList<>();
        int[] dimensions = { 24, 32, 20, 28 };
        for (int m = 0; m < dimensions.length; m++) {
            models.add(SyntheticModelSpec.of("m" + m, dimensions[m], 0.5 + 0.5 * m, 0.4 + 0.3 * m));
            sources.add(new SourcePlan("m" + m, null, null, null, null, null,
                    new ModelProperties("f" + m % 2, "text", null, null, null, null, 2020 + m)));
        }
        SyntheticGenerator generator = new SyntheticGenerator(7L, 400, 12, 3, 1.0, 0.25, 1.0, 1000.0, models);
        List<AnalysisSettings> analyses = List.of(new AnalysisSettings.Bias(),
                new AnalysisSettings.Noise(100, 50, 6, false, Preprocessing.CENTERED), new AnalysisSettings.Signal(),
                new AnalysisSettings.Features(3, false), new AnalysisSettings.Meta(null, Preprocessing.CENTERED),
                new AnalysisSettings.Probes(3, 1.0, 10));
        return new ExperimentPlan("fixture", "format 1 fixture", 11L, sources, Optional.of(generator), null, null,
                null, Preprocessing.CENTERED, List.of("cka", "mutual_knn_10"),
                new ProtocolSettings(3, 150, 3, TieRule.RANDOM),
                new SaeSettings("topk", "l2prh", 48, 4, 200, 128, 4e-3, 1e-5, 0.2), analyses, null);
    }

    /**
     * @param outRoot a folder that receives the run folder
     * @return the run
     * @throws Exception when the run fails
     */
    static RunOutcome run(Path outRoot) throws Exception {
        return new ExperimentRunner().run(plan(), outRoot, RunListener.NONE, new NullProgressMonitor());
    }

    /**
     * Writes the fixture: runs the experiment and copies its report, tables and subsets.
     *
     * @param args the fixture folder
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path out = Files.createTempDirectory("fixture");
        RunOutcome outcome = run(out);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(outcome.runFolder())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv") || name.equals("report.json") || name.equals("subsets.json")) {
                    Files.copy(file, target.resolve(name));
                }
            }
        }
        copyCurves(outcome.runFolder(), target);
    }

    private static void copyCurves(Path run, Path target) throws IOException {
        Path sae = run.resolve("sae");
        if (!Files.isDirectory(sae)) {
            return;
        }
        try (Stream<Path> folders = Files.list(sae)) {
            for (Path folder : folders.toList()) {
                Path curves = folder.resolve("curves.csv");
                if (Files.isRegularFile(curves)) {
                    Path to = target.resolve("sae").resolve(folder.getFileName().toString());
                    Files.createDirectories(to);
                    Files.copy(curves, to.resolve("curves.csv"));
                }
            }
        }
    }
}
