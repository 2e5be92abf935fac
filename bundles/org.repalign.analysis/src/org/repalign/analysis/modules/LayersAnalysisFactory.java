package org.repalign.analysis.modules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.LayerBest;
import org.repalign.analysis.results.rows.LayerGridCell;
import org.repalign.compute.preprocess.Preprocessing;

/**
 * The layers analysis: for every source pair and metric, the grid of every layer of the first
 * source against every layer of the second, its best layer pair and the permutation null of that
 * best value over the whole grid ({@link LayersAnalysis}). RepAlign's own, in the declared-settings
 * form: an experiment lists it as a {@code ContributedAnalysis} with the id {@value #ID}.
 */
public final class LayersAnalysisFactory implements AnalysisFactory {

    /** The analysis id. */
    public static final String ID = "layers";

    static final SettingDeclaration PERMUTATIONS = SettingDeclaration.integer("permutations", 0, 0, 100_000,
            "row permutations of the null of the best layer pair (the best over the whole grid per permutation);"
                    + " 0 = no null. The best of many layer pairs is high even by chance: only this null says"
                    + " whether it is more than that");
    static final SettingDeclaration PREPROCESSING = SettingDeclaration.choice("preprocessing",
            Preprocessing.CENTERED.id(), Arrays.stream(Preprocessing.values()).map(Preprocessing::id).toList(),
            "preprocessing of every layer, fitted on that layer's rows");

    /** For the service loader. */
    public LayersAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Layers";
    }

    @Override
    public String description() {
        return "Every layer pair of every source pair: the layer grid, the best layer pair and the null of the best.";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(PERMUTATIONS, PREPROCESSING);
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.LAYERS);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(LayerGridCell.TABLE, LayerBest.TABLE);
    }

    @Override
    public int weight() {
        return 20;
    }

    @Override
    public int runOrder() {
        return 700;
    }

    @Override
    public Analysis create(Map<String, String> settings) {
        int permutations = Integer.parseInt(checked(settings, PERMUTATIONS));
        Preprocessing preprocessing = Preprocessing.parse(checked(settings, PREPROCESSING));
        return new LayersAnalysis(permutations, preprocessing);
    }

    private static String checked(Map<String, String> settings, SettingDeclaration declared) {
        String value = declared.valueIn(settings);
        String problem = declared.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    @Override
    public String toString() {
        return "analysis " + ID;
    }
}
