package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.MetaRow;
import org.repalign.compute.preprocess.Preprocessing;

/**
 * The meta analysis (E4): ridge regression of pairwise alignment on pairwise model properties,
 * the penalty chosen by leave-one-model-out cross-validation.
 */
public final class MetaAnalysisFactory extends BuiltInAnalysisFactory<AnalysisSettings.Meta> {

    /** The analysis id. */
    public static final String ID = "meta";

    static final SettingDeclaration LAMBDAS = SettingDeclaration.numbers("lambdas", Double.MIN_VALUE,
            Double.MAX_VALUE, "ridge penalties separated by commas, each > 0; empty for 0.1, 1, 10");
    static final SettingDeclaration PREPROCESSING = SettingDeclaration.choice("preprocessing",
            Preprocessing.CENTERED.id(), PREPROCESSING_CHOICES,
            "preprocessing of the alignments regressed (the paper: centered)");

    /** For the service loader. */
    public MetaAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Meta";
    }

    @Override
    public String description() {
        return "Ridge regression of alignment on model properties.";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(LAMBDAS, PREPROCESSING);
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.MODEL_PROPERTIES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(MetaRow.TABLE);
    }

    @Override
    public int weight() {
        return 2;
    }

    @Override
    public int runOrder() {
        return 500;
    }

    @Override
    public AnalysisSettings.Meta parse(Map<String, String> values) {
        return new AnalysisSettings.Meta(doublesValue(values, LAMBDAS), preprocessingValue(values, PREPROCESSING));
    }

    @Override
    public Analysis create(AnalysisSettings.Meta settings) {
        return new MetaAnalysis(settings);
    }
}
