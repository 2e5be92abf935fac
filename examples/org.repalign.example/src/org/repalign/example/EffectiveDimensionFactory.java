package org.repalign.example;

import java.util.List;
import java.util.Map;

import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.compute.metrics.MetricParameter;

/**
 * The analysis {@code dimension}: the effective dimension of every source
 * ({@link EffectiveDimensionAnalysis}). One setting, {@code rows}: how many rows of each source
 * are used (the first ones; default 2000), which bounds the cost.
 */
public final class EffectiveDimensionFactory implements AnalysisFactory {

    /** The analysis id. */
    public static final String ID = "dimension";

    /** The name of its table. */
    public static final String TABLE = "dimension";

    /** A factory for the service loader. */
    public EffectiveDimensionFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Effective dimension";
    }

    @Override
    public List<MetricParameter> settings() {
        return List.of(new MetricParameter("rows", "int", "2000", 2, 1_000_000, "rows of each source used (the first ones)"));
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void validate(Map<String, String> settings) {
        for (String name : settings.keySet()) {
            if (!name.equals("rows")) {
                throw new IllegalArgumentException("unknown setting '" + name + "'; the analysis takes rows");
            }
        }
        rows(settings);
    }

    @Override
    public Analysis create(Map<String, String> settings) {
        return new EffectiveDimensionAnalysis(rows(settings));
    }

    @Override
    public int weight() {
        return 2;
    }

    private static int rows(Map<String, String> settings) {
        String text = settings.getOrDefault("rows", "2000").strip();
        int rows;
        try {
            rows = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting rows: '" + text + "' is not an integer");
        }
        if (rows < 2 || rows > 1_000_000) {
            throw new IllegalArgumentException("setting rows: " + rows + " is outside [2, 1000000]");
        }
        return rows;
    }
}
