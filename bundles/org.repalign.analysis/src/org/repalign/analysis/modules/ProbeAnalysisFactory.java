package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.ProbeRow;

/**
 * The probe analysis (RepAlign's own, not in the paper): L2 logistic regression per attribute
 * with k-fold cross-validation, from dense rows and from SAE codes.
 */
public final class ProbeAnalysisFactory extends BuiltInAnalysisFactory<AnalysisSettings.Probes> {

    /** The analysis id. */
    public static final String ID = "probes";

    static final SettingDeclaration FOLDS = SettingDeclaration.integer("folds", 5, 2, Integer.MAX_VALUE,
            "k of the k-fold cross-validation");
    static final SettingDeclaration L2 = SettingDeclaration.number("l2", 1.0, 0, Double.MAX_VALUE, "L2 penalty");
    static final SettingDeclaration MIN_POSITIVES = SettingDeclaration.integer("minPositives", 10, 2,
            Integer.MAX_VALUE, "attributes with fewer positive items are skipped and listed (at least folds)");

    /** For the service loader. */
    public ProbeAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Probes";
    }

    @Override
    public String description() {
        return "Attribute probes (needs an attributes file).";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(FOLDS, L2, MIN_POSITIVES);
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.ATTRIBUTES, AnalysisNeed.SAE_CODES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(ProbeRow.TABLE);
    }

    @Override
    public int weight() {
        return 30;
    }

    @Override
    public int runOrder() {
        return 600;
    }

    @Override
    public AnalysisSettings.Probes parse(Map<String, String> values) {
        return new AnalysisSettings.Probes(intValue(values, FOLDS), doubleValue(values, L2),
                intValue(values, MIN_POSITIVES));
    }

    @Override
    public Analysis create(AnalysisSettings.Probes settings) {
        return new ProbeAnalysis(settings);
    }
}
