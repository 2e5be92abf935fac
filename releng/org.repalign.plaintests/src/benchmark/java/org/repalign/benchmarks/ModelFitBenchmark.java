package org.repalign.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.ModelSourceRow;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;

/**
 * The recovery study of the model analysis, run with {@code releng/benchmark.sh model [SEEDS]}:
 * on RepAlign's generator with known noise exponents γ ∈ {0.25, 0.5, 0.75}, in the demo's shape
 * (3,000 items, 96 attributes, 4 active, Zipf 1, five models of 112 to 160 dimensions, bias
 * norms 0.5 to 3, noise scales 1 to 2), every source's fitted γ and signal share with their 95%
 * intervals against the generator's own: γ as set, and the signal share 1 − (mean over items of
 * σ_o²/(‖A s_o + b‖² + σ_o²))/(1 − ‖mean unit row‖²) from its ground truth.
 */
public final class ModelFitBenchmark {

    private static final double[][] MODELS = { { 128, 2.0, 1.5 }, { 144, 1.0, 1.0 }, { 112, 3.0, 2.0 },
            { 160, 0.5, 1.0 }, { 120, 2.0, 1.5 } };

    private ModelFitBenchmark() {
    }

    /**
     * @param args optional SEEDS (default 3)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        String[] words = String.join(" ", args).trim().split("\\s+");
        int seeds = words.length > 0 && !words[0].isEmpty() ? Integer.parseInt(words[0]) : 3;
        Nd4jRuntime.ensureInitialized();
        System.out.println("gamma seed source  fitted gamma [95% interval]  bend seen  signal share: true  fitted [95% interval]");
        int gammaWithin = 0;
        int gammaCovered = 0;
        int signalWithin = 0;
        int signalCovered = 0;
        int total = 0;
        List<String> predictions = new ArrayList<>();
        for (double gamma : new double[] { 0.25, 0.5, 0.75 }) {
            for (int seed = 0; seed < seeds; seed++) {
                List<SyntheticModelSpec> models = new ArrayList<>();
                for (int m = 0; m < MODELS.length; m++) {
                    models.add(SyntheticModelSpec.of("m" + m, (int) MODELS[m][0], MODELS[m][1], MODELS[m][2])
                            .withNoiseExponent(gamma));
                }
                SyntheticGenerator generator = new SyntheticGenerator(20260522L + seed, 3000, 96, 4, 1.0, 0.25, 1.0,
                        1000.0, models);
                ExperimentPlan plan = new ExperimentPlan("model-fit", "", 12345L + seed, List.of(),
                        Optional.of(generator), null, null, null, Preprocessing.CENTERED, List.of("cka", "mutual_knn_10"),
                        new ProtocolSettings(3, 1000, 0, TieRule.RANDOM), null,
                        List.of(new AnalysisSettings.Contributed("model", Map.of())), null);
                RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                        MetricRegistry.installed(), RunListener.NONE, LocalExecutor.sequential());
                AnalysisResult result = AnalysisRegistry.installed().create(plan.analyses().get(0)).run(context,
                        new NullProgressMonitor());
                @SuppressWarnings("unchecked")
                List<ModelSourceRow> rows = ((RecordTable<ModelSourceRow>) result.table("sources")).rows();
                List<SyntheticRepresentation> truth = generator.representations();
                predictions.add(String.format(Locale.ROOT, "%.2f  %d    %s", gamma, seed,
                        result.values().get("prediction_correlation")));
                for (int s = 0; s < rows.size(); s++) {
                    ModelSourceRow row = rows.get(s);
                    double signal = truth.get(s).signalShare();
                    boolean g = Math.abs(row.gamma() - gamma) <= 0.1;
                    boolean sh = Math.abs(row.signalShare() - signal) <= 0.05;
                    gammaWithin += g ? 1 : 0;
                    gammaCovered += row.gammaLower() <= gamma && gamma <= row.gammaUpper() ? 1 : 0;
                    signalWithin += sh ? 1 : 0;
                    signalCovered += row.signalShareLower() <= signal && signal <= row.signalShareUpper() ? 1 : 0;
                    total++;
                    System.out.printf(Locale.ROOT, "%.2f  %d    %-6s  %.3f [%.3f, %.3f]       %-5s      %.3f  %.3f [%.3f, %.3f]%s%n",
                            gamma, seed, row.source(), row.gamma(), row.gammaLower(), row.gammaUpper(),
                            row.bendInRange(), signal, row.signalShare(), row.signalShareLower(),
                            row.signalShareUpper(), (g ? "" : "  γ off by more than 0.1")
                                    + (sh ? "" : "  signal share off by more than 0.05"));
                }
            }
        }
        System.out.println("twins against the sources, across the 10 pairs (gamma, seed, per metric and representation):");
        predictions.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "gamma within 0.1: %d of %d sources (interval holds it: %d); signal share within"
                + " 0.05: %d of %d (interval holds it: %d)%n", gammaWithin, total, gammaCovered, signalWithin, total,
                signalCovered);
    }
}
