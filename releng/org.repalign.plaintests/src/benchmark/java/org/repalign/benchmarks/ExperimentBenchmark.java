package org.repalign.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.model.ExperimentFiles;

/**
 * Whole experiment runs, timed per analysis: {@code demo} (the built-in experiment, as
 * {@code ./repalign demo} runs it; target under 3 minutes) and {@code large} (5 synthetic
 * sources of 256 to 768 dimensions, 10,000 items with 100 attributes, 4 per item, every
 * analysis, SAEs with m = 4,096 and k = 32 trained for 500 steps of 1,024 rows (51 epochs), the
 * paper's protocol). Run it with {@code releng/benchmark.sh experiment [demo|large|all]
 * [analysis,...]}. Results are written to a temporary folder that is deleted afterwards.
 */
public final class ExperimentBenchmark {

    private ExperimentBenchmark() {
    }

    /**
     * @param args {@code demo}, {@code large} or {@code all} (default {@code demo})
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        // the build passes all arguments as one
        String[] words = String.join(" ", args).strip().split("\\s+");
        String which = words[0].isEmpty() ? "demo" : words[0];
        List<String> only = words.length > 1 ? List.of(words[1].split(",")) : null;
        Nd4jRuntime.ensureInitialized();
        System.out.println("environment: " + Nd4jRuntime.environment().toMap());
        Path out = Files.createTempDirectory("repalign-benchmark");
        try {
            if (which.equals("demo") || which.equals("all")) {
                Path file = out.resolve("demo.repalign");
                ExperimentFiles.save(DemoExperiment.create(), file);
                ExperimentPlan demo = ExperimentPlans.load(file);
                time("demo (3,000 items, 5 sources, 112-160 dims, SAE m = 256, k = 8)",
                        only == null ? demo : demo.only(only), out);
            }
            if (which.equals("large") || which.equals("all")) {
                time("large (10,000 items, 5 sources, 256-768 dims, SAE m = 4,096, k = 32)",
                        only == null ? large() : large().only(only), out);
            }
        } finally {
            deleteTree(out);
        }
    }

    private static ExperimentPlan large() {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 768, 2.0, 1.5),
                SyntheticModelSpec.of("m2", 512, 1.0, 1.0), SyntheticModelSpec.of("m3", 384, 3.0, 2.0),
                SyntheticModelSpec.of("m4", 256, 0.5, 1.0), SyntheticModelSpec.of("m5", 640, 2.0, 1.5));
        SyntheticGenerator generator = new SyntheticGenerator(20260522L, 10_000, 100, 4, 1.0, 0.25, 1.0, 1000.0,
                models);
        List<AnalysisSettings> analyses = List.of(new AnalysisSettings.Bias(), AnalysisSettings.Noise.PAPER,
                new AnalysisSettings.Signal(), new AnalysisSettings.Features(10, true),
                new AnalysisSettings.Meta(null, Preprocessing.CENTERED), new AnalysisSettings.Probes(5, 1.0, 10));
        return new ExperimentPlan("large", "", 12345L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, null, ProtocolSettings.PAPER,
                new SaeSettings("topk", "l2prh", 4096, 32, 500, 1024, 4e-4, 1e-5, 0.1), analyses, null);
    }

    private static void time(String name, ExperimentPlan plan, Path out) throws Exception {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long[] last = {System.nanoTime()};
        long start = last[0];
        RunOutcome outcome = new ExperimentRunner().run(plan, out, new RunListener() {
            @Override
            public void analysisFinished(AnalysisResult result) {
                long now = System.nanoTime();
                seconds.put(result.id(), (now - last[0]) / 1e9);
                System.out.println(String.format(Locale.ROOT, "  %s finished after %.1f s", result.id(),
                        (now - last[0]) / 1e9));
                last[0] = now;
            }
        }, new NullProgressMonitor());
        double total = (System.nanoTime() - start) / 1e9;
        System.out.println();
        System.out.println("### " + name);
        System.out.println("| step | seconds | share |");
        System.out.println("|---|---:|---:|");
        List<String> rows = new ArrayList<>();
        seconds.forEach((id, s) -> rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.0f%% |", id, s, 100 * s / total)));
        rows.forEach(System.out::println);
        System.out.println(String.format(Locale.ROOT, "| total (with loading and writing) | %.1f | 100%% |", total));
        outcome.summary().forEach(line -> System.out.println("  " + line));
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
