package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.results.rows.ModelSourceRow;

/**
 * The model analysis: each source's fit of RepAlign's own reading of the signal/bias/noise
 * model ({@link ModelAnalysis}). RepAlign's own, in the declared-settings form: an experiment
 * lists it as a {@code ContributedAnalysis} with the id {@value #ID}.
 */
public final class ModelAnalysisFactory implements AnalysisFactory {

    /** The analysis id. */
    public static final String ID = "model";

    static final SettingDeclaration TWINS = SettingDeclaration.bool("twins", true,
            "generate each source's synthetic twin from its fit and compare the twins' alignment with the"
                    + " observed, pair by pair (costs one more raw and centered evaluation of every pair)");

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
    public List<SettingDeclaration> settings() {
        return List.of(TWINS);
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.FREQUENCIES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(ModelSourceRow.TABLE, ModelPredictionRow.TABLE);
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
        String value = TWINS.valueIn(settings);
        String problem = TWINS.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ModelAnalysis(Boolean.parseBoolean(value));
    }

    @Override
    public String toString() {
        return "analysis " + ID;
    }
}
