package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.RowSelection;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.stats.BenjaminiHochberg;
import org.repalign.compute.stats.OrdinaryLeastSquares;
import org.repalign.compute.stats.SimpleLinearFit;
import org.repalign.compute.stats.SpearmanCorrelation;
import org.repalign.compute.stats.StudentT;

/**
 * Noise (the paper's E3): alignment in windows of items taken in frequency order.
 *
 * <p><b>Windows.</b> Items with a positive frequency are sorted by decreasing frequency (ties
 * keep item order); window w covers positions {@code [w·stride, w·stride + size)} of that
 * order (0-based, end exclusive), for w = 0 … windows − 1 while the window fits. Every metric
 * is computed on all rows of each window (no subsampling), in the analysis' preprocessing
 * (centered by default, fitted on all rows before windowing).
 *
 * <p><b>Fits.</b> For each pair and metric, with x<sub>w</sub> = (mean frequency of the items
 * in window w)<sup>−1/2</sup> (the items actually in the window, after any filter; the
 * paper's code used the unfiltered list, research notes §11.4), an OLS fit with intercept
 * value = a + b·x gives slope b, intercept a and R²; Spearman ρ is computed between the
 * window's mean frequency and its value. Alignment rises with frequency when b &lt; 0 for a
 * similarity and b &gt; 0 for a distance; {@code rising_share} per metric is the share of
 * fitted pairs for which it does. Pairs of the same {@code family} can be excluded.
 */
public final class NoiseAnalysis implements Analysis {

    /** The settings given by the factory, or {@code null} for the plan's. */
    private final AnalysisSettings.Noise configured;

    /** An analysis reading its settings from the plan it runs in. */
    public NoiseAnalysis() {
        this(null);
    }

    /**
     * @param settings the analysis' settings, or {@code null} for those of the plan it runs in
     *                 (see {@link NoiseAnalysisFactory})
     */
    public NoiseAnalysis(AnalysisSettings.Noise settings) {
        this.configured = settings;
    }

    @Override
    public String id() {
        return NoiseAnalysisFactory.ID;
    }

    /** Computes the windows and measures the first pair on the first window with every metric. */
    @Override
    public void preflight(RunContext context) throws ExperimentInputException {
        AnalysisSettings.Noise settings = settings(context);
        int[] window = FrequencyWindows.windows(FrequencyWindows.frequencyOrder(frequencies(context)), settings).get(0);
        WindowTask task = new WindowTask(settings.preprocessing(), new int[][] { window });
        WorkUnit unit = WorkUnit.frequencyWindow(id(), context.pairs().get(0).index(),
                settings.preprocessing().id(), 0);
        try {
            task.finish(context, unit, task.compute(context, unit, () -> false));
        } catch (ExperimentInputException e) {
            if (e.getCause() instanceof IllegalArgumentException metricProblem
                    && e.getMessage().startsWith("noise window ")) {
                // before the run: the window size is what the user changes
                throw new ExperimentInputException("noise windows of " + settings.windowSize() + " items: "
                        + metricProblem.getMessage(), metricProblem);
            }
            throw e;
        }
    }

    private AnalysisSettings.Noise settings(RunContext context) {
        return configured != null ? configured
                : context.plan().settings(AnalysisSettings.Noise.class, AnalysisSettings.Noise.PAPER);
    }

    private static double[] frequencies(RunContext context) throws ExperimentInputException {
        return context.data().frequencies().orElseThrow(() -> new ExperimentInputException(
                "noise analysis: the experiment has no frequencies file"));
    }

