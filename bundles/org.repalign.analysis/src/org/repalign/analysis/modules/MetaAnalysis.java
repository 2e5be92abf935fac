package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.MetaRow;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.stats.LeaveOneModelOutFit;
import org.repalign.compute.stats.RidgeRegression;

/**
 * Meta-analysis (the paper's E4): which model properties predict pairwise alignment.
 *
 * <p><b>Features</b> of a pair (a, b): for each numeric property known for every source, the
 * minimum and maximum over the two models of log(parameters), depth, width,
 * log1p(training data size) and year; and one-hot indicators of the pair's modality
 * combination (for instance {@code image-text}) when every source has a modality. Columns that
 * are constant over the pairs are dropped (and noted).
 *
 * <p><b>Fit</b>, per metric: ridge regression of the pair's alignment (the analysis'
 * preprocessing, centered by default, mean over subsamples) on the features, columns centred
 * and scaled to unit L2 norm, with an intercept (the paper's code fits none, research notes
 * §11.5), λ chosen from the grid by leave-one-model-out cross-validation (train on the pairs
 * without model M, predict the pairs with M). Rows {@code metric, feature, coefficient} in
 * original units plus the standardised coefficient; {@code cv_r2} and {@code lambda} per metric.
 * Coefficients are on the metric's own scale: for a distance ({@code knn_edit_*}) a positive
 * coefficient means less alignment.
 */
public final class MetaAnalysis implements Analysis {

    /** The settings given by the factory, or {@code null} for the plan's. */
    private final AnalysisSettings.Meta configured;

    /** An analysis reading its settings from the plan it runs in. */
    public MetaAnalysis() {
        this(null);
    }

    /**
     * @param settings the analysis' settings, or {@code null} for those of the plan it runs in
     *                 (see {@link MetaAnalysisFactory})
     */
    public MetaAnalysis(AnalysisSettings.Meta settings) {
        this.configured = settings;
    }

