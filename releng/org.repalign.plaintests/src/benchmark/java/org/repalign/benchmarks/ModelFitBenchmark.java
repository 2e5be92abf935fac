package org.repalign.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.model.NoiseLawFit;
import org.repalign.compute.model.SubspaceResiduals;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;

/**
 * The recovery study of the model fit, run with {@code releng/benchmark.sh model [SEEDS]}: on
 * RepAlign's generator with known noise exponents γ ∈ {0.25, 0.5, 0.75}, the demo's shape
 * (3,000 items, 96 attributes, 4 active, Zipf 1) and SAEs as the demo trains them, the fitted γ
 * of every source with its 95% interval.
 */
public final class ModelFitBenchmark {

    private ModelFitBenchmark() {
    }

    /**
     * @param args optional SEEDS (default 2)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        String[] words = String.join(" ", args).trim().split("\\s+");
        int seeds = words.length > 0 && !words[0].isEmpty() ? Integer.parseInt(words[0]) : 2;
        Nd4jRuntime.ensureInitialized();
        System.out.println("gamma  seed  source        fitted  [95% interval]        f*        floor  ceiling  R2    in range");
        int within = 0;
        int total = 0;
        for (double gamma : new double[] { 0.25, 0.5, 0.75 }) {
            for (int seed = 0; seed < seeds; seed++) {
                List<SyntheticModelSpec> models = new ArrayList<>();
                double[][] knobs = { { 128, 2.0, 1.5 }, { 144, 1.0, 1.0 }, { 112, 3.0, 2.0 }, { 160, 0.5, 1.0 },
                        { 120, 2.0, 1.5 } };
                for (int m = 0; m < knobs.length; m++) {
                    models.add(SyntheticModelSpec.of("m" + m, (int) knobs[m][0], knobs[m][1], knobs[m][2])
                            .withNoiseExponent(gamma));
                }
                SyntheticGenerator generator = new SyntheticGenerator(20260522L + seed, 3000, 96, 4, 1.0, 0.25, 1.0,
                        1000.0, models);
                ExperimentPlan plan = new ExperimentPlan("model-fit", "", 12345L + seed, List.of(),
                        Optional.of(generator), null, null, null, Preprocessing.CENTERED, List.of("cka"),
                        new ProtocolSettings(1, 1000, 0, TieRule.RANDOM),
                        new SaeSettings("topk", "l2prh", 256, 8, 1500, 256, 2e-3, 1e-5, 0.1),
                        List.of(new AnalysisSettings.Signal()), null);
                ExperimentData data = ExperimentDataLoader.load(plan, new NullProgressMonitor());
                RunContext context = new RunContext(plan, data, MetricRegistry.installed(), RunListener.NONE,
                        new LocalExecutor(2));
                var codes = context.codes(new NullProgressMonitor());
                double[] frequencies = data.frequencies().orElseThrow();
                for (int s = 0; s < data.sourceCount(); s++) {
                    RowMatrix dense = context.matrix(s, Preprocessing.CENTERED.id(), null);
                    SparseAutoencoder sae = codes.saes().get(s).sae();
                    DenseMatrix reconstruction = sae.reconstruct(dense);
                    double[] shares = new double[dense.rows()];
                    for (int i = 0; i < dense.rows(); i++) {
                        double[] x = dense.row(i);
                        double[] r = reconstruction.row(i);
                        double residual = 0;
                        double energy = 0;
                        for (int j = 0; j < x.length; j++) {
                            residual += (x[j] - r[j]) * (x[j] - r[j]);
                            energy += x[j] * x[j];
                        }
                        shares[i] = residual / energy;
                    }
                    NoiseLawFit.Result saeFit = NoiseLawFit.fit(frequencies, shares, 7L + s);
                    SubspaceResiduals.Result subspace = SubspaceResiduals.of(context.matrix(s, Preprocessing.RAW.id(), null),
                            frequencies);
                    NoiseLawFit.Result fit = NoiseLawFit.fit(frequencies, subspace.shares(), 7L + s);
                    boolean ok = Math.abs(fit.law().gamma() - gamma) <= 0.1;
                    within += ok ? 1 : 0;
                    total++;
                    System.out.printf(Locale.ROOT, "%.2f   %d     %-6s r %3d  %.3f   [%.3f, %.3f]   %9.3g  %.3f  %.3f  %.3f %s  (SAE residual: %.3f)%s%n",
                            gamma, seed, data.sourceIds().get(s), subspace.dimension(), fit.law().gamma(),
                            fit.gammaInterval()[0], fit.gammaInterval()[1], fit.law().transition(), fit.law().floor(),
                            fit.law().ceiling(), fit.r2(), fit.inRange(), saeFit.law().gamma(),
                            ok ? "" : "  <- off by more than 0.1");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d sources with the fitted gamma within 0.1 of the truth%n", within, total);
    }
}