    /**
     * Every metric on all rows of one window, in the analysis' preprocessing: the task of the
     * {@link WorkUnit#frequencyWindow} units (index: the window). It carries the windows, so that
     * a unit can be computed on any replica of the run's context; the window's values are
     * summarised into its evaluation in the run.
     *
     * @param preprocessing the analysis' preprocessing
     * @param windows       the rows of each window, by window index
     */
    record WindowTask(Preprocessing preprocessing, int[][] windows)
            implements PortableTask<PairEvaluator.SubsetValues, PairEvaluation> {

        private static final long serialVersionUID = 1L;

        @Override
        public PairEvaluator.SubsetValues compute(RunContext context, WorkUnit unit, BooleanSupplier canceled)
                throws ExperimentInputException {
            SourcePair pair = context.pairs().get(unit.subject());
            int[] window = windows[unit.index()];
            EvaluationProtocol whole = protocol(context, pair, window);
            try {
                return PairEvaluator.evaluateSubset(
                        RowSelection.of(context.prepared().matrix(pair.first(), preprocessing), window),
                        RowSelection.of(context.prepared().matrix(pair.second(), preprocessing), window),
                        context.metricsForUnit(), whole, RowSubsets.of(whole, window.length), 0, canceled);
            } catch (java.util.concurrent.CancellationException e) {
                throw new OperationCanceledException();
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("noise window " + unit.index() + " of pair "
                        + context.data().sourceIds().get(pair.first()) + "–"
                        + context.data().sourceIds().get(pair.second()) + ": " + e.getMessage(), e);
            }
        }

        @Override
        public PairEvaluation finish(RunContext context, WorkUnit unit, PairEvaluator.SubsetValues computed) {
            SourcePair pair = context.pairs().get(unit.subject());
            int[] window = windows[unit.index()];
            EvaluationProtocol whole = protocol(context, pair, window);
            return PairEvaluator.combine(context.metrics(), whole, RowSubsets.of(whole, window.length),
                    List.of(computed), java.util.stream.LongStream.of(computed.nanos()).sum() / 1e9);
        }

        /** All rows of the window once, no subsampling. */
        private static EvaluationProtocol protocol(RunContext context, SourcePair pair, int[] window) {
            return new EvaluationProtocol(0, window.length, context.plan().seed(), pair.index(),
                    context.plan().protocol().ties(), OptionalDouble.empty());
        }
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        AnalysisSettings.Noise settings = settings(context);
        ExperimentData data = context.data();
        double[] frequencies = frequencies(context);
        int[] order = FrequencyWindows.frequencyOrder(frequencies);
        List<int[]> windows = FrequencyWindows.windows(order, settings);
        AnalysisResult result = new AnalysisResult(id());
        if (order.length < frequencies.length) {
            result.note((frequencies.length - order.length)
                    + " items without a positive frequency are left out of the windows");
        }
        List<SourcePair> pairs = new ArrayList<>();
        int excluded = 0;
        for (SourcePair pair : context.pairs()) {
            if (settings.excludeSameFamily() && sameFamily(data.properties().get(pair.first()),
                    data.properties().get(pair.second()))) {
                excluded++;
            } else {
                pairs.add(pair);
            }
        }
        if (excluded > 0) {
            result.note(excluded + " same-family pairs excluded");
        }
        if (pairs.isEmpty()) {
            throw new ExperimentInputException("noise analysis: excluding same-family pairs leaves no pair");
        }
        if (windows.size() < settings.windows()) {
            result.note(windows.size() + " of the " + settings.windows() + " windows fit in the " + order.length
                    + " items with a frequency");
        }
        List<AlignmentMetric> metrics = context.metrics();
        double[] meanFrequency = new double[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            double sum = 0;
            for (int row : windows.get(w)) {
                sum += frequencies[row];
            }
            meanFrequency[w] = sum / windows.get(w).length;
        }
        double[] x = Arrays.stream(meanFrequency).map(f -> 1 / Math.sqrt(f)).toArray();
        RecordTable<NoiseRow> rows = result.addTable(NoiseRow.TABLE);
        RecordTable<NoiseFit> fits = result.addTable(NoiseFit.TABLE);
        SubMonitor progress = SubMonitor.convert(monitor, pairs.size() * windows.size());
        int[] rising = new int[metrics.size()];
        int[] fitted = new int[metrics.size()];
        int[] flat = new int[metrics.size()];
        double[] r2Sum = new double[metrics.size()];
        int[] r2Count = new int[metrics.size()];
        // every window of every pair as one batch of units, combined below in pair and window order
        List<WorkUnit> units = new ArrayList<>();
        for (SourcePair pair : pairs) {
            for (int w = 0; w < windows.size(); w++) {
                units.add(WorkUnit.frequencyWindow(id(), pair.index(), settings.preprocessing().id(), w));
            }
        }
        List<PairEvaluation> measured = context.runPortable(units,
                new WindowTask(settings.preprocessing(), windows.toArray(int[][]::new)), progress);
        int next = 0;
        // per metric and pair: 1 rising, 0 not, NaN undefined (for the share's interval)
        double[][] outcomes = new double[metrics.size()][pairs.size()];
        // the same for significant rises, NaN where the pair has no test
        double[][] significantOutcomes = new double[metrics.size()][pairs.size()];
        for (double[][] table : new double[][][] { outcomes, significantOutcomes }) {
            for (double[] row : table) {
                Arrays.fill(row, Double.NaN);
            }
        }
        // the fits first, then their p-values adjusted per metric over the pairs, then the rows
        SlopeFit[][] slopeFits = new SlopeFit[metrics.size()][pairs.size()];
        for (int pairNumber = 0; pairNumber < pairs.size(); pairNumber++) {
            SourcePair pair = pairs.get(pairNumber);
            String a = data.sourceIds().get(pair.first());
            String b = data.sourceIds().get(pair.second());
            double[][] values = new double[metrics.size()][windows.size()];
            for (int w = 0; w < windows.size(); w++) {
                PairEvaluation evaluation = measured.get(next++);
                for (int m = 0; m < metrics.size(); m++) {
                    values[m][w] = evaluation.metrics().get(m).mean();
                    rows.add(new NoiseRow(a, b, metrics.get(m).spec().key(), w * settings.stride(),
                            w * settings.stride() + settings.windowSize(), meanFrequency[w], values[m][w]));
                }
            }
            for (int m = 0; m < metrics.size(); m++) {
                slopeFits[m][pairNumber] = SlopeFit.of(x, values[m], meanFrequency, metrics.get(m), a, b, result);
            }
        }
        int[] tested = new int[metrics.size()];
        int[] significantlyRising = new int[metrics.size()];
        int[] significantlyFalling = new int[metrics.size()];
        double[][] q = new double[metrics.size()][];
        for (int m = 0; m < metrics.size(); m++) {
            q[m] = BenjaminiHochberg.adjust(Arrays.stream(slopeFits[m]).mapToDouble(SlopeFit::p).toArray());
        }
        for (int pairNumber = 0; pairNumber < pairs.size(); pairNumber++) {
            SourcePair pair = pairs.get(pairNumber);
            String a = data.sourceIds().get(pair.first());
            String b = data.sourceIds().get(pair.second());
            for (int m = 0; m < metrics.size(); m++) {
                SlopeFit slope = slopeFits[m][pairNumber];
                double adjusted = q[m][pairNumber];
                Boolean significant = Double.isNaN(adjusted) ? null : adjusted <= PairComparison.ALPHA;
                SimpleLinearFit fit = slope.fit();
                String key = metrics.get(m).spec().key();
                if (fit == null) {
                    fits.add(new NoiseFit(a, b, key, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, "undefined",
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, null));
                    continue;
                }
                boolean up = slope.trend().equals("rising");
                fits.add(new NoiseFit(a, b, key, fit.slope(), fit.intercept(), fit.rSquared(), slope.rho(), up,
                        slope.trend(), slope.lower(), slope.upper(), slope.p(), adjusted, significant));
                fitted[m]++;
                rising[m] += up ? 1 : 0;
                outcomes[m][pairNumber] = up ? 1 : 0;
                flat[m] += slope.trend().equals("flat") ? 1 : 0;
                if (Double.isFinite(fit.rSquared())) {
                    r2Sum[m] += fit.rSquared();
                    r2Count[m]++;
                }
                if (significant != null) {
                    tested[m]++;
                    boolean significantRise = significant && up;
                    significantlyRising[m] += significantRise ? 1 : 0;
                    significantlyFalling[m] += significant && slope.trend().equals("falling") ? 1 : 0;
                    significantOutcomes[m][pairNumber] = significantRise ? 1 : 0;
                }
            }
        }
        Map<String, Object> share = new LinkedHashMap<>();
        Map<String, Object> shareIntervals = new LinkedHashMap<>();
        Map<String, Object> significantShares = new LinkedHashMap<>();
        Map<String, Object> significantIntervals = new LinkedHashMap<>();
        Map<String, Object> testedPairs = new LinkedHashMap<>();
        Map<String, Object> meanR2 = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (int m = 0; m < metrics.size(); m++) {
            String key = metrics.get(m).spec().key();
            double s = fitted[m] == 0 ? Double.NaN : (double) rising[m] / fitted[m];
            double r2 = r2Count[m] == 0 ? Double.NaN : r2Sum[m] / r2Count[m];
            double[] interval = ShareIntervals.of(context, pairs, outcomes[m], m);
            double significantShare = tested[m] == 0 ? Double.NaN : (double) significantlyRising[m] / tested[m];
            double[] significantInterval = ShareIntervals.of(context, pairs, significantOutcomes[m], m);
            share.put(key, s);
            shareIntervals.put(key, List.of(interval[0], interval[1]));
            significantShares.put(key, significantShare);
            significantIntervals.put(key, List.of(significantInterval[0], significantInterval[1]));
            testedPairs.put(key, tested[m]);
            meanR2.put(key, r2);
            line.append(line.length() == 0 ? "" : "; ").append(key).append(' ');
            if (tested[m] == 0) {
                line.append("untested; by sign ").append(Format.percent(s)).append(ShareIntervals.bracket(interval));
            } else {
                line.append(significantlyRising[m]).append(" of ").append(tested[m]).append(' ')
                        .append(Format.percent(significantShare)).append(ShareIntervals.bracket(significantInterval))
                        .append(significantlyFalling[m] == 0 ? ""
                                : ", " + significantlyFalling[m] + " significantly falling")
                        .append("; by sign ").append(Format.percent(s));
            }
            line.append(" (mean R² ").append(Format.number(r2))
                    .append(flat[m] == 0 ? "" : "; " + flat[m] + " of " + fitted[m] + " flat").append(')');
        }
        result.put("rising_share", share);
        result.put("rising_share_ci", shareIntervals);
        result.put("significant_rising_share", significantShares);
        result.put("significant_rising_share_ci", significantIntervals);
        result.put("tested_pairs", testedPairs);
        result.put("mean_r2", meanR2);
        result.put("windows", windows.size());
        result.put("significance",
                PairComparison.significance("95% t interval of the OLS slope with W − 2 degrees of freedom"));
        result.summary("noise: alignment rises with frequency significantly in " + line + " of pairs (pairs whose"
                + " slope has q ≤ 0.05: two-sided t test of the OLS slope over the windows, Benjamini–Hochberg over"
                + " the pairs of each metric; share [95% interval, bootstrap over models]), over " + windows.size()
                + " windows of " + settings.windowSize() + " items");
        return result;
    }

