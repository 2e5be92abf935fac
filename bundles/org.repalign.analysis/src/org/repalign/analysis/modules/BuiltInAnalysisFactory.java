package org.repalign.analysis.modules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.compute.preprocess.Preprocessing;

/**
 * A factory of one of RepAlign's own analyses. Its settings are a typed {@link AnalysisSettings}
 * record, and in the experiment model a typed class whose attributes carry the declared
 * settings' names, so that experiment files keep their form. Only the six built-in factories
 * extend this class.
 *
 * @param <S> the analysis' settings record
 */
public abstract sealed class BuiltInAnalysisFactory<S extends AnalysisSettings> implements AnalysisFactory
        permits BiasAnalysisFactory, NoiseAnalysisFactory, SignalAnalysisFactory, FeatureMatchingAnalysisFactory,
        MetaAnalysisFactory, ProbeAnalysisFactory {

    /** The choices of a preprocessing setting, the ids of {@link Preprocessing}. */
    static final List<String> PREPROCESSING_CHOICES = Arrays.stream(Preprocessing.values()).map(Preprocessing::id)
            .toList();

    /** For subclasses, created by the service loader. */
    BuiltInAnalysisFactory() {
    }

    /**
     * @param values name → value as written (the {@link AnalysisSettings#values()} of a record,
     *               or values taken from the experiment model); a missing one takes its default
     * @return the typed settings
     * @throws IllegalArgumentException naming a value that is not of its declared kind or range
     */
    public abstract S parse(Map<String, String> values);

    /**
     * @param settings typed settings of this analysis
     * @return a new analysis using them
     */
    public abstract Analysis create(S settings);

    @Override
    public final Analysis create(Map<String, String> values) {
        return create(parse(values));
    }

    /**
     * @param values   the values as written
     * @param declared the setting
     * @return its value, checked against the declaration
     */
    static String value(Map<String, String> values, SettingDeclaration declared) {
        String text = declared.valueIn(values);
        String problem = declared.problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return text;
    }

    static int intValue(Map<String, String> values, SettingDeclaration declared) {
        return Integer.parseInt(value(values, declared));
    }

    static double doubleValue(Map<String, String> values, SettingDeclaration declared) {
        return Double.parseDouble(value(values, declared));
    }

    static boolean booleanValue(Map<String, String> values, SettingDeclaration declared) {
        return Boolean.parseBoolean(value(values, declared).toLowerCase(java.util.Locale.ROOT));
    }

    static Preprocessing preprocessingValue(Map<String, String> values, SettingDeclaration declared) {
        return Preprocessing.parse(value(values, declared));
    }

    static List<Double> doublesValue(Map<String, String> values, SettingDeclaration declared) {
        return SettingDeclaration.numbers(value(values, declared));
    }

    @Override
    public String toString() {
        return "analysis " + id();
    }
}
