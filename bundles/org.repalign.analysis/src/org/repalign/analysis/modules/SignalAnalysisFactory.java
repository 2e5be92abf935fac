package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.SignalRow;

/** The signal analysis (E1): dense against sparse (SAE code) alignment on the same subsamples. */
public final class SignalAnalysisFactory extends BuiltInAnalysisFactory<AnalysisSettings.Signal> {

    /** The analysis id. */
    public static final String ID = "signal";

    /** For the service loader. */
    public SignalAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Signal";
    }

    @Override
    public String description() {
        return "Dense against sparse (SAE code) alignment.";
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.SAE_CODES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(SignalRow.TABLE);
    }

    @Override
    public int weight() {
        return 30;
    }

    @Override
    public int runOrder() {
        return 300;
    }

    @Override
    public AnalysisSettings.Signal parse(Map<String, String> values) {
        return new AnalysisSettings.Signal();
    }

    @Override
    public Analysis create(AnalysisSettings.Signal settings) {
        return new SignalAnalysis();
    }
}
