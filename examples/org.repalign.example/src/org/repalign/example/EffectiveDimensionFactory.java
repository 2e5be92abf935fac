package org.repalign.example;

import java.util.List;
import java.util.Map;

import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.analysis.results.TableSchema;

/**
 * The analysis {@code dimension}: the effective dimension of every source
 * ({@link EffectiveDimensionAnalysis}). One setting, {@code rows}: how many rows of each source
 * are used (the first ones; default 2000), which bounds the cost. Everything RepAlign shows about
 * the analysis (the editor's Analyses page, {@code --only}, the validator, the views) comes from
 * the declarations here.
 */
public final class EffectiveDimensionFactory implements AnalysisFactory {

    /** The analysis id. */
    public static final String ID = "dimension";

    /** Its one table, {@code dimension-dimension.csv}. */
    public static final TableSchema<DimensionRow> TABLE = TableSchema.of("dimension", DimensionRow.class);

    /** The one setting. */
    static final SettingDeclaration ROWS = SettingDeclaration.integer("rows", 2000, 2, 1_000_000,
            "rows of each source used (the first ones)");

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
    public String description() {
        return "Participation ratio of every source's covariance spectrum.";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(ROWS);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(TABLE);
    }

    /** Refuses settings the analysis does not declare; kinds and ranges are checked by RepAlign. */
    @Override
    public void validate(Map<String, String> settings) {
        for (String name : settings.keySet()) {
            if (!name.equals(ROWS.name())) {
                throw new IllegalArgumentException("unknown setting '" + name + "'; the analysis takes rows");
            }
        }
        String problem = ROWS.problem(settings.get(ROWS.name()));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    @Override
    public Analysis create(Map<String, String> settings) {
        return new EffectiveDimensionAnalysis(Integer.parseInt(ROWS.valueIn(settings)));
    }

    @Override
    public int weight() {
        return 2;
    }
}
