package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.compute.matching.FeatureMatchingNull;
import org.repalign.compute.protocol.SourcePair;

/**
 * Feature matching (the paper's E1b): for every pair, the truncated SAE codes Z₁, Z₂ of all
 * rows, G = Z₁ᵀZ₂, a linear assignment of latents maximising the matched sum, and the score
 * matched sum / (‖Z₁‖<sub>F</sub> ‖Z₂‖<sub>F</sub>); weighted and (when asked) binary, the
 * matching recomputed for binary codes. Each score gets P row-permutation nulls (rows of Z₂
 * shuffled, seed {@code plan seed + pair index}; one {@link WorkUnit#matchingPair} unit per pair and
 * kind) and z = (score − null mean) / null sd. Every
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
        RecordTable<FeatureRow> rows = result.addTable(FeatureRow.TABLE);
        RecordTable<FeatureNullScore> nulls = result.addTable(FeatureNullScore.TABLE);
        Map<String, double[]> sums = new LinkedHashMap<>();
        boolean[] codeKinds = settings.binary() ? new boolean[] {false, true} : new boolean[] {false};
        // one unit per pair and code kind (its null draws inside: they share one affinity array)
        List<WorkUnit> units = new ArrayList<>();
        for (SourcePair pair : pairs) {
            for (boolean binary : codeKinds) {
                units.add(WorkUnit.matchingPair(id(), pair.index(), binary ? "binary" : "weighted"));
            }
        }
        List<FeatureMatchingNull> matchings = context.run(units, (unit, canceled) -> match(context, settings, codes,
                pairs.get(unit.subject()), unit, canceled), progress.split(pairs.size()));
        int next = 0;
        for (SourcePair pair : pairs) {
            CsrMatrix first = codes.codes(pair.first());
            CsrMatrix second = codes.codes(pair.second());
            String a = context.data().sourceIds().get(pair.first());
            String b = context.data().sourceIds().get(pair.second());
            for (boolean binary : codeKinds) {
                String kind = binary ? "binary" : "weighted";
                FeatureMatchingNull result0 = matchings.get(next++);
                rows.add(new FeatureRow(a, b, kind, result0.matched().score(), result0.mean(), result0.sd(),
                        result0.z(), result0.matched().matchedSum(), first.columns(), second.columns()));
                double[] scores = result0.scores();
                for (int draw = 0; draw < scores.length; draw++) {
                    nulls.add(new FeatureNullScore(a, b, kind, draw, scores[draw]));
                }
                double[] sum = sums.computeIfAbsent(kind, k -> new double[3]);
                sum[0] += result0.matched().score();
                sum[1] += result0.mean();
                sum[2]++;
            }
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

    /** One {@link WorkUnit#matchingPair} unit: the matching and its nulls, seed {@code plan seed + pair index}. */
    private static FeatureMatchingNull match(RunContext context, AnalysisSettings.Features settings, SparseCodes codes,
            SourcePair pair, WorkUnit unit, BooleanSupplier canceled) throws ExperimentInputException {
        CsrMatrix first = codes.codes(pair.first());
        CsrMatrix second = codes.codes(pair.second());
        boolean binary = unit.representation().equals("binary");
        long seed = unit.seed(context.plan().seed());
        try {
            if (settings.permutations() < 2) {
                // no null distribution asked for (a standard deviation needs two draws)
                return new FeatureMatchingNull(FeatureMatching.match(first, second, binary, canceled), Double.NaN,
                        Double.NaN, Double.NaN, new double[0], seed);
            }
            return FeatureMatching.nulls(first, second, binary, settings.permutations(), seed, canceled);
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("feature matching of pair "
                    + context.data().sourceIds().get(pair.first()) + "–" + context.data().sourceIds().get(pair.second())
                    + ": " + e.getMessage(), e);
        }
    }
}