    /**
     * One pair's line for one metric, with its slope's interval and test, or no fit ({@code fit}
     * null).
     */
    private record SlopeFit(SimpleLinearFit fit, double rho, String trend, double lower, double upper, double p) {

        private static final SlopeFit NONE = new SlopeFit(null, Double.NaN, "undefined", Double.NaN, Double.NaN,
                Double.NaN);

        static SlopeFit of(double[] x, double[] y, double[] meanFrequency, AlignmentMetric metric, String a, String b,
                AnalysisResult result) {
            if (Arrays.stream(y).anyMatch(v -> !Double.isFinite(v))) {
                return NONE;
            }
            SimpleLinearFit fit;
            try {
                fit = OrdinaryLeastSquares.fit(x, y);
            } catch (IllegalArgumentException e) {
                // every window has the same mean frequency: no slope to fit
                result.note("no fit for " + a + "–" + b + " " + metric.spec().key() + ": " + e.getMessage());
                return NONE;
            }
            double rho = SpearmanCorrelation.rho(meanFrequency, y);
            String trend = MetricDirections.trend(metric.direction(), fit.intercept(), fit.slope(), x);
            int freedom = x.length - 2;
            double error = fit.slopeStandardError();
            if (freedom < 1 || !Double.isFinite(error)) {
                return new SlopeFit(fit, rho, trend, Double.NaN, Double.NaN, Double.NaN);
            }
            double t = StudentT.quantile(0.975, freedom);
            double p = error > 0 ? StudentT.twoSidedP(fit.slope() / error, freedom) : fit.slope() == 0 ? 1 : 0;
            return new SlopeFit(fit, rho, trend, fit.slope() - t * error, fit.slope() + t * error, p);
        }
    }

    private static boolean sameFamily(ModelProperties a, ModelProperties b) {
        return a.family() != null && !a.family().isBlank() && Objects.equals(a.family(), b.family());
    }
}
