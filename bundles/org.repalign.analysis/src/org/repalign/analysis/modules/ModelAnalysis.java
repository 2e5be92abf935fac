package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.results.rows.ModelSourceRow;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.model.NoiseLaw;
import org.repalign.compute.model.NoiseLawFit;
import org.repalign.compute.model.SubspaceResiduals;
import org.repalign.compute.model.SyntheticTwins;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.stats.SplitMix64;

/**
 * Fits RepAlign's own reading of the signal/bias/noise model (research notes §7; the paper
 * states no formula) to each source: the noise law of its residual shares outside the frequent
 * rows' principal subspace ({@link SubspaceResiduals}, {@link NoiseLawFit}) on the unit rows
 * ({@code raw} preprocessing), with 95% bootstrap intervals, and the share of the rows' variance
 * that is not noise. The fit of source i draws its bootstrap from
 * {@code mix(plan seed + i)}.
 */
public final class ModelAnalysis implements Analysis {

    private final boolean twins;

    /**
     * @param twins whether to generate the sources' synthetic twins and compare their alignment
     *              with the observed
     */
    public ModelAnalysis(boolean twins) {
        this.twins = twins;
    }

    @Override
    public String id() {
        return ModelAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        double[] frequencies = context.data().frequencies().orElseThrow(() -> new ExperimentInputException(
                "analysis model: needs item frequencies; give the experiment a frequencies file"));
        int sources = context.data().sourceCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Model fit", sources + (twins ? 2 * sources : 0));
        AnalysisResult result = new AnalysisResult(id());
        RecordTable<ModelSourceRow> rows = result.addTable(ModelSourceRow.TABLE);
        List<Object> seeds = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int s = 0; s < sources; s++) {
            RunContext.checkCanceled(progress);
            String id = context.data().sourceIds().get(s);
            RowMatrix unit = context.matrix(s, Preprocessing.RAW.id(), null);
            long seed = SplitMix64.mix(context.plan().seed() + s);
            ModelSourceRow row;
            try {
                row = fit(id, unit, frequencies, seed);
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("analysis model, source '" + id + "': " + e.getMessage(), e);
            }
            rows.add(row);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("source", id);
            entry.put("bootstrap_seed", seed);
            seeds.add(entry);
            line.append(s == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s γ %.2f [%.2f, %.2f], signal %.0f%%",
                    id, row.gamma(), row.gammaLower(), row.gammaUpper(), 100 * row.signalShare()));
            if (!Boolean.TRUE.equals(row.bendInRange())) {
                result.note(id + ": the noise law's bend f* = " + String.format(Locale.ROOT, "%.3g", row.transition())
                        + " lies outside the items' frequencies, so γ is poorly determined");
            }
            progress.worked(1);
        }
        result.summary("model: " + line);
        if (twins) {
            predict(context, rows.rows(), result, progress.split(2 * sources));
        }
        result.put("label", "RepAlign's own reading of the signal/bias/noise model (research notes §7), not the"
                + " paper's formula");
        result.put("noise_law", "e(f) = floor + (ceiling − floor)/(1 + (f/f*)^(2γ)), e the residual share of a unit"
                + " row outside the frequent rows' principal subspace (cross-fitted)");
        result.put("interval", "95% bootstrap percentile interval over items, " + NoiseLawFit.REPLICATES
                + " replicates");
        result.put("seeds", seeds);
        return result;
    }

    /**
     * @param source      the source id
     * @param unit        its unit rows
     * @param frequencies the items' frequencies
     * @param seed        the bootstrap seed
     * @return the source's fit
     */
    static ModelSourceRow fit(String source, RowMatrix unit, double[] frequencies, long seed) {
        SubspaceResiduals.Result residuals = SubspaceResiduals.of(unit, frequencies);
        NoiseLawFit.Result fit = NoiseLawFit.fit(frequencies, residuals.shares(), seed);
        NoiseLaw law = fit.law();
        int n = unit.rows();
        int d = unit.columns();
        double[] mean = new double[d];
        double[] row = new double[d];
        double energy = 0;
        for (int i = 0; i < n; i++) {
            unit.readRows(i, 1, row, 0);
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
                energy += row[j] * row[j] / n;
            }
        }
        double meanSquares = 0;
        for (double v : mean) {
            meanSquares += v * v;
        }
        double variance = energy - meanSquares;
        // each item's noise share of its row: its residual share above the floor, over the share of
        // isotropic noise outside an r-dimensional subspace, (d − r)/d, above the floor
        double outside = (double) (d - residuals.dimension()) / d;
        double[] shares = residuals.shares();
        double signalShare = signalShare(shares, law.floor(), outside, energy, variance, null);
        double[] replicates = new double[NoiseLawFit.REPLICATES];
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed + 1));
        int[] drawn = new int[n];
        for (int b = 0; b < replicates.length; b++) {
            for (int i = 0; i < n; i++) {
                drawn[i] = random.nextInt(n);
            }
            replicates[b] = signalShare(shares, fit.replicates().get(b).floor(), outside, energy, variance, drawn);
        }
        double[] signalInterval = NoiseLawFit.percentileInterval(replicates);
        double[] noiseInterval = fit.interval(NoiseLaw::relativeNoiseScale);
        return new ModelSourceRow(source, n, residuals.dimension(), law.gamma(), fit.gammaInterval()[0],
                fit.gammaInterval()[1], law.transition(), fit.transitionInterval()[0], fit.transitionInterval()[1],
                law.relativeNoiseScale(), noiseInterval[0], noiseInterval[1], law.floor(), law.ceiling(), fit.r2(),
                fit.inRange(), 1 - signalShare, signalShare, signalInterval[0], signalInterval[1],
                Math.sqrt(meanSquares));
    }

    /** 1 − (mean noise share of the items drawn) · energy / variance. */
    private static double signalShare(double[] shares, double floor, double outside, double energy, double variance,
            int[] drawn) {
        int n = drawn == null ? shares.length : drawn.length;
        double noise = 0;
        for (int i = 0; i < n; i++) {
            double e = shares[drawn == null ? i : drawn[i]];
            noise += Math.min(1, Math.max(0, (e - floor) / (outside - floor))) / n;
        }
        // noise has no mean: all of its energy is variance
        return 1 - noise * energy / variance;
    }

    /**
     * Generates every source's twin from its fit on the experiment's items (codes from the
     * attributes file, or the generator's default world without one), measures every pair of
     * twins with the run's metrics, protocol and subsets on raw and centered rows, and compares
     * with the sources' own values.
     */
    private void predict(RunContext context, List<ModelSourceRow> fits, AnalysisResult result, IProgressMonitor monitor)
            throws ExperimentInputException {
        var data = context.data();
        double[] frequencies = data.frequencies().orElseThrow();
        double[][] codes = codes(context);
        long seed = SplitMix64.mix(context.plan().seed() + 7919);
        SubMonitor progress = SubMonitor.convert(monitor, 2 * fits.size());
        List<Map<Preprocessing, RowMatrix>> twinRows = new ArrayList<>();
        for (int s = 0; s < fits.size(); s++) {
            ModelSourceRow fit = fits.get(s);
            RowMatrix unit;
            try {
                unit = SyntheticTwins.twin(codes, frequencies, new SyntheticTwins.Spec(
                        context.matrix(s, Preprocessing.RAW.id(), null).columns(), fit.meanNorm(), fit.relativeNoise(),
                        fit.gamma()), s, seed);
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("analysis model, twin of '" + fit.source() + "': " + e.getMessage(), e);
            }
            Map<Preprocessing, RowMatrix> prepared = new java.util.EnumMap<>(Preprocessing.class);
            prepared.put(Preprocessing.RAW, Preprocessing.RAW.apply(unit, data.items()));
            prepared.put(Preprocessing.CENTERED, Preprocessing.CENTERED.apply(unit, data.items()));
            twinRows.add(prepared);
            progress.worked(1);
        }
        RecordTable<ModelPredictionRow> table = result.addTable(ModelPredictionRow.TABLE);
        List<org.repalign.compute.protocol.SourcePair> pairs = context.pairs();
        List<org.repalign.compute.protocol.PairEvaluation> raw = context.evaluateAll(pairs, Preprocessing.RAW.id(),
                progress.split(0));
        List<org.repalign.compute.protocol.PairEvaluation> centered = context.evaluateAll(pairs,
                Preprocessing.CENTERED.id(), progress.split(0));
        Map<String, List<double[]>> byMetric = new LinkedHashMap<>();
        SubMonitor pairProgress = progress.split(fits.size()).setWorkRemaining(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            RunContext.checkCanceled(pairProgress);
            var pair = pairs.get(k);
            String a = data.sourceIds().get(pair.first());
            String b = data.sourceIds().get(pair.second());
            var twinRaw = context.measure(twinRows.get(pair.first()).get(Preprocessing.RAW),
                    twinRows.get(pair.second()).get(Preprocessing.RAW), context.protocol(pair), pairProgress,
                    "analysis model, twins of " + a + "–" + b);
            var twinCentered = context.measure(twinRows.get(pair.first()).get(Preprocessing.CENTERED),
                    twinRows.get(pair.second()).get(Preprocessing.CENTERED), context.protocol(pair), pairProgress,
                    "analysis model, twins of " + a + "–" + b);
            for (int m = 0; m < context.metrics().size(); m++) {
                var observedRaw = raw.get(k).metrics().get(m);
                var observedCentered = centered.get(k).metrics().get(m);
                double predictedRaw = twinRaw.metrics().get(m).mean();
                double predictedCentered = twinCentered.metrics().get(m).mean();
                var direction = observedRaw.direction();
                double observedGain = MetricDirections.improvement(direction, observedRaw.mean(), observedCentered.mean());
                double predictedGain = MetricDirections.improvement(direction, predictedRaw, predictedCentered);
                String key = observedRaw.key();
                table.add(new ModelPredictionRow(a, b, key, "raw", observedRaw.mean(), predictedRaw));
                table.add(new ModelPredictionRow(a, b, key, "centered", observedCentered.mean(), predictedCentered));
                table.add(new ModelPredictionRow(a, b, key, "centered-raw", observedGain, predictedGain));
                byMetric.computeIfAbsent(key, x -> new ArrayList<>()).add(new double[] { observedRaw.mean(), predictedRaw,
                        observedCentered.mean(), predictedCentered, observedGain, predictedGain });
            }
            pairProgress.worked(1);
        }
        Map<String, Object> correlations = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, List<double[]>> entry : byMetric.entrySet()) {
            Map<String, Object> perRepresentation = new LinkedHashMap<>();
            String[] names = { "raw", "centered", "centered-raw" };
            for (int r = 0; r < names.length; r++) {
                double[] observed = new double[entry.getValue().size()];
                double[] predicted = new double[observed.length];
                for (int i = 0; i < observed.length; i++) {
                    observed[i] = entry.getValue().get(i)[2 * r];
                    predicted[i] = entry.getValue().get(i)[2 * r + 1];
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("pearson", observed.length < 2 ? Double.NaN
                        : org.repalign.compute.stats.SpearmanCorrelation.pearson(observed, predicted));
                c.put("spearman", observed.length < 2 ? Double.NaN
                        : org.repalign.compute.stats.SpearmanCorrelation.rho(observed, predicted));
                c.put("pairs", observed.length);
                perRepresentation.put(names[r], c);
                if (r == 1) {
                    line.append(line.length() == 0 ? "" : "; ").append(entry.getKey()).append(String.format(Locale.ROOT,
                            " centered r %.2f, ρ %.2f", c.get("pearson"), c.get("spearman")));
                }
            }
            correlations.put(entry.getKey(), perRepresentation);
        }
        result.put("prediction_correlation", correlations);
        result.put("twins", "each source's twin: the model run forward with the source's γ, σ/T and mean-row norm on"
                + " the experiment's items (codes: " + (data.attributes().isEmpty()
                        ? "no attributes, a world of the generator's defaults" : "the experiment's attributes") + "), seed " + seed);
        result.summary("model predicts the observed alignment across pairs: " + line);
    }

    /** The shared codes of the twins: one column per attribute, or a default generated world. */
    private static double[][] codes(RunContext context) {
        var data = context.data();
        int n = data.itemCount();
        if (!data.attributes().isEmpty()) {
            List<boolean[]> columns = new ArrayList<>(data.attributes().values());
            double[][] codes = new double[n][columns.size()];
            for (int j = 0; j < columns.size(); j++) {
                boolean[] labels = columns.get(j);
                for (int o = 0; o < n; o++) {
                    codes[o][j] = labels[o] ? 1 : 0;
                }
            }
            return codes;
        }
        var world = new org.repalign.compute.synth.SyntheticGenerator(context.plan().seed(), n,
                org.repalign.compute.synth.SyntheticGenerator.DEFAULT_ATTRIBUTES,
                org.repalign.compute.synth.SyntheticGenerator.DEFAULT_ACTIVE_PER_ITEM,
                org.repalign.compute.synth.SyntheticGenerator.DEFAULT_CODE_MAGNITUDE,
                org.repalign.compute.synth.SyntheticGenerator.DEFAULT_CODE_JITTER,
                org.repalign.compute.synth.SyntheticGenerator.DEFAULT_ZIPF_EXPONENT,
                org.repalign.compute.synth.SyntheticGenerator.DEFAULT_TOP_FREQUENCY,
                List.of(org.repalign.compute.synth.SyntheticModelSpec.of("world", 2, 0, 0))).world();
        return world.codes().toRows();
    }
}
