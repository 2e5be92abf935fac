package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;

/**
 * The feature matching analysis (E1b): linear assignment of SAE latents across models against
 * row-permutation nulls.
 */
public final class FeatureMatchingAnalysisFactory extends BuiltInAnalysisFactory<AnalysisSettings.Features> {

    /** The analysis id. */
    public static final String ID = "features";

    static final SettingDeclaration PERMUTATIONS = SettingDeclaration.integer("permutations", 10, 0,
            Integer.MAX_VALUE, "row permutations of the null per score (fewer than 2: no null)");
    static final SettingDeclaration BINARY = SettingDeclaration.bool("binary", true,
            "also score binarised codes (matching recomputed)");

    /** For the service loader. */
    public FeatureMatchingAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Feature matching";
    }

    @Override
    public String description() {
        return "SAE latents matched across models, against shuffled nulls.";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(PERMUTATIONS, BINARY);
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.SAE_CODES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(FeatureRow.TABLE, FeatureNullScore.TABLE);
    }

    @Override
    public int runOrder() {
        return 400;
    }

    @Override
    public AnalysisSettings.Features parse(Map<String, String> values) {
        return new AnalysisSettings.Features(intValue(values, PERMUTATIONS), booleanValue(values, BINARY));
    }

    @Override
    public Analysis create(AnalysisSettings.Features settings) {
        return new FeatureMatchingAnalysis(settings);
    }
}
