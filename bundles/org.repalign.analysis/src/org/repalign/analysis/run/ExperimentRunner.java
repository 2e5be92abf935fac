package org.repalign.analysis.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.Analyses;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.store.ResultStore;
import org.repalign.analysis.store.RunId;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.io.RepresentationFileException;

/**
 * Runs an experiment: loads and aligns the sources, runs the plan's analyses in the order of
 * {@link AnalysisSettings#IDS} on one shared {@link RunContext}, and writes the results folder
 * {@code <out>/<run-id>/} atomically ({@link ResultStore}). Cancellation is checked between
 * steps (and inside metrics and SAE training); a cancelled or failed run writes nothing.
 */
public final class ExperimentRunner {

    private final MetricRegistry registry;

    /** A runner with the built-in metrics. */
    public ExperimentRunner() {
        this(MetricRegistry.builtIns());
    }

    /**
     * @param registry the metrics the plan's specs are resolved in
     */
    public ExperimentRunner(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param plan     the plan
     * @param outRoot  the folder that receives the run folder
     * @param listener receives SAE curves and finished analyses
     * @param monitor  progress and cancellation
     * @return the finished run
     * @throws ExperimentInputException with one line naming the file or setting at fault
     * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
     */
    public RunOutcome run(ExperimentPlan plan, Path outRoot, RunListener listener, IProgressMonitor monitor)
            throws ExperimentInputException {
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        int weight = 10;
        for (AnalysisSettings analysis : plan.analyses()) {
            weight += Analyses.weight(analysis.id());
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + plan.name(), weight);
        Nd4jRuntime.ensureInitialized();
        progress.subTask("Reading the sources");
        ExperimentData data = ExperimentDataLoader.load(plan, progress.split(5));
        RunContext context = new RunContext(plan, data, registry, listener);
        List<AnalysisResult> results = new ArrayList<>();
        for (AnalysisSettings settings : plan.analyses()) {
            RunContext.checkCanceled(progress);
            Analysis analysis = Analyses.create(settings.id());
            progress.subTask("Analysis " + settings.id());
            AnalysisResult result;
            try {
                result = analysis.run(context, progress.split(Analyses.weight(settings.id())));
            } catch (java.util.concurrent.CancellationException e) {
                // compute reports cancellation with the JDK's exception, the platform with its own
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            context.finished(result);
            results.add(result);
        }
        RunContext.checkCanceled(progress);
        progress.subTask("Writing the results");
        byte[] identity = experimentBytes(plan);
        String runId = RunId.of(start, identity);
        Path runFolder = uniqueFolder(outRoot, runId);
        runId = runFolder.getFileName().toString();
        Map<String, Object> environment = environment(plan);
        List<String> summary = new ArrayList<>();
        results.forEach(r -> summary.addAll(r.summary()));
        Map<String, Object> report = report(plan, context, results, runId, environment, summary,
                (System.nanoTime() - startNanos) / 1e9);
        SparseCodes codes = context.codesIfBuilt().orElse(null);
        try {
            ResultStore.write(runFolder, new ResultStore.RunFiles(report, results, codes,
                    plan.experimentFile() != null && Files.isRegularFile(plan.experimentFile()) ? plan.experimentFile()
                            : null,
                    subsets(context), environment, Map.of()));
        } catch (RepresentationFileException e) {
            throw new ExperimentInputException("results: " + e.getMessage(), e);
        }
        progress.worked(5);
        return new RunOutcome(runId, runFolder, report, results, summary);
    }

    private static byte[] experimentBytes(ExperimentPlan plan) {
        if (plan.experimentFile() != null) {
            try {
                return Files.readAllBytes(plan.experimentFile());
            } catch (IOException e) {
                // fall through to the plan's description
            }
        }
        return RunId.bytes(plan.toString());
    }

    private static Path uniqueFolder(Path outRoot, String runId) {
        Path folder = outRoot.resolve(runId);
        for (int i = 2; Files.exists(folder); i++) {
            folder = outRoot.resolve(runId + "-" + i);
        }
        return folder;
    }

    private static Map<String, Object> environment(ExperimentPlan plan) {
        Map<String, Object> environment = new LinkedHashMap<>(Nd4jRuntime.environment().toMap());
        environment.put("seed", plan.seed());
        environment.put("sae_seeds", "plan seed + source index");
        environment.put("subsample_seeds", "plan seed + pair index");
        return environment;
    }

    private Map<String, Object> report(ExperimentPlan plan, RunContext context, List<AnalysisResult> results,
            String runId, Map<String, Object> environment, List<String> summary, double seconds) {
        ExperimentData data = context.data();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("format", "repalign-report-1");
        report.put("experiment", plan.name());
        report.put("description", plan.description());
        report.put("run_id", runId);
        report.put("seed", plan.seed());
        report.put("environment", environment);
        report.put("sources", data.sourceIds());
        report.put("items", data.itemCount());
        report.put("metrics", context.metrics().stream().map(m -> m.spec().key()).toList());
        Map<String, Object> directions = new LinkedHashMap<>();
        for (AlignmentMetric metric : context.metrics()) {
            directions.put(metric.spec().key(), metric.direction().name().toLowerCase(java.util.Locale.ROOT));
        }
        report.put("metric_directions", directions);
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("subsamples", plan.protocol().subsamples());
        protocol.put("subsample_size", plan.protocol().subsampleSize());
        protocol.put("permutations", plan.protocol().permutations());
        protocol.put("ties", plan.protocol().ties().name().toLowerCase(java.util.Locale.ROOT));
        protocol.put("dense_preprocessing", plan.densePreprocessing().id());
        report.put("protocol", protocol);
        plan.synthetic().ifPresent(generator -> report.put("generator", generator(generator)));
        context.codesIfBuilt().ifPresent(codes -> report.put("sae", sae(plan, codes)));
        Map<String, Object> analyses = new LinkedHashMap<>();
        for (AnalysisResult result : results) {
            analyses.put(result.id(), result.toJson());
        }
        report.put("analyses", analyses);
        report.put("summary", summary);
        List<String> notes = new ArrayList<>(data.notes());
        notes.addAll(context.notes());
        report.put("notes", notes);
        report.put("seconds_wall_total", seconds);
        return report;
    }

    private static Map<String, Object> generator(SyntheticGenerator generator) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", "RepAlign's own synthetic signal/bias/noise generator, inferred from the paper's abstract;"
                + " not stated by the paper");
        json.put("seed", generator.seed());
        json.put("items", generator.items());
        json.put("attributes", generator.attributes());
        json.put("active_per_item", generator.activePerItem());
        json.put("zipf_exponent", generator.zipfExponent());
        json.put("top_frequency", generator.topFrequency());
        List<Object> models = new ArrayList<>();
        for (SyntheticModelSpec model : generator.models()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", model.name());
            m.put("dimension", model.dimension());
            m.put("bias_norm", model.biasNorm());
            m.put("noise_scale", model.noiseScale());
            m.put("dictionary", model.dictionary().name().toLowerCase(java.util.Locale.ROOT));
            models.add(m);
        }
        json.put("models", models);
        return json;
    }

