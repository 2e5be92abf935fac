package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.ID;
import static org.repalign.model.validation.ExperimentValidator.MISSING_SIDE_FILE;
import static org.repalign.model.validation.ExperimentValidator.NOISE_WINDOW;
import static org.repalign.model.validation.ExperimentValidator.RANGE;
import static org.repalign.model.validation.ExperimentValidator.blank;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.repalign.model.Analysis;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.ProbeAnalysis;

/**
 * Checks of the analyses: the side files each needs (as declared), the built-in analyses'
 * numbers, contributed analyses' settings against their declarations.
 */
final class AnalysisChecks {

    private final ValidationRun run;

    AnalysisChecks(ValidationRun run) {
        this.run = run;
    }

    void featureMatching(FeatureMatchingAnalysis analysis) {
        if (analysis.isEnabled() && analysis.getPermutations() < 0) {
            run.error(RANGE, analysis, Literals.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS,
                    analysis.getPermutations() + " must be at least 0");
        }
    }

    void noise(NoiseAnalysis noise) {
        if (!noise.isEnabled()) {
            return;
        }
        Experiment experiment = ValidationRun.experimentOf(noise);
        boolean numbersOk = true;
        if (noise.getWindowSize() < 1) {
            run.error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOW_SIZE, noise.getWindowSize() + " must be at least 1");
            numbersOk = false;
        }
        if (noise.getStride() < 1) {
            run.error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__STRIDE, noise.getStride() + " must be at least 1");
            numbersOk = false;
        }
        if (noise.getWindows() < 1) {
            run.error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOWS, noise.getWindows() + " must be at least 1");
            numbersOk = false;
        }
        OptionalInt items = experiment == null ? OptionalInt.empty() : run.itemBound(experiment);
        if (numbersOk && items.isPresent()) {
            int n = items.getAsInt();
            if (noise.getWindowSize() > n) {
                run.error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOW_SIZE,
                        noise.getWindowSize() + " is larger than the " + n + " items");
            } else {
                long span = noise.getWindowSize() + (long) noise.getStride() * (noise.getWindows() - 1);
                if (span > n) {
                    long fit = 1 + (n - noise.getWindowSize()) / noise.getStride();
                    run.warning(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOWS, noise.getWindows()
                            + " windows of " + noise.getWindowSize() + " items with stride " + noise.getStride()
                            + " need " + span + " items; only " + fit + " fit in the " + n + " items");
                }
            }
        }
    }

    void meta(MetaAnalysis meta) {
        if (!meta.isEnabled()) {
            return;
        }
        for (Double lambda : meta.getLambdas()) {
            if (lambda == null || !(lambda > 0) || Double.isInfinite(lambda)) {
                run.error(RANGE, meta, Literals.META_ANALYSIS__LAMBDAS, "contains " + lambda
                        + "; every lambda must be finite and positive");
            }
        }
    }

    void probe(ProbeAnalysis probe) {
        if (!probe.isEnabled()) {
            return;
        }
        if (probe.getFolds() < 2) {
            run.error(RANGE, probe, Literals.PROBE_ANALYSIS__FOLDS, probe.getFolds() + " must be at least 2");
        }
        if (!(probe.getL2() >= 0) || Double.isInfinite(probe.getL2())) {
            run.error(RANGE, probe, Literals.PROBE_ANALYSIS__L2, probe.getL2() + " must be finite and at least 0");
        }
        if (probe.getMinPositives() < 1) {
            run.error(RANGE, probe, Literals.PROBE_ANALYSIS__MIN_POSITIVES, probe.getMinPositives() + " must be at least 1");
        }
    }

    /**
     * The form of a contributed analysis, and its settings against what the analysis declares
     * (the contributor's own checks run when a run starts).
     */
    void contributed(ContributedAnalysis analysis) {
        if (!analysis.isEnabled()) {
            return;
        }
        String id = analysis.getAnalysisId() == null ? "" : analysis.getAnalysisId().strip();
        if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            run.error(ID, analysis, Literals.CONTRIBUTED_ANALYSIS__ANALYSIS_ID,
                    id.isEmpty() ? "is empty" : "'" + id + "' is not an analysis id");
        }
        Map<String, AnalysisSetting> byName = new HashMap<>();
        for (AnalysisSetting setting : analysis.getSettings()) {
            String name = setting.getName() == null ? "" : setting.getName().strip();
            if (name.isEmpty()) {
                run.error(RANGE, setting, Literals.ANALYSIS_SETTING__NAME, "is empty");
            } else if (byName.putIfAbsent(name, setting) != null) {
                run.error(RANGE, setting, Literals.ANALYSIS_SETTING__NAME, "'" + name + "' is given twice");
            }
        }
        if (id.isEmpty() || run.analyses() == AnalysisCatalog.UNKNOWN) {
            return;
        }
        Optional<AnalysisCatalog.Declared> declared = run.analyses().analysis(analysis);
        if (declared.isEmpty()) {
            run.warning(ID, analysis, Literals.CONTRIBUTED_ANALYSIS__ANALYSIS_ID, "'" + id
                    + "' is not an installed analysis; a run refuses it");
            return;
        }
        for (AnalysisCatalog.Setting setting : declared.get().settings()) {
            AnalysisSetting given = byName.get(setting.name());
            setting.problem(given == null ? null : given.getValue()).ifPresent(problem -> {
                if (given == null) {
                    run.error(RANGE, analysis, Literals.CONTRIBUTED_ANALYSIS__SETTINGS, problem);
                } else {
                    run.report(Diagnostic.ERROR, RANGE, given, Literals.ANALYSIS_SETTING__VALUE, setting.name(),
                            withoutName(problem, setting.name()));
                }
            });
        }
    }

    /**
     * The settings of an enabled built-in analysis against its declarations: each declared
     * setting is the model attribute of the same name. A field that already has an error of its
     * own is not reported again.
     */
    void declaredSettings(Analysis analysis) {
        if (!analysis.isEnabled() || analysis instanceof ContributedAnalysis) {
            return;
        }
        Optional<AnalysisCatalog.Declared> declared = run.analyses().analysis(analysis);
        if (declared.isEmpty()) {
            return;
        }
        for (AnalysisCatalog.Setting setting : declared.get().settings()) {
            if (!(analysis.eClass().getEStructuralFeature(setting.name()) instanceof EAttribute attribute)
                    || run.hasError(analysis, attribute)) {
                continue;
            }
            setting.problem(text(analysis.eGet(attribute))).ifPresent(problem -> run.report(Diagnostic.ERROR, RANGE,
                    analysis, attribute, setting.name(), withoutName(problem, setting.name())));
        }
    }

    /** A model value as an experiment writes it: enumerations by literal, lists separated by commas. */
    private static String text(Object value) {
        if (value instanceof java.util.List<?> list) {
            return String.join(", ", list.stream().map(AnalysisChecks::text).toList());
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return literal.getLiteral();
        }
        return String.valueOf(value);
    }

    /** {@code setting rows: 1 is outside …} → {@code 1 is outside …}, for messages that name the field. */
    private static String withoutName(String problem, String name) {
        String prefix = "setting " + name;
        String rest = problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem;
        return rest.startsWith(": ") ? rest.substring(2) : rest.strip();
    }

    /**
     * The side files an enabled analysis needs, as its declaration says (frequencies, attributes;
     * synthetic data provides both).
     */
    void needs(Analysis analysis) {
        if (!analysis.isEnabled()) {
            return;
        }
        Experiment experiment = ValidationRun.experimentOf(analysis);
        if (experiment == null || experiment.getSynthetic() != null) {
            return;
        }
        Set<AnalysisCatalog.Need> needs = run.analyses().analysis(analysis).map(AnalysisCatalog.Declared::needs)
                .orElse(Set.of());
        if (needs.contains(AnalysisCatalog.Need.FREQUENCIES) && blank(experiment.getFrequenciesFile())) {
            run.error(MISSING_SIDE_FILE, analysis, Literals.ANALYSIS__ENABLED,
                    "is set but the experiment has no frequenciesFile (and no synthetic data)");
        }
        if (needs.contains(AnalysisCatalog.Need.ATTRIBUTES) && blank(experiment.getAttributesFile())) {
            run.error(MISSING_SIDE_FILE, analysis, Literals.ANALYSIS__ENABLED,
                    "is set but the experiment has no attributesFile (and no synthetic data)");
        }
    }

    
}
