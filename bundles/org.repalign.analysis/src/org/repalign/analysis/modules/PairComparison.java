package org.repalign.analysis.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.TableSchema;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.protocol.MetricSummary;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.stats.BenjaminiHochberg;
import org.repalign.compute.stats.SubsampleInterval;

/**
 * Every pair and metric measured in two representations on the same subsamples, with the
 * improvement of the second over the first ({@link MetricDirections}) and, per metric, the
 * share of pairs it improves and the share where the two are tied within
 * {@link MetricDirections#RELATIVE_TOLERANCE} (round-off is never counted as an improvement).
 * Bias (raw → centered) and signal (dense → sparse) are both this comparison. Each share gets a
 * 95% interval by a bootstrap over models ({@link ShareIntervals}).
 *
 * <p><b>Uncertainty.</b> Each value gets its 95% interval and each improvement the interval of
 * the paired difference on the same subsamples, with its two-sided p-value
 * ({@link SubsampleInterval}). Per metric the p-values of the pairs are adjusted by
 * Benjamini–Hochberg ({@link BenjaminiHochberg}); a pair improves <em>significantly</em> when its
 * q ≤ {@link #ALPHA} and its difference is an improvement. The summary counts only those;
 * {@code improved_share} (by the sign of the difference alone) stays as it was.
 */
final class PairComparison {

    /** The false discovery rate at which a pair's difference counts as significant. */
    static final double ALPHA = 0.05;

    /** The significance rule in words, as reports state it. */
    static final String RULE = "q ≤ 0.05: two-sided test of the paired difference on the same subsamples,"
            + " p-values adjusted by Benjamini–Hochberg over the pairs of each metric";

    private PairComparison() {
    }

    /**
     * The uncertainty of one row: the interval of each value and of the improvement, and the
     * improvement's test.
     *
     * @param first       the first value's interval
     * @param second      the second value's interval
     * @param improvement the interval of the improvement (second − first, sign flipped for
     *                    distances) and its p-value
     * @param q           the p-value adjusted over the metric's pairs (NaN when undefined)
     * @param significant whether q ≤ {@link #ALPHA}, or {@code null} when undefined
     */
    record Uncertainty(SubsampleInterval first, SubsampleInterval second, SubsampleInterval improvement, double q,
            Boolean significant) {
    }

    /**
     * A row of a comparison table ({@code BiasRow}, {@code SignalRow}).
     *
     * @param <R> the row type
     */
    @FunctionalInterface
    interface Row<R extends Record> {
        R of(String a, String b, String metric, double first, double second, double delta, double firstSd,
                double secondSd, String outcome, Uncertainty uncertainty);
    }