    private static Map<String, Object> sae(ExperimentPlan plan, SparseCodes codes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("architecture", plan.sae().architecture());
        json.put("recipe", plan.sae().recipe());
        json.put("latents", plan.sae().latents());
        json.put("k", plan.sae().k());
        json.put("steps", plan.sae().steps());
        json.put("batch_size", plan.sae().batchSize());
        json.put("learning_rate", plan.sae().learningRate());
        json.put("truncation_lower", plan.sae().truncationLower());
        json.put("truncation_upper", plan.sae().truncationUpper());
        List<Object> sources = new ArrayList<>();
        for (SparseCodes.SourceSae sae : codes.saes()) {
            SaeEvaluation e = sae.evaluation();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("source", sae.sourceId());
            s.put("seed", sae.config() == null ? null : sae.config().seed());
            s.put("loaded_from", sae.loadedFrom() == null ? null : sae.loadedFrom().toString());
            s.put("fvu", e.fvu());
            s.put("nmse", e.nmse());
            s.put("mean_l2_residual", e.meanL2Residual());
            s.put("l0", e.l0());
            s.put("l0_truncated", e.l0Truncated());
            s.put("dead_fraction", e.deadFraction());
            s.put("kept_latents", sae.truncated().keptLatents());
            s.put("magnitude_p5", e.magnitudeP5());
            s.put("magnitude_p95", e.magnitudeP95());
            s.put("incoherence_mean", e.incoherenceMean());
            sources.add(s);
        }
        json.put("sources", sources);
        return json;
    }

    private static Map<String, Object> subsets(RunContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", "subsets of pair p are drawn from seed + p (SplitMix64, without replacement);"
                + " an empty list means all rows");
        List<Object> pairs = new ArrayList<>();
        for (SourcePair pair : context.pairs()) {
            RowSubsets subsets = context.subsets(pair);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("a", context.data().sourceIds().get(pair.first()));
            p.put("b", context.data().sourceIds().get(pair.second()));
            p.put("pair_index", pair.index());
            p.put("seed", subsets.streamSeed());
            List<Object> lists = new ArrayList<>();
            if (!subsets.wholeMatrix()) {
                for (int[] subset : subsets.toArray()) {
                    lists.add(subset);
                }
            }
            p.put("subsets", lists);
            pairs.add(p);
        }
        json.put("pairs", pairs);
        return json;
    }
}
