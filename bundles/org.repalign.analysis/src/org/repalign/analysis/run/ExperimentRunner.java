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
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.store.ResultStore;
import org.repalign.analysis.store.RunId;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkExecutor;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.AtomicFiles;

/**
 * Runs an experiment: loads and aligns the sources, runs the plan's analyses in the order of
 * {@link AnalysisRegistry} on one shared {@link RunContext}, and writes the results folder
 * {@code <out>/<run-id>/} atomically ({@link ResultStore}). Cancellation is checked between
 * steps (and inside metrics and SAE training); a cancelled or failed run writes nothing.
 *
 * <p>The heavy work runs as {@link WorkUnit}s on a {@link WorkExecutor}: by default a
 * {@link LocalExecutor} with {@link LocalExecutor#configuredThreads()} threads (the processors
 * unless set). While the run lasts, the BLAS library gets
 * {@link LocalExecutor#configuredBlasThreads()} threads (1 unless set), so that units and BLAS
 * threads together do not oversubscribe the cores and the numbers do not depend on the work
 * threads; the setting before the run is restored after it. The executor, its threads, the units per kind
 * and the seconds per analysis are recorded in the report's {@code work} section, the BLAS
 * threads of the run in its {@code environment}.
 */
public final class ExperimentRunner {

    private final MetricRegistry registry;
    private final WorkExecutor executor;

    /** A runner with the installed metrics (built-in and contributed). */
    public ExperimentRunner() {
        this(MetricRegistry.installed());
    }

    /**
     * @param registry the metrics the plan's specs are resolved in
     */
    public ExperimentRunner(MetricRegistry registry) {
        this(registry, null);
    }

