package org.repalign.model.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.repalign.model.Analysis;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.MetricParameter;
import org.repalign.model.MetricSetting;
import org.repalign.model.MetricSpecs;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

/**
 * Checks an experiment before it runs. Hand-written {@link EObjectValidator} for the experiment
 * package: register it with {@link #install()} (plain classpath) or use
 * {@link #validate(Experiment, Path)}, which needs no registry at all.
 *
 * <p>Every problem is one {@link Diagnostic} with source {@value #DIAGNOSTIC_SOURCE}, one of the
 * codes below, a message {@code <object>: <field> <problem>} such as
 * {@code Source 'llama': file 'x.npy' does not exist}, and data {@code [object, feature]} (the
 * {@link EObject} and the {@link EStructuralFeature}) so an editor can put a marker on the
 * field. {@link Diagnostic#ERROR} means the run cannot work, {@link Diagnostic#WARNING} that it
 * will run but probably not as meant.
 *
 * <p>Relative paths are resolved against the folder of the experiment file: the {@link Path}
 * under {@link #EXPERIMENT_FILE} in the validation context, else the file of the experiment's
 * resource; when neither is known, only absolute paths are checked. What the model does not know
 * itself is injected: the shapes of representation files and the item counts of item files
 * ({@link SourceShapes}, under {@link #SOURCE_SHAPES}), the metrics and their declared parameters
 * ({@link MetricCatalog}, under {@link #METRIC_CATALOG}) and what the analyses declare
 * ({@link AnalysisCatalog}, under {@link #ANALYSIS_CATALOG}); the checks that need one of them
 * are skipped without it.
 *
 * <p>The checks, one class per concern: the experiment and its sources ({@code SourceChecks}:
 * files and folders exist and are readable (a source's file may be a folder of per-layer files),
 * a source's layer is one its file holds, at least two sources (the synthetic models count
 * when {@code synthetic} is set and there are no sources), ids set and unique, rows against the
 * items); metrics ({@code MetricChecks}: the parameters a metric declares as counts, such as k of
 * the k-NN metrics and q of SVCCA, given as a parameter, fixed by a shorthand or by default,
 * below or at most the rows of a subsample and every source's dimension); the protocol
 * ({@code ProtocolChecks}: numbers in range, the subsample size against the items, or without an
 * item count the fewest rows of a source whose shape is known); the SAE ({@code SaeChecks}: k
 * between 1 and the number of latents, a warning from 3k ≥ latents, and, when an enabled
 * analysis needs SAE codes, a batch larger than the rows and more than twice as many latents as
 * rows); the analyses ({@code AnalysisChecks}: the side files each enabled analysis needs,
 * synthetic data providing both, sane numbers, noise windows that fit the items, contributed
 * analyses' settings against their declarations); synthetic data ({@code SyntheticChecks}: the
 * generator's knobs in its ranges). Disabled analyses are not checked.
 * The basic EMF constraints (multiplicities and so on) are not run: these checks cover them with
 * better messages.
 */
public class ExperimentValidator extends EObjectValidator {

    /** The shared instance. */
    public static final ExperimentValidator INSTANCE = new ExperimentValidator();

    /** The {@link Diagnostic#getSource() source} of every diagnostic. */
    public static final String DIAGNOSTIC_SOURCE = "org.repalign.model";

    /** Context key: the experiment file ({@link Path}) that relative paths are resolved against. */
    public static final String EXPERIMENT_FILE = "org.repalign.model.validation.experimentFile";

    /** Context key: the {@link SourceShapes} that knows the shape of representation files. */
    public static final String SOURCE_SHAPES = "org.repalign.model.validation.sourceShapes";

    /** Context key: the {@link MetricCatalog} that knows the metrics and their parameters. */
    public static final String METRIC_CATALOG = "org.repalign.model.validation.metricCatalog";

    /** Context key: the {@link AnalysisCatalog} that knows what the analyses declare. */
    public static final String ANALYSIS_CATALOG = "org.repalign.model.validation.analysisCatalog";

