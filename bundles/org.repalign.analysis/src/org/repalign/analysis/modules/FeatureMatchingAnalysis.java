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
import org.repalign.analysis.work.WorkTask;
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
        List<FeatureMatchingNull> matchings = context.run(units, new MatchingTask(context, settings, codes),
                progress.split(pairs.size()));
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
    /**
     * The batch task of the matching units: the matching of one pair's codes with its null draws.
     * Engines that hold the codes elsewhere compute the same with {@link FeatureMatchingAnalysis#match}
     * and this task's {@link #permutations()}.
     */
    public static final class MatchingTask implements WorkTask<FeatureMatchingNull> {

        private final RunContext context;
        private final AnalysisSettings.Features settings;
        private final SparseCodes codes;

        MatchingTask(RunContext context, AnalysisSettings.Features settings, SparseCodes codes) {
            this.context = context;
            this.settings = settings;
            this.codes = codes;
        }

        /** @return the null draws per unit */
        public int permutations() {
            return settings.permutations();
        }

        @Override
        public FeatureMatchingNull run(WorkUnit unit, BooleanSupplier canceled) throws ExperimentInputException {
            SourcePair pair = context.pairs().get(unit.subject());
            return match(codes.codes(pair.first()), codes.codes(pair.second()), unit, context.plan().seed(),
                    settings.permutations(), describe(context, pair), canceled);
        }
    }

    /**
     * @param context a run's context
     * @param pair    a pair
     * @return e.g. {@code x–y}, as messages name the pair
     */
    public static String describe(RunContext context, SourcePair pair) {
        return context.data().sourceIds().get(pair.first()) + "–" + context.data().sourceIds().get(pair.second());
    }

    /**
     * One {@link WorkUnit#matchingPair} unit: the matching of a pair's codes, with its null draws
     * seeded by the unit ({@code plan seed + pair index}).
     *
     * @param first        the truncated codes of the pair's first source
     * @param second       those of its second source
     * @param unit         the unit (its representation is the code kind, {@code weighted} or {@code binary})
     * @param planSeed     the plan's seed
     * @param permutations null draws; below 2 none
     * @param pairName     the pair as messages name it
     * @param canceled     cancellation
     * @return the matching with its null
     * @throws ExperimentInputException when the codes cannot be matched
     */
    public static FeatureMatchingNull match(CsrMatrix first, CsrMatrix second, WorkUnit unit, long planSeed,
            int permutations, String pairName, BooleanSupplier canceled) throws ExperimentInputException {
        boolean binary = unit.representation().equals("binary");
        long seed = unit.seed(planSeed);
        try {
            if (permutations < 2) {
                // no null distribution asked for (a standard deviation needs two draws)
                return new FeatureMatchingNull(FeatureMatching.match(first, second, binary, canceled), Double.NaN,
                        Double.NaN, Double.NaN, new double[0], seed);
            }
            return FeatureMatching.nulls(first, second, binary, permutations, seed, canceled);
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("feature matching of pair " + pairName + ": " + e.getMessage(), e);
        }
    }
}
