package org.repalign.analysis.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.compute.matching.FeatureMatchingNull;
import org.repalign.compute.protocol.SourcePair;

/**
 * Feature matching (the paper's E1b): for every pair, the truncated SAE codes Z₁, Z₂ of all
 * rows, G = Z₁ᵀZ₂, a linear assignment of latents maximising the matched sum, and the score
 * matched sum / (‖Z₁‖<sub>F</sub> ‖Z₂‖<sub>F</sub>); weighted and (when asked) binary, the
 * matching recomputed for binary codes. Each score gets P row-permutation nulls (rows of Z₂
 * shuffled, seed {@code plan seed + pair index}) and z = (score − null mean) / null sd. Every
 * null score is kept in the file-only table {@code null} ({@code features-null.csv}: a, b, kind,
 * draw, score).
 */
public final class FeatureMatchingAnalysis implements Analysis {

    /** The settings given by the factory, or {@code null} for the plan's. */
    private final AnalysisSettings.Features configured;

    /** An analysis reading its settings from the plan it runs in. */
    public FeatureMatchingAnalysis() {
        this(null);
    }

    /**
     * @param settings the analysis' settings, or {@code null} for those of the plan it runs in
     *                 (see {@link FeatureMatchingAnalysisFactory})
     */
    public FeatureMatchingAnalysis(AnalysisSettings.Features settings) {
        this.configured = settings;
    }

    @Override
    public String id() {
        return FeatureMatchingAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        AnalysisSettings.Features settings = configured != null ? configured
                : context.plan().settings(AnalysisSettings.Features.class,
                        new AnalysisSettings.Features(context.plan().protocol().permutations(), true));
        List<SourcePair> pairs = context.pairs();
        SubMonitor progress = SubMonitor.convert(monitor, 10 + pairs.size());
        SparseCodes codes = context.codes(progress.split(10));
        AnalysisResult result = new AnalysisResult(id());
        ResultTable rows = result.addTable(new ResultTable("rows", "a", "b", "kind", "score", "null_mean", "null_sd",
                "z", "matched_sum", "latents_a", "latents_b"));
        ResultTable nulls = result.addTable(ResultTable.fileOnly("null", "a", "b", "kind", "draw", "score"));
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SourcePair pair : pairs) {
            RunContext.checkCanceled(progress);
            CsrMatrix first = codes.codes(pair.first());
            CsrMatrix second = codes.codes(pair.second());
            String a = context.data().sourceIds().get(pair.first());
            String b = context.data().sourceIds().get(pair.second());
            for (boolean binary : settings.binary() ? new boolean[] {false, true} : new boolean[] {false}) {
                String kind = binary ? "binary" : "weighted";
                FeatureMatchingNull result0;
                try {
                    if (settings.permutations() < 2) {
                        // no null distribution asked for (a standard deviation needs two draws)
                        result0 = new FeatureMatchingNull(FeatureMatching.match(first, second, binary,
                                progress::isCanceled), Double.NaN, Double.NaN, Double.NaN, new double[0],
                                context.plan().seed() + pair.index());
                    } else {
                        result0 = FeatureMatching.nulls(first, second, binary, settings.permutations(),
                                context.plan().seed() + pair.index(), progress::isCanceled);
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    throw new OperationCanceledException();
                } catch (IllegalArgumentException e) {
                    throw new ExperimentInputException("feature matching of pair " + a + "–" + b + ": "
                            + e.getMessage(), e);
                }
                rows.add(a, b, kind, result0.matched().score(), result0.mean(), result0.sd(), result0.z(),
                        result0.matched().matchedSum(), first.columns(), second.columns());
                double[] scores = result0.scores();
                for (int draw = 0; draw < scores.length; draw++) {
                    nulls.add(a, b, kind, draw, scores[draw]);
                }
                double[] sum = sums.computeIfAbsent(kind, k -> new double[3]);
                sum[0] += result0.matched().score();
                sum[1] += result0.mean();
                sum[2]++;
            }
            progress.worked(1);
        }
        Map<String, Object> meanScore = new LinkedHashMap<>();
        Map<String, Object> meanNull = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, double[]> entry : sums.entrySet()) {
            double[] s = entry.getValue();
            meanScore.put(entry.getKey(), s[0] / s[2]);
            meanNull.put(entry.getKey(), s[1] / s[2]);
            line.append(line.length() == 0 ? "" : "; ").append(entry.getKey()).append(' ')
                    .append(Format.number(s[0] / s[2])).append(" vs null ").append(Format.number(s[1] / s[2]));
        }
        result.put("mean_score", meanScore);
        result.put("mean_null", meanNull);
        result.summary("features: matched SAE latents across models score " + line + " (mean over pairs, "
                + (settings.permutations() < 2 ? "no null distribution"
                        : settings.permutations() + " row permutations each") + ")");
        return result;
    }
}
