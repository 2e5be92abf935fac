package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;

import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.NullRow;

/**
 * The nulls analysis: the row-permutation null of every value the run measured, with p, z and
 * the calibrated score ({@link NullsAnalysis}). RepAlign's own, in the declared-settings form: an
 * experiment lists it as a {@code ContributedAnalysis} with the id {@value #ID}. Off unless
 * listed: P shuffles of every subsample cost P times the run's evaluations.
 */
public final class NullsAnalysisFactory implements AnalysisFactory {

    /** The analysis id. */
    public static final String ID = "nulls";

    static final SettingDeclaration PERMUTATIONS = SettingDeclaration.integer("permutations", 100, 1, 100_000,
            "row permutations of every subsample; the smallest p-value is 1/(P + 1), so P = 100 can say"
                    + " p < 0.01 and no less, and the run measures every value P more times");

    /** For the service loader. */
    public NullsAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Permutation nulls";
    }

    @Override
    public String description() {
        return "Every value against its row-permutation null: null mean and sd, z, p and the calibrated score.";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(PERMUTATIONS);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(NullRow.TABLE);
    }

    @Override
    public int weight() {
        return 30;
    }

    /** @return after every built-in analysis and the contributed ones of the default order */
    @Override
    public int runOrder() {
        return 5000;
    }

    @Override
    public Analysis create(Map<String, String> settings) {
        String value = PERMUTATIONS.valueIn(settings);
        String problem = PERMUTATIONS.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new NullsAnalysis(Integer.parseInt(value));
    }

    @Override
    public String toString() {
        return "analysis " + ID;
    }
}
