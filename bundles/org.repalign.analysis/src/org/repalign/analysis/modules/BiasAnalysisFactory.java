package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.BiasRow;

/** The bias analysis (E2): raw against centered alignment for every pair and metric. */
public final class BiasAnalysisFactory extends BuiltInAnalysisFactory<AnalysisSettings.Bias> {

    /** The analysis id. */
    public static final String ID = "bias";

    /** For the service loader. */
    public BiasAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Bias";
    }

    @Override
    public String description() {
        return "Raw against centered alignment.";
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(BiasRow.TABLE);
    }

    @Override
    public int runOrder() {
        return 100;
    }

    @Override
    public AnalysisSettings.Bias parse(Map<String, String> values) {
        return new AnalysisSettings.Bias();
    }

    @Override
    public Analysis create(AnalysisSettings.Bias settings) {
        return new BiasAnalysis();
    }
}
