package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.ModelSourceRow;

/**
 * The model analysis: each source's fit of RepAlign's own reading of the signal/bias/noise
 * model ({@link ModelAnalysis}). RepAlign's own, in the declared-settings form: an experiment
 * lists it as a {@code ContributedAnalysis} with the id {@value #ID}.
 */
public final class ModelAnalysisFactory implements AnalysisFactory {

    /** The analysis id. */
    public static final String ID = "model";

    /** For the service loader. */
    public ModelAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Signal/bias/noise model";
    }

    @Override
    public String description() {
        return "Each source's noise law (exponent γ, scale) and signal share, with intervals: RepAlign's own"
                + " reading of the paper's model.";
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.FREQUENCIES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(ModelSourceRow.TABLE);
    }

    @Override
    public int weight() {
        return 5;
    }

    @Override
    public int runOrder() {
        return 800;
    }

    @Override
    public Analysis create(Map<String, String> settings) {
        return new ModelAnalysis();
    }

    @Override
    public String toString() {
        return "analysis " + ID;
    }
}
