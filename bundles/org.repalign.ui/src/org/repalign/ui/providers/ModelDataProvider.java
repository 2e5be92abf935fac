package org.repalign.ui.providers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.results.rows.ModelSourceRow;

/**
 * The data provider of the model analysis: the twins' alignment against the observed one for a
 * metric and representation (one point per pair), the correlation the run reports for it, and
 * each source's fit as table rows. Nothing is recomputed.
 */
public final class ModelDataProvider implements DataProvider {

    /** The analysis id. */
    public static final String ANALYSIS = "model";

    /** The representations of the predictions: values on raw and centered rows, and the centering gain. */
    public static final List<String> REPRESENTATIONS = List.of("centered", "raw", "centered-raw");

    /** The columns of {@link #fitRows}. */
    public static final List<String> FIT_COLUMNS = List.of("source", "γ", "γ 95% interval", "f*", "σ/T",
            "signal share", "signal 95% interval", "‖mean row‖", "bend seen");

    /** A provider for the extension registry. */
    public ModelDataProvider() {
    }

    @Override
    public Set<String> analyses() {
        return Set.of(ANALYSIS);
    }

    /**
     * @param run a run
     * @return the metrics the twins were compared on, in report order
     */
    public List<String> metrics(RunResults run) {
        return run == null ? List.of()
                : run.modelPredictions().stream().map(ModelPredictionRow::metric).distinct().toList();
    }

    /**
     * @param run            a run
     * @param metric         a metric key
     * @param representation one of {@link #REPRESENTATIONS}
     * @return the pairs' rows of that metric and representation, in report order
     */
    public List<ModelPredictionRow> predictions(RunResults run, String metric, String representation) {
        return run.modelPredictions().stream()
                .filter(r -> r.metric().equals(metric) && r.representation().equals(representation)).toList();
    }

    /**
     * @param run            a run
     * @param metric         a metric key
     * @param representation one of {@link #REPRESENTATIONS}
     * @return observed (x) against predicted (y), one point per pair
     */
    public PointsModel scatter(RunResults run, String metric, String representation) {
        List<ModelPredictionRow> rows = predictions(run, metric, representation);
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).observed();
            y[i] = rows.get(i).predicted();
        }
        return new PointsModel("pairs", x, y);
    }

    /**
     * @param run            a run
     * @param metric         a metric key
     * @param representation one of {@link #REPRESENTATIONS}
     * @return the report's Pearson r and Spearman ρ across pairs, NaN when missing
     */
    public double[] correlation(RunResults run, String metric, String representation) {
        Object all = run.values(ANALYSIS).get("prediction_correlation");
        if (all instanceof Map<?, ?> metrics && metrics.get(metric) instanceof Map<?, ?> representations
                && representations.get(representation) instanceof Map<?, ?> c) {
            return new double[] { number(c.get("pearson")), number(c.get("spearman")) };
        }
        return new double[] { Double.NaN, Double.NaN };
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * @param run a run
     * @return each source's fit as the cells of {@link #FIT_COLUMNS}
     */
    public List<Object[]> fitRows(RunResults run) {
        List<Object[]> rows = new ArrayList<>();
        for (ModelSourceRow r : run.modelSources()) {
            rows.add(new Object[] { r.source(), r.gamma(),
                    String.format(Locale.ROOT, "[%.3f, %.3f]", r.gammaLower(), r.gammaUpper()), r.transition(),
                    r.relativeNoise(), r.signalShare(),
                    String.format(Locale.ROOT, "[%.3f, %.3f]", r.signalShareLower(), r.signalShareUpper()),
                    r.meanNorm(), Boolean.TRUE.equals(r.bendInRange()) ? "yes" : "no" });
        }
        return rows;
    }
}