    /** Code: a file or folder is missing, unreadable or of the wrong kind, or a path is invalid. */
    public static final int FILE = 1;
    /** Code: fewer than two sources. */
    public static final int TOO_FEW_SOURCES = 2;
    /** Code: an id is empty or used twice. */
    public static final int ID = 3;
    /** Code: k of a k-NN metric is not below the subsample size, or below 1. */
    public static final int METRIC_K = 4;
    /** Code: q of an SVCCA metric exceeds a dimension or the subsample size, or is below 1. */
    public static final int METRIC_Q = 5;
    /** Code: a metric id or parameter is malformed. */
    public static final int METRIC = 6;
    /** Code: a protocol number is out of range. */
    public static final int PROTOCOL = 7;
    /** Code: an SAE setting is out of range (k against the number of latents included). */
    public static final int SAE = 8;
    /** Code: a noise window does not fit the items, or a window number is below 1. */
    public static final int NOISE_WINDOW = 9;
    /** Code: an analysis lacks the side file it needs. */
    public static final int MISSING_SIDE_FILE = 10;
    /** Code: another number is out of its range. */
    public static final int RANGE = 11;
    /** Code: a representation file's row count does not match the item count. */
    public static final int ROWS = 12;
    /** Code: a source's layer names no layer of its file. */
    public static final int LAYER = 13;

    /** Creates a validator; use {@link #INSTANCE} unless a subclass is needed. */
    public ExperimentValidator() {
    }

    /** Registers {@link #INSTANCE} for the experiment package in {@link EValidator.Registry#INSTANCE}. */
    public static void install() {
        EValidator.Registry.INSTANCE.put(ExperimentPackage.eINSTANCE, INSTANCE);
    }

    /**
     * Validates an experiment and everything it contains, without touching global registries.
     *
     * @param experiment     the experiment
     * @param experimentFile its file (relative paths are resolved against its folder), or
     *                       {@code null} to use the resource's file when there is one
     * @return the problems, in model order; empty when there are none
     */
    public static List<Diagnostic> validate(Experiment experiment, Path experimentFile) {
        return validate(experiment, experimentFile, SourceShapes.UNKNOWN);
    }

    /**
     * Validates an experiment and everything it contains, without touching global registries.
     *
     * @param experiment     the experiment
     * @param experimentFile its file, or {@code null}
     * @param shapes         what is known about the representation files' shapes
     * @return the problems, in model order; empty when there are none
     */
    public static List<Diagnostic> validate(Experiment experiment, Path experimentFile, SourceShapes shapes) {
        return validate(experiment, experimentFile, shapes, MetricCatalog.UNKNOWN, AnalysisCatalog.UNKNOWN);
    }

    /**
     * Validates an experiment and everything it contains, without touching global registries,
     * with what the caller knows about files, metrics and analyses.
     *
     * @param experiment     the experiment
     * @param experimentFile its file, or {@code null}
     * @param shapes         what is known about the representation and item files
     * @param metrics        the metrics known and their declared parameters
     * @param analyses       what the analyses declare
     * @return the problems, in model order; empty when there are none
     */
    public static List<Diagnostic> validate(Experiment experiment, Path experimentFile, SourceShapes shapes,
            MetricCatalog metrics, AnalysisCatalog analyses) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(ExperimentPackage.eINSTANCE, INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        if (experimentFile != null) {
            context.put(EXPERIMENT_FILE, experimentFile);
        }
        context.put(SOURCE_SHAPES, shapes == null ? SourceShapes.UNKNOWN : shapes);
        context.put(METRIC_CATALOG, metrics == null ? MetricCatalog.UNKNOWN : metrics);
        context.put(ANALYSIS_CATALOG, analyses == null ? AnalysisCatalog.UNKNOWN : analyses);
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(experiment);
        diagnostician.validate(experiment, chain, context);
        return List.copyOf(chain.getChildren());
    }

    @Override
    protected EPackage getEPackage() {
        return ExperimentPackage.eINSTANCE;
    }