    /**
     * @param registry the metrics the plan's specs are resolved in
     * @param executor runs the work units; {@code null} for {@link LocalExecutor#configured()}
     */
    public ExperimentRunner(MetricRegistry registry, WorkExecutor executor) {
        this.registry = registry;
        this.executor = executor;
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
            weight += AnalysisRegistry.installed().weight(analysis);
        }
        // the steps' names carry the estimate of the time left, from the analyses' weights
        SubMonitor progress = SubMonitor.convert(new TimeLeftMonitor(monitor == null
                ? new NullProgressMonitor() : monitor, new TimeLeft()), "Running " + plan.name(),
                weight);
        // the experiment as it is now is the experiment as run, whatever happens to the file later
        byte[] asRun = experimentFileBytes(plan);
        byte[] identity = asRun != null ? asRun : RunId.bytes(plan.toString());
        requireWritable(outRoot);
        // runs killed while writing left hidden temporary folders: never results, so cleaned here
        List<String> cleaned = AtomicFiles.removeInterrupted(outRoot);
        Nd4jRuntime.ensureInitialized();
        progress.subTask("Reading the sources");
        ExperimentData data = ExperimentDataLoader.load(plan, progress.split(5));
        WorkExecutor work;
        try {
            work = executor != null ? executor : LocalExecutor.configured();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
        int blasBefore = Nd4jRuntime.environment().blasThreads();
        int blasDuring;
        try {
            blasDuring = LocalExecutor.configuredBlasThreads();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
        if (blasDuring != blasBefore) {
            Nd4jRuntime.setBlasThreads(blasDuring);
        }
        try {
            return run(plan, outRoot, listener, progress, start, startNanos, asRun, identity, cleaned, data, work);
        } finally {
            if (blasDuring != blasBefore) {
                Nd4jRuntime.setBlasThreads(blasBefore);
            }
        }
    }

    private RunOutcome run(ExperimentPlan plan, Path outRoot, RunListener listener, SubMonitor progress,
            Instant start, long startNanos, byte[] asRun, byte[] identity, List<String> cleaned, ExperimentData data,
            WorkExecutor work) throws ExperimentInputException {
        RunContext context = new RunContext(plan, data, registry, listener, work);
        List<Analysis> analyses = new ArrayList<>();
        for (AnalysisSettings settings : plan.analyses()) {
            Analysis analysis;
            try {
                analysis = AnalysisRegistry.installed().create(settings);
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException(e.getMessage(), e);
            }
            analysis.preflight(context);
            analyses.add(analysis);
        }
        List<AnalysisResult> results = new ArrayList<>();
        Map<String, Double> analysisSeconds = new LinkedHashMap<>();
        for (Analysis analysis : analyses) {
            long analysisStart = System.nanoTime();
            RunContext.checkCanceled(progress);
            AnalysisSettings settings = plan.analysis(analysis.id()).orElseThrow();
            progress.subTask("Analysis " + settings.id());
            AnalysisResult result;
            try {
                result = analysis.run(context, progress.split(AnalysisRegistry.installed().weight(settings)));
            } catch (java.util.concurrent.CancellationException e) {
                // compute reports cancellation with the JDK's exception, the platform with its own
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            analysisSeconds.put(analysis.id(), (System.nanoTime() - analysisStart) / 1e9);
            context.finished(result);
            results.add(result);
        }
        RunContext.checkCanceled(progress);
        progress.subTask("Writing the results");
        String runId = RunId.of(start, identity);
        Map<String, Object> environment = environment(plan);
        List<String> summary = new ArrayList<>();
        results.forEach(r -> summary.addAll(r.summary()));
        if (context.codesIfBuilt().isPresent()) {
            RunReport.sizingLine(plan.sae()).ifPresent(summary::add);
        }
        cleaned.forEach(line -> summary.add("results folder: " + line));
        Map<String, Object> report = RunReport.report(plan, context, results, runId, environment, summary,
                (System.nanoTime() - startNanos) / 1e9, analysisSeconds);
        report.put("work", work(context, analysisSeconds));
        SparseCodes codes = context.codesIfBuilt().orElse(null);
        // the copy is the file as it was at the start; a plan without a readable file has none
        Map<String, byte[]> extra = asRun == null ? Map.of() : Map.of("experiment.repalign", asRun);
        ResultStore.RunFiles files = new ResultStore.RunFiles(report, results, codes, RunReport.subsets(context),
                environment, extra);
        Path runFolder = null;
        for (int attempt = 1; runFolder == null; attempt++) {
            Path candidate = outRoot.resolve(attempt == 1 ? runId : runId + "-" + attempt);
            if (Files.exists(candidate)) {
                continue;
            }
            report.put("run_id", candidate.getFileName().toString());
            try {
                ResultStore.write(candidate, files);
                runFolder = candidate;
            } catch (RepresentationFileException e) {
                if (!Files.exists(candidate) || attempt >= 100) {
                    throw new ExperimentInputException("results: " + e.getMessage(), e);
                }
                // another run took the name at the same second: try the next suffix
            }
        }
        runId = runFolder.getFileName().toString();
        progress.worked(5);
        return new RunOutcome(runId, runFolder, report, results, summary);
    }

    /** @return the experiment file's bytes, or null when the plan has no file or it cannot be read */
    private static byte[] experimentFileBytes(ExperimentPlan plan) {
        if (plan.experimentFile() != null) {
            try {
                return Files.readAllBytes(plan.experimentFile());
            } catch (IOException e) {
                // identified by the plan's description instead, and no copy
            }
        }
        return null;
    }

    private static void requireWritable(Path outRoot) throws ExperimentInputException {
        try {
            Files.createDirectories(outRoot);
        } catch (IOException | RuntimeException e) {
            throw new ExperimentInputException("results folder " + outRoot + ": cannot be created (" + e.getMessage()
                    + ")", e);
        }
        if (!Files.isDirectory(outRoot) || !Files.isWritable(outRoot)) {
            throw new ExperimentInputException("results folder " + outRoot + ": is not a writable folder");
        }
    }

    /** The report's {@code work} section (docs/results-format.md). */
    private static Map<String, Object> work(RunContext context, Map<String, Double> analysisSeconds) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("executor", context.executor().name());
        work.put("threads", context.executor().threads());
        work.put("seed_rule", WorkUnit.SEED_RULE);
        work.put("units", context.work().countsJson());
        work.put("unit_seconds", context.work().secondsJson());
        work.put("analysis_seconds", analysisSeconds);
        return work;
    }

    private static Map<String, Object> environment(ExperimentPlan plan) {
        Map<String, Object> environment = new LinkedHashMap<>(Nd4jRuntime.environment().toMap());
        environment.put("seed", plan.seed());
        environment.put("sae_seeds", "plan seed + source index");
        environment.put("subsample_seeds", "plan seed + pair index");
        environment.put("null_seeds", "plan seed + pair index");
        environment.put("probe_fold_seeds", "plan seed + attribute index");
        return environment;
    }

}