    @Override
    public String id() {
        return MetaAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        AnalysisSettings.Meta settings = configured != null ? configured
                : context.plan().settings(AnalysisSettings.Meta.class,
                        new AnalysisSettings.Meta(null, context.plan().densePreprocessing()));
        AnalysisResult result = new AnalysisResult(id());
        RecordTable<MetaRow> rows = result.addTable(MetaRow.TABLE);
        int count = context.data().sourceCount();
        List<SourcePair> pairs = context.pairs();
        List<String> names = new ArrayList<>();
        List<double[]> columns = features(context.data().properties(), pairs, names, result);
        if (count < 3 || columns.isEmpty()) {
            String why = count < 3 ? "needs at least 3 sources for leave-one-model-out cross-validation, has " + count
                    : "no model property is known for every source and varies across pairs";
            result.note("meta analysis skipped: " + why);
            result.summary("meta: skipped (" + why + ")");
            result.put("features", names);
            result.put("cv_r2", Map.of());
            result.put("lambda", Map.of());
            return result;
        }
        if (count == 3) {
            result.note("with 3 sources each left-out model leaves a single training pair: the CV R² is only a rough"
                    + " indication");
        }
        double[][] x = new double[pairs.size()][columns.size()];
        int[] first = new int[pairs.size()];
        int[] second = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            first[p] = pairs.get(p).first();
            second[p] = pairs.get(p).second();
            for (int c = 0; c < columns.size(); c++) {
                x[p][c] = columns.get(c)[p];
            }
        }
        double[] lambdas = settings.lambdas().stream().mapToDouble(Double::doubleValue).toArray();
        SubMonitor progress = SubMonitor.convert(monitor, pairs.size() + 1);
        double[][] y = new double[context.metrics().size()][pairs.size()];
        var evaluations = context.evaluateAll(pairs, settings.preprocessing().id(), progress.split(pairs.size()));
        for (int p = 0; p < pairs.size(); p++) {
            var evaluation = evaluations.get(p);
            for (int m = 0; m < y.length; m++) {
                y[m][p] = evaluation.metrics().get(m).mean();
            }
        }
        Map<String, Object> cvR2 = new LinkedHashMap<>();
        Map<String, Object> chosen = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        for (int m = 0; m < y.length; m++) {
            String metric = context.metrics().get(m).spec().key();
            LeaveOneModelOutFit fit;
            try {
                fit = RidgeRegression.crossValidatedByModel(x, y[m], lambdas, first, second, count, true);
            } catch (IllegalArgumentException e) {
                result.note("meta fit for " + metric + " skipped: " + e.getMessage());
                continue;
            }
            rows.add(new MetaRow(metric, "(intercept)", fit.fit().intercept(), Double.NaN));
            for (int c = 0; c < names.size(); c++) {
                rows.add(new MetaRow(metric, names.get(c), fit.fit().coefficients()[c],
                        fit.fit().standardizedCoefficients()[c]));
            }
            cvR2.put(metric, fit.crossValidatedRSquared());
            chosen.put(metric, fit.lambda());
            line.append(line.length() == 0 ? "" : "; ").append(metric).append(' ')
                    .append(Format.number(fit.crossValidatedRSquared()));
        }
        result.put("features", names);
        result.put("cv_r2", cvR2);
        result.put("lambda", chosen);
        result.summary("meta: model properties (" + String.join(", ", names)
                + ") predict alignment with leave-one-model-out CV R² " + line);
        return result;
    }

    private static List<double[]> features(List<ModelProperties> properties, List<SourcePair> pairs,
            List<String> names, AnalysisResult result) {
        List<double[]> columns = new ArrayList<>();
        numeric(properties, pairs, "log_parameters", p -> p.parameters() == null || p.parameters() <= 0 ? null
                : Math.log(p.parameters()), names, columns, result);
        numeric(properties, pairs, "depth", p -> p.depth() == null ? null : (double) p.depth(), names, columns, result);
        numeric(properties, pairs, "width", p -> p.width() == null ? null : (double) p.width(), names, columns, result);
        numeric(properties, pairs, "log1p_training_data", p -> p.trainingDataSize() == null
                || p.trainingDataSize() < 0 ? null : Math.log1p(p.trainingDataSize()), names, columns, result);
        numeric(properties, pairs, "year", p -> p.year() == null ? null : (double) p.year(), names, columns, result);
        if (properties.stream().allMatch(p -> p.modality() != null && !p.modality().isBlank())) {
            TreeSet<String> kinds = new TreeSet<>();
            pairs.forEach(pair -> kinds.add(modalityPair(properties, pair)));
            for (String kind : kinds) {
                double[] column = new double[pairs.size()];
                for (int p = 0; p < pairs.size(); p++) {
                    column[p] = modalityPair(properties, pairs.get(p)).equals(kind) ? 1 : 0;
                }
                add("modality_" + kind, column, names, columns, result);
            }
        }
        return columns;
    }

    private static String modalityPair(List<ModelProperties> properties, SourcePair pair) {
        String a = properties.get(pair.first()).modality();
        String b = properties.get(pair.second()).modality();
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    private static void numeric(List<ModelProperties> properties, List<SourcePair> pairs, String name,
            Function<ModelProperties, Double> value, List<String> names, List<double[]> columns, AnalysisResult result) {
        double[] perSource = new double[properties.size()];
        for (int s = 0; s < perSource.length; s++) {
            Double v = value.apply(properties.get(s));
            if (v == null || !Double.isFinite(v)) {
                return;
            }
            perSource[s] = v;
        }
        double[] min = new double[pairs.size()];
        double[] max = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            double a = perSource[pairs.get(p).first()];
            double b = perSource[pairs.get(p).second()];
            min[p] = Math.min(a, b);
            max[p] = Math.max(a, b);
        }
        add("min_" + name, min, names, columns, result);
        add("max_" + name, max, names, columns, result);
    }

    private static void add(String name, double[] column, List<String> names, List<double[]> columns,
            AnalysisResult result) {
        for (double v : column) {
            if (v != column[0]) {
                names.add(name);
                columns.add(column);
                return;
            }
        }
        result.note("feature " + name + " is constant over the pairs and left out");
    }
}