    @Override
    protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        ValidationRun run = new ValidationRun(diagnostics, context == null ? new HashMap<>() : context);
        if (value instanceof Analysis analysis) {
            new AnalysisChecks(run).needs(analysis);
        }
        switch (classifierID) {
            case ExperimentPackage.EXPERIMENT -> new SourceChecks(run).experiment((Experiment) value);
            case ExperimentPackage.SOURCE -> new SourceChecks(run).source((Source) value);
            case ExperimentPackage.METRIC_SETTING -> new MetricChecks(run).metric((MetricSetting) value);
            case ExperimentPackage.PROTOCOL -> new ProtocolChecks(run).protocol((Protocol) value);
            case ExperimentPackage.SAE_SETTINGS -> new SaeChecks(run).sae((SaeSettings) value);
            case ExperimentPackage.FEATURE_MATCHING_ANALYSIS ->
                new AnalysisChecks(run).featureMatching((FeatureMatchingAnalysis) value);
            case ExperimentPackage.NOISE_ANALYSIS -> new AnalysisChecks(run).noise((NoiseAnalysis) value);
            case ExperimentPackage.META_ANALYSIS -> new AnalysisChecks(run).meta((MetaAnalysis) value);
            case ExperimentPackage.PROBE_ANALYSIS -> new AnalysisChecks(run).probe((ProbeAnalysis) value);
            case ExperimentPackage.CONTRIBUTED_ANALYSIS ->
                new AnalysisChecks(run).contributed((ContributedAnalysis) value);
            case ExperimentPackage.SYNTHETIC_DATA -> new SyntheticChecks(run).synthetic((SyntheticData) value);
            case ExperimentPackage.SYNTHETIC_MODEL -> new SyntheticChecks(run).syntheticModel((SyntheticModel) value);
            default -> {
                // metric parameters are checked with their metric; the other classes have no rules
            }
        }
        if (value instanceof Analysis analysis) {
            new AnalysisChecks(run).declaredSettings(analysis);
        }
        return run.ok();
    }

    /**
     * A label for messages: {@code Source 'llama'}, {@code Metric 'svcca_10'}, {@code Protocol},
     * {@code Noise analysis}, ...
     *
     * @param object an object of the experiment model
     * @return how messages name it
     */
    public static String label(EObject object) {
        if (object instanceof Experiment experiment) {
            return blank(experiment.getName()) ? "Experiment" : "Experiment '" + experiment.getName() + "'";
        }
        if (object instanceof Source source) {
            return blank(source.getId()) ? "Source #" + (position(source) + 1) : "Source '" + source.getId() + "'";
        }
        if (object instanceof SyntheticModel model) {
            return blank(model.getId()) ? "Synthetic model #" + (position(model) + 1)
                    : "Synthetic model '" + model.getId() + "'";
        }
        if (object instanceof MetricSetting metric) {
            return blank(metric.getId()) ? "Metric #" + (position(metric) + 1)
                    : "Metric '" + MetricSpecs.toSpecText(metric) + "'";
        }
        if (object instanceof MetricParameter parameter && parameter.eContainer() != null) {
            return label(parameter.eContainer());
        }
        if (object instanceof SaeSettings) {
            return "SAE settings";
        }
        if (object instanceof SyntheticData) {
            return "Synthetic data";
        }
        if (object instanceof ContributedAnalysis contributed) {
            return blank(contributed.getAnalysisId()) ? "Contributed analysis"
                    : "Analysis '" + contributed.getAnalysisId() + "'";
        }
        if (object instanceof AnalysisSetting setting && setting.eContainer() != null) {
            return label(setting.eContainer());
        }
        String name = object.eClass().getName();
        if (object instanceof Analysis) {
            String kind = name.substring(0, name.length() - "Analysis".length());
            String spaced = kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1) + " analysis";
        }
        return name;
    }

    private static int position(EObject object) {
        EStructuralFeature containment = object.eContainingFeature();
        if (containment == null || !containment.isMany()) {
            return 0;
        }
        return ((List<?>) object.eContainer().eGet(containment)).indexOf(object);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
