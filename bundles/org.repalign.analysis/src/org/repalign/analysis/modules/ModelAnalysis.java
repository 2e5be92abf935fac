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
import org.repalign.analysis.results.rows.ModelSourceRow;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.model.NoiseLaw;
import org.repalign.compute.model.NoiseLawFit;
import org.repalign.compute.model.SubspaceResiduals;
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

    @Override
    public String id() {
        return ModelAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        double[] frequencies = context.data().frequencies().orElseThrow(() -> new ExperimentInputException(
                "analysis model: needs item frequencies; give the experiment a frequencies file"));
        int sources = context.data().sourceCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Model fit", sources);
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
            if (!row.bendInRange()) {
                result.note(id + ": the noise law's bend f* = " + String.format(Locale.ROOT, "%.3g", row.transition())
                        + " lies outside the items' frequencies, so γ is poorly determined");
            }
            progress.worked(1);
        }
        result.put("label", "RepAlign's own reading of the signal/bias/noise model (research notes §7), not the"
                + " paper's formula");
        result.put("noise_law", "e(f) = floor + (ceiling − floor)/(1 + (f/f*)^(2γ)), e the residual share of a unit"
                + " row outside the frequent rows' principal subspace (cross-fitted)");
        result.put("interval", "95% bootstrap percentile interval over items, " + NoiseLawFit.REPLICATES
                + " replicates");
        result.put("seeds", seeds);
        result.summary("model: " + line);
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
        double squares = 0;
        for (int i = 0; i < n; i++) {
            unit.readRows(i, 1, row, 0);
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
                squares += row[j] * row[j] / n;
            }
        }
        double energy = squares;
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
        for (int b = 0; b < replicates.length; b++) {
            int[] drawn = new int[n];
            for (int i = 0; i < n; i++) {
                drawn[i] = random.nextInt(n);
            }
            replicates[b] = signalShare(shares, fit.replicates().get(b).floor(), outside, energy, variance, drawn);
        }
        java.util.Arrays.sort(replicates);
        double[] signalInterval = { replicates[(int) Math.floor(0.025 * (replicates.length - 1))],
                replicates[(int) Math.ceil(0.975 * (replicates.length - 1))] };
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
}