    /**
     * @param summary the summary line, with {@code %s} where the per-metric shares and means go
     */
    static <R extends Record> AnalysisResult compare(RunContext context, String id, String first, String second,
            TableSchema<R> table, Row<R> row, String summary, IProgressMonitor monitor)
            throws ExperimentInputException {
        String firstColumn = table.columns().get(3);
        String secondColumn = table.columns().get(4);
        List<SourcePair> pairs = context.pairs();
        SubMonitor progress = SubMonitor.convert(monitor, pairs.size() * 2);
        RecordTable<R> rows = RecordTable.of(table);
        List<AlignmentMetric> metrics = context.metrics();
        int[] improved = new int[metrics.size()];
        // per metric and pair: 1 improved, 0 tied or worse, NaN undefined (for the share's interval)
        double[][] outcomes = new double[metrics.size()][pairs.size()];
        // the same for significant improvements (NaN where the pair has no test)
        double[][] significantOutcomes = new double[metrics.size()][pairs.size()];
        int[] tied = new int[metrics.size()];
        int[] defined = new int[metrics.size()];
        int[] tested = new int[metrics.size()];
        int[] significantlyBetter = new int[metrics.size()];
        int[] significantlyWorse = new int[metrics.size()];
        double[] firstSum = new double[metrics.size()];
        double[] secondSum = new double[metrics.size()];
        // every pair of each representation as one batch of units, combined below in pair order
        List<PairEvaluation> firstEvaluations = context.evaluateAll(pairs, first, progress.split(pairs.size()));
        List<PairEvaluation> secondEvaluations = context.evaluateAll(pairs, second, progress.split(pairs.size()));
        SubsampleInterval[][][] intervals = new SubsampleInterval[metrics.size()][pairs.size()][];
        double[][] q = new double[metrics.size()][];
        for (int m = 0; m < metrics.size(); m++) {
            double[] p = new double[pairs.size()];
            for (int k = 0; k < pairs.size(); k++) {
                intervals[m][k] = intervals(firstEvaluations.get(k), secondEvaluations.get(k), m);
                p[k] = intervals[m][k][2].p();
            }
            q[m] = BenjaminiHochberg.adjust(p);
        }
        for (int k = 0; k < pairs.size(); k++) {
            SourcePair pair = pairs.get(k);
            PairEvaluation a = firstEvaluations.get(k);
            PairEvaluation b = secondEvaluations.get(k);
            for (int m = 0; m < metrics.size(); m++) {
                MetricSummary x = a.metrics().get(m);
                MetricSummary y = b.metrics().get(m);
                double delta = MetricDirections.improvement(x.direction(), x.mean(), y.mean());
                MetricDirections.Outcome outcome = MetricDirections.compare(x.direction(), x.mean(), y.mean());
                SubsampleInterval[] interval = intervals[m][k];
                Boolean significant = Double.isNaN(q[m][k]) ? null : q[m][k] <= ALPHA;
                rows.add(row.of(context.data().sourceIds().get(pair.first()),
                        context.data().sourceIds().get(pair.second()), x.key(), x.mean(), y.mean(), delta,
                        x.standardDeviation(), y.standardDeviation(), outcome.label(),
                        new Uncertainty(interval[0], interval[1], interval[2], q[m][k], significant)));
                outcomes[m][k] = outcome == MetricDirections.Outcome.UNDEFINED ? Double.NaN
                        : outcome == MetricDirections.Outcome.BETTER ? 1 : 0;
                significantOutcomes[m][k] = Double.NaN;
                if (outcome != MetricDirections.Outcome.UNDEFINED) {
                    defined[m]++;
                    improved[m] += outcome == MetricDirections.Outcome.BETTER ? 1 : 0;
                    tied[m] += outcome == MetricDirections.Outcome.TIED ? 1 : 0;
                    firstSum[m] += x.mean();
                    secondSum[m] += y.mean();
                    if (significant != null) {
                        tested[m]++;
                        // round-off is never significant: a tied pair counts as neither
                        boolean better = significant && outcome == MetricDirections.Outcome.BETTER
                                && interval[2].estimate() > 0;
                        boolean worse = significant && outcome == MetricDirections.Outcome.WORSE
                                && interval[2].estimate() < 0;
                        significantlyBetter[m] += better ? 1 : 0;
                        significantlyWorse[m] += worse ? 1 : 0;
                        significantOutcomes[m][k] = better ? 1 : 0;
                    }
                }
            }
        }
        AnalysisResult result = new AnalysisResult(id);
        result.addTable(rows);
        Map<String, Object> shares = new LinkedHashMap<>();
        Map<String, Object> tiedShares = new LinkedHashMap<>();
        Map<String, Object> firstMeans = new LinkedHashMap<>();
        Map<String, Object> secondMeans = new LinkedHashMap<>();
        Map<String, Object> shareIntervals = new LinkedHashMap<>();
        Map<String, Object> significantShares = new LinkedHashMap<>();
        Map<String, Object> significantIntervals = new LinkedHashMap<>();
        Map<String, Object> worseShares = new LinkedHashMap<>();
        Map<String, Object> testedPairs = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (int m = 0; m < metrics.size(); m++) {
            String key = metrics.get(m).spec().key();
            double share = defined[m] == 0 ? Double.NaN : (double) improved[m] / defined[m];
            double[] interval = ShareIntervals.of(context, pairs, outcomes[m], m);
            shareIntervals.put(key, List.of(interval[0], interval[1]));
            double firstMean = defined[m] == 0 ? Double.NaN : firstSum[m] / defined[m];
            double secondMean = defined[m] == 0 ? Double.NaN : secondSum[m] / defined[m];
            shares.put(key, share);
            tiedShares.put(key, defined[m] == 0 ? Double.NaN : (double) tied[m] / defined[m]);
            firstMeans.put(key, firstMean);
            secondMeans.put(key, secondMean);
            double significantShare = tested[m] == 0 ? Double.NaN : (double) significantlyBetter[m] / tested[m];
            double[] significantInterval = ShareIntervals.of(context, pairs, significantOutcomes[m], m);
            significantShares.put(key, significantShare);
            significantIntervals.put(key, List.of(significantInterval[0], significantInterval[1]));
            worseShares.put(key, tested[m] == 0 ? Double.NaN : (double) significantlyWorse[m] / tested[m]);
            testedPairs.put(key, tested[m]);
            line.append(line.length() == 0 ? "" : "; ").append(key).append(' ');
            if (tested[m] == 0) {
                line.append("untested (").append(untestedReason(intervals[m])).append("); by sign ")
                        .append(Format.percent(share)).append(ShareIntervals.bracket(interval));
            } else {
                line.append(significantlyBetter[m]).append(" of ").append(tested[m]).append(' ')
                        .append(Format.percent(significantShare)).append(ShareIntervals.bracket(significantInterval))
                        .append(significantlyWorse[m] == 0 ? "" : ", " + significantlyWorse[m] + " significantly worse")
                        .append("; by sign ").append(Format.percent(share));
            }
            line.append(" (").append(Format.number(firstMean)).append(" → ").append(Format.number(secondMean))
                    .append(tied[m] == 0 ? "" : "; " + tied[m] + " of " + defined[m] + " pairs tied").append(')');
        }
        result.put("improved_share", shares);
        result.put("improved_share_ci", shareIntervals);
        result.put("tied_share", tiedShares);
        result.put(firstColumn + "_mean", firstMeans);
        result.put(secondColumn + "_mean", secondMeans);
        result.put("significant_improved_share", significantShares);
        result.put("significant_improved_share_ci", significantIntervals);
        result.put("significant_worse_share", worseShares);
        result.put("tested_pairs", testedPairs);
        result.put("significance", significance(SubsampleInterval.METHOD));
        result.summary(String.format(java.util.Locale.ROOT, summary, line));
        return result;
    }

