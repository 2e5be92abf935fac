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
import org.repalign.compute.protocol.MetricSummary;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.SourcePair;

/**
 * Every pair and metric measured in two representations on the same subsamples, with the
 * improvement of the second over the first ({@link MetricDirections}) and, per metric, the
 * share of pairs it improves and the share where the two are tied within
 * {@link MetricDirections#RELATIVE_TOLERANCE} (round-off is never counted as an improvement). Bias (raw → centered) and signal (dense → sparse) are both this
 * comparison. Each share gets a 95% interval by a bootstrap over models ({@link ShareIntervals}).
 */
final class PairComparison {

    private PairComparison() {
    }

    /**
     * A row of a comparison table ({@code BiasRow::new}, {@code SignalRow::new}).
     *
     * @param <R> the row type
     */
    @FunctionalInterface
    interface Row<R extends Record> {
        R of(String a, String b, String metric, double first, double second, double delta, double firstSd,
                double secondSd, String outcome);
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
        int[] tied = new int[metrics.size()];
        int[] defined = new int[metrics.size()];
        double[] firstSum = new double[metrics.size()];
        double[] secondSum = new double[metrics.size()];
        // every pair of each representation as one batch of units, combined below in pair order
        List<PairEvaluation> firstEvaluations = context.evaluateAll(pairs, first, progress.split(pairs.size()));
        List<PairEvaluation> secondEvaluations = context.evaluateAll(pairs, second, progress.split(pairs.size()));
        for (int p = 0; p < pairs.size(); p++) {
            SourcePair pair = pairs.get(p);
            PairEvaluation a = firstEvaluations.get(p);
            PairEvaluation b = secondEvaluations.get(p);
            for (int m = 0; m < metrics.size(); m++) {
                MetricSummary x = a.metrics().get(m);
                MetricSummary y = b.metrics().get(m);
                double delta = MetricDirections.improvement(x.direction(), x.mean(), y.mean());
                MetricDirections.Outcome outcome = MetricDirections.compare(x.direction(), x.mean(), y.mean());
                rows.add(row.of(context.data().sourceIds().get(pair.first()),
                        context.data().sourceIds().get(pair.second()), x.key(), x.mean(), y.mean(), delta,
                        x.standardDeviation(), y.standardDeviation(), outcome.label()));
                outcomes[m][p] = outcome == MetricDirections.Outcome.UNDEFINED ? Double.NaN
                        : outcome == MetricDirections.Outcome.BETTER ? 1 : 0;
                if (outcome != MetricDirections.Outcome.UNDEFINED) {
                    defined[m]++;
                    improved[m] += outcome == MetricDirections.Outcome.BETTER ? 1 : 0;
                    tied[m] += outcome == MetricDirections.Outcome.TIED ? 1 : 0;
                    firstSum[m] += x.mean();
                    secondSum[m] += y.mean();
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
            line.append(line.length() == 0 ? "" : "; ").append(key).append(' ').append(Format.percent(share))
                    .append(ShareIntervals.bracket(interval))
                    .append(" (").append(Format.number(firstMean)).append(" → ").append(Format.number(secondMean))
                    .append(tied[m] == 0 ? "" : "; " + tied[m] + " of " + defined[m] + " pairs tied").append(')');
        }
        result.put("improved_share", shares);
        result.put("improved_share_ci", shareIntervals);
        result.put("tied_share", tiedShares);
        result.put(firstColumn + "_mean", firstMeans);
        result.put(secondColumn + "_mean", secondMeans);
        result.summary(String.format(java.util.Locale.ROOT, summary, line));
        return result;
    }
}
