package org.repalign.analysis.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.SaeSizing;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.store.ResultStore;
import org.repalign.analysis.results.ReportHeader;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.SaeSourceSummary;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;

/** The documents of a run folder: {@code report.json} (docs/results-format.md) and {@code subsets.json}. */
final class RunReport {

    private RunReport() {
    }

    static Map<String, Object> report(ExperimentPlan plan, RunContext context, List<AnalysisResult> results,
            String runId, Map<String, Object> environment, List<String> summary, double seconds,
            Map<String, Double> analysisSeconds) {
        ExperimentData data = context.data();
        Map<String, String> directions = new LinkedHashMap<>();
        for (AlignmentMetric metric : context.metrics()) {
            directions.put(metric.spec().key(), metric.direction().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Object> report = new LinkedHashMap<>(new ReportHeader(RunResults.FORMAT_2, plan.name(),
                plan.description(), runId, plan.seed(), data.sourceIds(), data.itemCount(),
                context.metrics().stream().map(m -> m.spec().key()).toList(), directions).toJson());
        report.put("environment", environment);
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("subsamples", plan.protocol().subsamples());
        protocol.put("subsample_size", plan.protocol().subsampleSize());
        protocol.put("permutations", plan.protocol().permutations());
        protocol.put("ties", plan.protocol().ties().name().toLowerCase(java.util.Locale.ROOT));
        protocol.put("dense_preprocessing", plan.densePreprocessing().id());
        if (!context.pairs().isEmpty()) {
            var effective = context.protocol(context.pairs().get(0));
            protocol.put("effective_subsamples", effective.subsamples());
            protocol.put("effective_subsample_size", effective.subsamples() == 0 ? data.itemCount()
                    : effective.subsampleSize());
        }
        report.put("protocol", protocol);
        plan.synthetic().ifPresent(generator -> report.put("generator", generator(generator)));
        context.codesIfBuilt().ifPresent(codes -> report.put("sae", sae(plan, codes)));
        Map<String, Object> analyses = new LinkedHashMap<>();
        for (AnalysisResult result : results) {
            Map<String, Object> analysis = new LinkedHashMap<>();
            analysis.put("label", label(result.id()));
            analysis.putAll(result.toJson());
            Double spent = analysisSeconds.get(result.id());
            if (spent != null) {
                analysis.put("seconds", spent);
            }
            analyses.put(result.id(), analysis);
        }
        report.put("analyses", analyses);
        report.put("summary", summary);
        List<String> notes = new ArrayList<>(data.notes());
        notes.addAll(context.notes());
        report.put("notes", notes);
        report.put("seconds_wall_total", seconds);
        return report;
    }

    /** The analysis's label as its factory declares it, its id when the factory cannot say. */
    private static String label(String id) {
        try {
            return AnalysisRegistry.installed().contribution(id).map(c -> c.value().name()).filter(n -> !n.isBlank())
                    .orElse(id);
        } catch (RuntimeException | LinkageError e) {
            return id;
        }
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
        json.put("attribute_label_noise", generator.attributeLabelNoise());
        List<Object> models = new ArrayList<>();
        for (SyntheticModelSpec model : generator.models()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", model.name());
            m.put("dimension", model.dimension());
            m.put("bias_norm", model.biasNorm());
            m.put("noise_scale", model.noiseScale());
            m.put("noise_exponent", model.noiseExponent());
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
        if (plan.sae().sizing() != null) {
            json.put("sizing", sizing(plan.sae().sizing()));
        }
        List<SaeSourceSummary> sources = new ArrayList<>();
        for (SparseCodes.SourceSae sae : codes.saes()) {
            SaeEvaluation e = sae.evaluation();
            String fileName = ResultStore.fileName(sae.sourceId());
            sources.add(new SaeSourceSummary(sae.sourceId(), sae.config() == null ? null : sae.config().seed(),
                    sae.loadedFrom() == null ? null : sae.loadedFrom().toString(),
                    sae.config() == null ? null : "sae/" + fileName, "codes/" + fileName + ".npz", e.fvu(), e.nmse(),
                    e.meanL2Residual(), e.l0(), e.l0Truncated(), e.deadFraction(),
                    java.util.Arrays.stream(sae.truncated().keptLatents()).boxed().toList(), e.magnitudeP5(),
                    e.magnitudeP95(), e.incoherenceMean()));
        }
        json.put(SaeSourceSummary.TABLE.name(), sources);
        return json;
    }

    /** The report's {@code sae.sizing}: the rule, its inputs and which values it chose. */
    private static Map<String, Object> sizing(SaeSizing sizing) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", SaeSizing.RULE);
        json.put("rows", sizing.rows());
        json.put("dimension", sizing.dimension());
        List<String> sized = new ArrayList<>();
        if (sizing.batchSized()) {
            sized.add("batch_size");
        }
        if (sizing.latentsSized()) {
            sized.add("latents");
        }
        if (sizing.stepsSized()) {
            sized.add("steps");
        }
        json.put("sized", sized);
        return json;
    }

    /**
     * @param sae the run's SAE settings
     * @return the summary line saying which of them were sized to the data, empty when none
     */
    static Optional<String> sizingLine(SaeSettings sae) {
        SaeSizing sizing = sae.sizing();
        if (sizing == null || !sizing.sizedAny()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(sae.latents() + " latents" + (sizing.latentsSized() ? " (sized)" : ""));
        parts.add(sae.steps() + " steps" + (sizing.stepsSized() ? " (sized)" : ""));
        parts.add("batches of " + sae.batchSize() + (sizing.batchSized() ? " (sized)" : ""));
        return Optional.of("SAE: " + String.join(", ", parts) + " for " + sizing.rows() + " rows and up to "
                + sizing.dimension() + " dimensions (" + SaeSizing.LATENTS_PER_DIMENSION + " latents per dimension,"
                + " at most half the rows; " + SaeSizing.PASSES + " passes over the rows, " + SaeSizing.MIN_STEPS
                + " to " + SaeSizing.MAX_STEPS + " steps)");
    }

    static Map<String, Object> subsets(RunContext context) {
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