    /**
     * @param interval how the intervals are made, in words
     * @return the report's {@code significance} entry: level, correction and interval method, in
     *         that order
     */
    static Map<String, Object> significance(String interval) {
        Map<String, Object> significance = new LinkedHashMap<>();
        significance.put("alpha", ALPHA);
        significance.put("correction", "benjamini_hochberg");
        significance.put("interval", interval);
        return significance;
    }

    /** The intervals of the first value, the second and the improvement of one pair for one metric. */
    private static SubsampleInterval[] intervals(PairEvaluation first, PairEvaluation second, int metric) {
        MetricSummary x = first.metrics().get(metric);
        MetricSummary y = second.metrics().get(metric);
        double[] a = x.values();
        double[] b = y.values();
        double[] improvement = new double[Math.min(a.length, b.length)];
        boolean distance = x.direction() == Direction.LOWER_IS_BETTER;
        for (int s = 0; s < improvement.length; s++) {
            improvement[s] = distance ? a[s] - b[s] : b[s] - a[s];
        }
        return new SubsampleInterval[] { first.interval(metric), second.interval(metric),
                SubsampleInterval.of(improvement, first.subsampleSize(), first.subsets().rows()) };
    }

    private static String untestedReason(SubsampleInterval[][] pairs) {
        for (SubsampleInterval[] pair : pairs) {
            if (pair[2].reason() != null) {
                return pair[2].reason();
            }
        }
        return "no defined difference";
    }
}
