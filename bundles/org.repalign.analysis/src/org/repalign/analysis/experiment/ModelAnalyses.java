package org.repalign.analysis.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.BiasAnalysisFactory;
import org.repalign.analysis.modules.BuiltInAnalysisFactory;
import org.repalign.analysis.modules.FeatureMatchingAnalysisFactory;
import org.repalign.analysis.modules.MetaAnalysisFactory;
import org.repalign.analysis.modules.NoiseAnalysisFactory;
import org.repalign.analysis.modules.ProbeAnalysisFactory;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.analysis.modules.SignalAnalysisFactory;
import org.repalign.model.Analysis;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentPackage;

/**
 * The analyses of the experiment model as the {@link AnalysisRegistry} declares them. A built-in
 * analysis is a typed class of the model (so experiment files keep their form) whose attributes
 * carry the names of the settings its factory declares; a contributed one is a
 * {@link ContributedAnalysis} with its settings as name/value pairs. This is the one place that
 * pairs a built-in analysis id with its model class.
 */
public final class ModelAnalyses {

    private ModelAnalyses() {
    }

    /**
     * @param analysis an analysis of the model
     * @return its analysis id
     * @throws IllegalArgumentException for a model class that is no analysis RepAlign knows
     */
    public static String id(Analysis analysis) {
        return switch (analysis.eClass().getClassifierID()) {
            case ExperimentPackage.BIAS_ANALYSIS -> BiasAnalysisFactory.ID;
            case ExperimentPackage.NOISE_ANALYSIS -> NoiseAnalysisFactory.ID;
            case ExperimentPackage.SIGNAL_ANALYSIS -> SignalAnalysisFactory.ID;
            case ExperimentPackage.FEATURE_MATCHING_ANALYSIS -> FeatureMatchingAnalysisFactory.ID;
            case ExperimentPackage.META_ANALYSIS -> MetaAnalysisFactory.ID;
            case ExperimentPackage.PROBE_ANALYSIS -> ProbeAnalysisFactory.ID;
            case ExperimentPackage.CONTRIBUTED_ANALYSIS -> ((ContributedAnalysis) analysis).getAnalysisId();
            default -> throw new IllegalArgumentException("unknown analysis " + analysis.eClass().getName());
        };
    }

    /**
     * @param id an analysis id
     * @return the model class of a built-in analysis, empty for any other id
     */
    public static Optional<EClass> builtInClass(String id) {
        return Optional.ofNullable(switch (id) {
            case BiasAnalysisFactory.ID -> ExperimentPackage.Literals.BIAS_ANALYSIS;
            case NoiseAnalysisFactory.ID -> ExperimentPackage.Literals.NOISE_ANALYSIS;
            case SignalAnalysisFactory.ID -> ExperimentPackage.Literals.SIGNAL_ANALYSIS;
            case FeatureMatchingAnalysisFactory.ID -> ExperimentPackage.Literals.FEATURE_MATCHING_ANALYSIS;
            case MetaAnalysisFactory.ID -> ExperimentPackage.Literals.META_ANALYSIS;
            case ProbeAnalysisFactory.ID -> ExperimentPackage.Literals.PROBE_ANALYSIS;
            default -> null;
        });
    }

    /**
     * @param id an analysis id of the registry
     * @return a new, enabled model element for it: the typed class of a built-in analysis with
     *         its defaults, else a contributed analysis naming the id
     */
    public static Analysis create(String id) {
        Optional<EClass> type = builtInClass(id);
        Analysis analysis;
        if (type.isPresent()) {
            analysis = (Analysis) ExperimentFactory.eINSTANCE.create(type.get());
        } else {
            ContributedAnalysis contributed = ExperimentFactory.eINSTANCE.createContributedAnalysis();
            contributed.setAnalysisId(id);
            analysis = contributed;
        }
        analysis.setEnabled(true);
        return analysis;
    }

    /**
     * @param analysis a built-in analysis of the model
     * @param declared a setting its factory declares
     * @return the model attribute of the same name
     * @throws IllegalStateException when the model class has no such attribute
     */
    public static EAttribute attribute(Analysis analysis, SettingDeclaration declared) {
        EStructuralFeature feature = analysis.eClass().getEStructuralFeature(declared.name());
        if (!(feature instanceof EAttribute attribute)) {
            throw new IllegalStateException(analysis.eClass().getName() + " has no attribute " + declared.name());
        }
        return attribute;
    }

    /**
     * @param analysis an analysis of the model
     * @param factory  its factory
     * @return its settings as name → value text: a built-in analysis' attributes named by the
     *         declared settings, a contributed analysis' name/value pairs as written
     * @throws IllegalArgumentException for a contributed setting without a name or given twice
     */
    public static Map<String, String> values(Analysis analysis, AnalysisFactory factory) {
        Map<String, String> values = new LinkedHashMap<>();
        if (analysis instanceof ContributedAnalysis contributed) {
            for (AnalysisSetting setting : contributed.getSettings()) {
                if (setting.getName() == null || setting.getName().isBlank()) {
                    throw new IllegalArgumentException("analysis '" + contributed.getAnalysisId()
                            + "': a setting has no name");
                }
                if (values.put(setting.getName(), setting.getValue() == null ? "" : setting.getValue()) != null) {
                    throw new IllegalArgumentException("analysis '" + contributed.getAnalysisId() + "': setting '"
                            + setting.getName() + "' is given twice");
                }
            }
            return values;
        }
        for (SettingDeclaration declared : factory.settings()) {
            values.put(declared.name(), text(analysis.eGet(attribute(analysis, declared))));
        }
        return values;
    }

    /**
     * @param analysis an analysis of the model
     * @param registry the analyses known
     * @return its settings for a plan
     * @throws IllegalArgumentException for an unknown or broken analysis, or settings that do not
     *                                  fit the declarations of a built-in one
     */
    public static AnalysisSettings settings(Analysis analysis, AnalysisRegistry registry) {
        String id = id(analysis);
        AnalysisFactory factory = registry.require(id);
        Map<String, String> values = values(analysis, factory);
        if (factory instanceof BuiltInAnalysisFactory<?> builtIn && !(analysis instanceof ContributedAnalysis)) {
            return builtIn.parse(values);
        }
        return new AnalysisSettings.Contributed(id, values);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            StringJoiner joiner = new StringJoiner(", ");
            list.forEach(element -> joiner.add(text(element)));
            return joiner.toString();
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof EEnumLiteral literal) {
            return literal.getLiteral();
        }
        return String.valueOf(value);
    }
}
