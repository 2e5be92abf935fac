package org.repalign.model.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.repalign.model.Analysis;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.DictionaryKind;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.MetricParameter;
import org.repalign.model.MetricSetting;
import org.repalign.model.MetricSpecs;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.SignalAnalysis;
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
 * resource; when neither is known, only absolute paths are checked. Checks on the shape of
 * representation files use the {@link SourceShapes} under {@link #SOURCE_SHAPES} and are
 * skipped without one.
 *
 * <p>The checks: files and folders exist and are readable; at least two sources (the synthetic
 * models count when {@code synthetic} is set and there are no sources); source and synthetic
 * model ids set and unique; protocol numbers in range; k of k-NN metrics (parameter {@code k},
 * shorthands such as {@code mutual_knn_100}, default 10) below the subsample size; q of SVCCA
 * (parameter {@code q}, shorthands {@code svcca_10}, {@code svcca_100}, default 10) at most every
 * source's dimension and the subsample size; SAE k between 1 and the number of latents (warning
 * from 3k ≥ latents); when an enabled analysis trains SAEs, a batch larger than the rows and
 * more than twice as many latents as rows are warned about; the subsample size is compared
 * with the items, or without an item count with the fewest rows of a source whose shape is
 * known ({@code itemBound}); enabled analyses with sane numbers, noise windows that fit the items, and
 * the side files they need (frequencies for noise, attributes for probes; synthetic data provides
 * both); synthetic generator knobs in the generator's ranges. Disabled analyses are not checked.
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

    private static final int DEFAULT_K = 10;
    private static final int DEFAULT_Q = 10;
    private static final Pattern KNN_SHORTHAND = Pattern.compile("([A-Za-z0-9_.-]*knn[A-Za-z0-9_.-]*?)_(\\d+)");
    private static final Pattern SVCCA_SHORTHAND = Pattern.compile("(svcca)_(\\d+)");

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
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(ExperimentPackage.eINSTANCE, INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        if (experimentFile != null) {
            context.put(EXPERIMENT_FILE, experimentFile);
        }
        context.put(SOURCE_SHAPES, shapes == null ? SourceShapes.UNKNOWN : shapes);
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
        Checks checks = new Checks(diagnostics, context == null ? new HashMap<>() : context);
        switch (classifierID) {
            case ExperimentPackage.EXPERIMENT -> checks.experiment((Experiment) value);
            case ExperimentPackage.SOURCE -> checks.source((Source) value);
            case ExperimentPackage.METRIC_SETTING -> checks.metric((MetricSetting) value);
            case ExperimentPackage.PROTOCOL -> checks.protocol((Protocol) value);
            case ExperimentPackage.SAE_SETTINGS -> checks.sae((SaeSettings) value);
            case ExperimentPackage.FEATURE_MATCHING_ANALYSIS -> checks.featureMatching((FeatureMatchingAnalysis) value);
            case ExperimentPackage.NOISE_ANALYSIS -> checks.noise((NoiseAnalysis) value);
            case ExperimentPackage.META_ANALYSIS -> checks.meta((MetaAnalysis) value);
            case ExperimentPackage.PROBE_ANALYSIS -> checks.probe((ProbeAnalysis) value);
            case ExperimentPackage.CONTRIBUTED_ANALYSIS -> checks.contributed((ContributedAnalysis) value);
            case ExperimentPackage.SYNTHETIC_DATA -> checks.synthetic((SyntheticData) value);
            case ExperimentPackage.SYNTHETIC_MODEL -> checks.syntheticModel((SyntheticModel) value);
            default -> {
                // metric parameters are checked with their metric; the other classes have no rules
            }
        }
        return checks.ok;
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The checks of one validation call. */
    private static final class Checks {
        private final DiagnosticChain diagnostics;
        private final Map<Object, Object> context;
        boolean ok = true;

        Checks(DiagnosticChain diagnostics, Map<Object, Object> context) {
            this.diagnostics = diagnostics;
            this.context = context;
        }

        private void report(int severity, int code, EObject object, EStructuralFeature feature, String problem) {
            report(severity, code, object, feature, feature.getName(), problem);
        }

        private void report(int severity, int code, EObject object, EStructuralFeature feature, String field,
                String problem) {
            if (severity == Diagnostic.ERROR) {
                ok = false;
            }
            if (diagnostics != null) {
                String message = label(object) + ": " + field + " " + problem;
                diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message,
                        new Object[] { object, feature }));
            }
        }

        private void error(int code, EObject object, EStructuralFeature feature, String problem) {
            report(Diagnostic.ERROR, code, object, feature, problem);
        }

        private void warning(int code, EObject object, EStructuralFeature feature, String problem) {
            report(Diagnostic.WARNING, code, object, feature, problem);
        }

        // ---- experiment ------------------------------------------------------------------

        void experiment(Experiment experiment) {
            file(experiment, Literals.EXPERIMENT__ITEMS_FILE, experiment.getItemsFile(), false);
            file(experiment, Literals.EXPERIMENT__FREQUENCIES_FILE, experiment.getFrequenciesFile(), false);
            file(experiment, Literals.EXPERIMENT__ATTRIBUTES_FILE, experiment.getAttributesFile(), false);
            if (!experiment.getSources().isEmpty() || experiment.getSynthetic() == null) {
                int count = experiment.getSources().size();
                if (count < 2) {
                    error(TOO_FEW_SOURCES, experiment, Literals.EXPERIMENT__SOURCES,
                            "has " + count + (count == 1 ? " source" : " sources") + "; at least 2 are needed");
                }
            } else {
                int count = experiment.getSynthetic().getModels().size();
                if (count < 2) {
                    error(TOO_FEW_SOURCES, experiment, Literals.EXPERIMENT__SYNTHETIC,
                            "has " + count + (count == 1 ? " model" : " models")
                                    + " and there are no sources; at least 2 are needed");
                }
            }
        }

        // ---- sources ---------------------------------------------------------------------

        void source(Source source) {
            Experiment experiment = experimentOf(source);
            id(source, Literals.SOURCE__ID, source.getId(),
                    experiment == null ? List.of() : experiment.getSources().stream().map(Source::getId).toList(),
                    "sources");
            Path file = null;
            if (blank(source.getFile())) {
                error(FILE, source, Literals.SOURCE__FILE, "is not set");
            } else {
                file = file(source, Literals.SOURCE__FILE, source.getFile(), false);
            }
            Path items = file(source, Literals.SOURCE__ITEMS_FILE, source.getItemsFile(), false);
            file(source, Literals.SOURCE__SAE_FOLDER, source.getSaeFolder(), true);
            if (file != null) {
                OptionalInt rows = shapes().rows(source, file);
                // a source's own item list that is set but unreadable has its own error: no count then
                OptionalInt expected = !blank(source.getItemsFile())
                        ? (items == null ? OptionalInt.empty() : lineCount(items))
                        : experiment == null ? OptionalInt.empty() : itemCount(experiment);
                if (rows.isPresent() && expected.isPresent() && rows.getAsInt() != expected.getAsInt()) {
                    error(ROWS, source, Literals.SOURCE__FILE, "'" + source.getFile() + "' has " + rows.getAsInt()
                            + " rows but the items file lists " + expected.getAsInt() + " items");
                }
            }
            positiveOrNull(source, Literals.SOURCE__PARAMETERS, source.getParameters());
            positiveOrNull(source, Literals.SOURCE__TRAINING_DATA_SIZE, source.getTrainingDataSize());
            positiveOrNull(source, Literals.SOURCE__DEPTH, source.getDepth());
            positiveOrNull(source, Literals.SOURCE__WIDTH, source.getWidth());
        }

        private void positiveOrNull(EObject object, EStructuralFeature feature, Number value) {
            if (value != null && !(value.doubleValue() > 0)) {
                error(RANGE, object, feature, value + " must be positive (or unset)");
            }
        }

        private void id(EObject object, EStructuralFeature feature, String id, List<String> all, String what) {
            if (blank(id)) {
                error(ID, object, feature, "is empty");
                return;
            }
            long uses = all.stream().filter(id::equals).count();
            if (uses > 1) {
                error(ID, object, feature, "'" + id + "' is used by " + uses + " " + what);
            }
        }

        // ---- metrics ---------------------------------------------------------------------

        void metric(MetricSetting metric) {
            String id = metric.getId() == null ? "" : metric.getId().strip();
            if (id.isEmpty()) {
                error(METRIC, metric, Literals.METRIC_SETTING__ID, "is empty");
                return;
            }
            if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
                error(METRIC, metric, Literals.METRIC_SETTING__ID, "'" + id + "' is not a metric id");
                return;
            }
            Map<String, MetricParameter> byName = new HashMap<>();
            for (MetricParameter parameter : metric.getParameters()) {
                String name = parameter.getName() == null ? "" : parameter.getName().strip();
                if (name.isEmpty()) {
                    error(METRIC, parameter, Literals.METRIC_PARAMETER__NAME, "is empty");
                } else if (byName.putIfAbsent(name, parameter) != null) {
                    error(METRIC, parameter, Literals.METRIC_PARAMETER__NAME, "'" + name + "' is given twice");
                } else if (blank(parameter.getValue())) {
                    report(Diagnostic.ERROR, METRIC, parameter, Literals.METRIC_PARAMETER__VALUE, name, "has no value");
                }
            }
            Experiment experiment = experimentOf(metric);
            OptionalInt rows = experiment == null ? OptionalInt.empty() : subsampleRows(experiment);
            Number k = size(metric, id, byName, "k", KNN_SHORTHAND, id.contains("knn"), DEFAULT_K);
            if (k instanceof Integer value) {
                if (value < 1) {
                    sizeError(METRIC_K, metric, id, byName, "k", value, "must be at least 1");
                } else if (rows.isPresent() && value >= rows.getAsInt()) {
                    sizeError(METRIC_K, metric, id, byName, "k", value,
                            "must be smaller than the " + rows.getAsInt() + " rows of a subsample");
                }
            }
            Number q = size(metric, id, byName, "q", SVCCA_SHORTHAND, id.equals("svcca"), DEFAULT_Q);
            if (q instanceof Integer value) {
                if (value < 1) {
                    sizeError(METRIC_Q, metric, id, byName, "q", value, "must be at least 1");
                    return;
                }
                if (rows.isPresent() && value > rows.getAsInt()) {
                    sizeError(METRIC_Q, metric, id, byName, "q", value,
                            "is larger than the " + rows.getAsInt() + " rows of a subsample");
                }
                if (experiment != null) {
                    dimensions(experiment).forEach((name, dimension) -> {
                        if (value > dimension) {
                            sizeError(METRIC_Q, metric, id, byName, "q", value,
                                    "is larger than the dimension " + dimension + " of source '" + name + "'");
                        }
                    });
                }
            }
        }

        /**
         * The size parameter (k or q) of a metric: its parameter, else the number of a shorthand,
         * else the default when the metric has the parameter at all; null when it has none or it is
         * not an integer (reported).
         */
        private Number size(MetricSetting metric, String id, Map<String, MetricParameter> byName, String name,
                Pattern shorthand, boolean hasDefault, int defaultValue) {
            MetricParameter parameter = byName.get(name);
            if (parameter != null) {
                return integer(parameter, Literals.METRIC_PARAMETER__VALUE, name, parameter.getValue());
            }
            Matcher matcher = shorthand.matcher(id);
            if (matcher.matches()) {
                try {
                    return Integer.valueOf(matcher.group(2));
                } catch (NumberFormatException e) {
                    error(METRIC, metric, Literals.METRIC_SETTING__ID, "'" + id + "' has a " + name + " out of range");
                    return null;
                }
            }
            return hasDefault ? (Number) Integer.valueOf(defaultValue) : null;
        }

        private void sizeError(int code, MetricSetting metric, String id, Map<String, MetricParameter> byName,
                String name, int value, String problem) {
            MetricParameter parameter = byName.get(name);
            if (parameter != null) {
                report(Diagnostic.ERROR, code, parameter, Literals.METRIC_PARAMETER__VALUE, name, value + " " + problem);
            } else {
                boolean shorthand = (name.equals("k") ? KNN_SHORTHAND : SVCCA_SHORTHAND).matcher(id).matches();
                error(code, metric, Literals.METRIC_SETTING__ID, "'" + id + "' means " + name + " = " + value
                        + (shorthand ? "" : " (the default)") + ", which " + problem);
            }
        }

        private Integer integer(EObject object, EStructuralFeature feature, String name, String text) {
            try {
                return Integer.valueOf(text == null ? "" : text.strip());
            } catch (NumberFormatException e) {
                report(Diagnostic.ERROR, METRIC, object, feature, name, "'" + text + "' is not an integer");
                return null;
            }
        }

        /** Source id → dimension, for the sources whose dimension is known. */
        private Map<String, Integer> dimensions(Experiment experiment) {
            Map<String, Integer> dimensions = new java.util.LinkedHashMap<>();
            if (experiment.getSources().isEmpty() && experiment.getSynthetic() != null) {
                for (SyntheticModel model : experiment.getSynthetic().getModels()) {
                    dimensions.put(model.getId(), model.getDimension());
                }
                return dimensions;
            }
            for (Source source : experiment.getSources()) {
                Path file = resolveQuietly(source, source.getFile());
                if (file != null && Files.isRegularFile(file)) {
                    shapes().columns(source, file).ifPresent(columns -> dimensions.put(source.getId(), columns));
                }
            }
            return dimensions;
        }

        // ---- protocol and SAE ------------------------------------------------------------

        void protocol(Protocol protocol) {
            if (protocol.getSubsamples() < 0) {
                error(PROTOCOL, protocol, Literals.PROTOCOL__SUBSAMPLES, protocol.getSubsamples() + " must be at least 0");
            }
            if (protocol.getSubsampleSize() < 2) {
                error(PROTOCOL, protocol, Literals.PROTOCOL__SUBSAMPLE_SIZE,
                        protocol.getSubsampleSize() + " must be at least 2");
            } else {
                Experiment experiment = experimentOf(protocol);
                OptionalInt items = experiment == null ? OptionalInt.empty() : itemBound(experiment);
                if (protocol.getSubsamples() > 0 && items.isPresent() && protocol.getSubsampleSize() > items.getAsInt()) {
                    warning(PROTOCOL, protocol, Literals.PROTOCOL__SUBSAMPLE_SIZE, protocol.getSubsampleSize()
                            + " is larger than the " + items.getAsInt() + " " + itemsWord(experiment)
                            + "; every subsample is all of them, so the subsamples do not differ");
                }
            }
            if (protocol.getPermutations() < 0) {
                error(PROTOCOL, protocol, Literals.PROTOCOL__PERMUTATIONS, protocol.getPermutations() + " must be at least 0");
            }
        }

        void sae(SaeSettings sae) {
            int latents = sae.getLatents();
            int k = sae.getK();
            if (latents < 1) {
                error(SAE, sae, Literals.SAE_SETTINGS__LATENTS, latents + " must be at least 1");
            }
            if (k < 1) {
                error(SAE, sae, Literals.SAE_SETTINGS__K, k + " must be at least 1");
            } else if (latents >= 1 && k >= latents) {
                error(SAE, sae, Literals.SAE_SETTINGS__K, k + " must be smaller than latents (" + latents + ")");
            } else if (latents >= 1 && 3L * k >= latents) {
                warning(SAE, sae, Literals.SAE_SETTINGS__K, k + ": 3k is at least latents (" + latents
                        + "); the paper skips such SAEs");
            }
            if (sae.getSteps() < 1) {
                error(SAE, sae, Literals.SAE_SETTINGS__STEPS, sae.getSteps() + " must be at least 1");
            }
            if (sae.getBatchSize() < 1) {
                error(SAE, sae, Literals.SAE_SETTINGS__BATCH_SIZE, sae.getBatchSize() + " must be at least 1");
            }
            if (!(sae.getLearningRate() > 0) || Double.isInfinite(sae.getLearningRate())) {
                error(SAE, sae, Literals.SAE_SETTINGS__LEARNING_RATE, sae.getLearningRate() + " must be finite and positive");
            }
            double lower = sae.getTruncationLower();
            double upper = sae.getTruncationUpper();
            if (!(lower >= 0 && lower <= 1)) {
                error(SAE, sae, Literals.SAE_SETTINGS__TRUNCATION_LOWER, lower + " must be in [0, 1]");
            } else if (!(upper >= 0 && upper <= 1)) {
                error(SAE, sae, Literals.SAE_SETTINGS__TRUNCATION_UPPER, upper + " must be in [0, 1]");
            } else if (lower >= upper) {
                error(SAE, sae, Literals.SAE_SETTINGS__TRUNCATION_LOWER,
                        lower + " must be smaller than truncationUpper (" + upper + ")");
            }
            if (blank(sae.getArchitecture())) {
                error(SAE, sae, Literals.SAE_SETTINGS__ARCHITECTURE, "is empty");
            }
            if (blank(sae.getRecipe())) {
                error(SAE, sae, Literals.SAE_SETTINGS__RECIPE, "is empty");
            }
            Experiment experiment = experimentOf(sae);
            OptionalInt rows = experiment == null || !trainsSae(experiment) ? OptionalInt.empty() : itemBound(experiment);
            if (rows.isPresent()) {
                int n = rows.getAsInt();
                if (sae.getBatchSize() > n) {
                    warning(SAE, sae, Literals.SAE_SETTINGS__BATCH_SIZE, sae.getBatchSize() + " is larger than the "
                            + n + " " + itemsWord(experiment) + "; every step draws rows again");
                }
                if (latents > 2L * n) {
                    warning(SAE, sae, Literals.SAE_SETTINGS__LATENTS, latents + " is more than twice the " + n + " "
                            + itemsWord(experiment) + "; such an SAE learns the rows by heart");
                }
            }
        }

        /** Whether an enabled analysis trains an SAE per source (signal, features, probes). */
        private static boolean trainsSae(Experiment experiment) {
            for (Analysis analysis : experiment.getAnalyses()) {
                if (analysis.isEnabled() && (analysis instanceof SignalAnalysis
                        || analysis instanceof FeatureMatchingAnalysis || analysis instanceof ProbeAnalysis)) {
                    return true;
                }
            }
            return false;
        }

        /** What {@link #itemBound} counts: the items (item file, synthetic data) or the sources' rows. */
        private String itemsWord(Experiment experiment) {
            return itemCount(experiment).isPresent() ? "items" : "rows the sources have";
        }

        // ---- analyses --------------------------------------------------------------------

        void featureMatching(FeatureMatchingAnalysis analysis) {
            if (analysis.isEnabled() && analysis.getPermutations() < 0) {
                error(RANGE, analysis, Literals.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS,
                        analysis.getPermutations() + " must be at least 0");
            }
        }

        void noise(NoiseAnalysis noise) {
            if (!noise.isEnabled()) {
                return;
            }
            Experiment experiment = experimentOf(noise);
            if (experiment != null && blank(experiment.getFrequenciesFile()) && experiment.getSynthetic() == null) {
                error(MISSING_SIDE_FILE, noise, Literals.ANALYSIS__ENABLED,
                        "is set but the experiment has no frequenciesFile (and no synthetic data)");
            }
            boolean numbersOk = true;
            if (noise.getWindowSize() < 1) {
                error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOW_SIZE, noise.getWindowSize() + " must be at least 1");
                numbersOk = false;
            }
            if (noise.getStride() < 1) {
                error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__STRIDE, noise.getStride() + " must be at least 1");
                numbersOk = false;
            }
            if (noise.getWindows() < 1) {
                error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOWS, noise.getWindows() + " must be at least 1");
                numbersOk = false;
            }
            OptionalInt items = experiment == null ? OptionalInt.empty() : itemBound(experiment);
            if (numbersOk && items.isPresent()) {
                int n = items.getAsInt();
                if (noise.getWindowSize() > n) {
                    error(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOW_SIZE,
                            noise.getWindowSize() + " is larger than the " + n + " items");
                } else {
                    long span = noise.getWindowSize() + (long) noise.getStride() * (noise.getWindows() - 1);
                    if (span > n) {
                        long fit = 1 + (n - noise.getWindowSize()) / noise.getStride();
                        warning(NOISE_WINDOW, noise, Literals.NOISE_ANALYSIS__WINDOWS, noise.getWindows()
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
                    error(RANGE, meta, Literals.META_ANALYSIS__LAMBDAS, "contains " + lambda
                            + "; every lambda must be finite and positive");
                }
            }
        }

        void probe(ProbeAnalysis probe) {
            if (!probe.isEnabled()) {
                return;
            }
            Experiment experiment = experimentOf(probe);
            if (experiment != null && blank(experiment.getAttributesFile()) && experiment.getSynthetic() == null) {
                error(MISSING_SIDE_FILE, probe, Literals.ANALYSIS__ENABLED,
                        "is set but the experiment has no attributesFile (and no synthetic data)");
            }
            if (probe.getFolds() < 2) {
                error(RANGE, probe, Literals.PROBE_ANALYSIS__FOLDS, probe.getFolds() + " must be at least 2");
            }
            if (!(probe.getL2() >= 0) || Double.isInfinite(probe.getL2())) {
                error(RANGE, probe, Literals.PROBE_ANALYSIS__L2, probe.getL2() + " must be finite and at least 0");
            }
            if (probe.getMinPositives() < 1) {
                error(RANGE, probe, Literals.PROBE_ANALYSIS__MIN_POSITIVES, probe.getMinPositives() + " must be at least 1");
            }
        }

        /** The contributor checks the values when a run starts; here only the form. */
        void contributed(ContributedAnalysis analysis) {
            if (!analysis.isEnabled()) {
                return;
            }
            String id = analysis.getAnalysisId() == null ? "" : analysis.getAnalysisId().strip();
            if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
                error(ID, analysis, Literals.CONTRIBUTED_ANALYSIS__ANALYSIS_ID,
                        id.isEmpty() ? "is empty" : "'" + id + "' is not an analysis id");
            }
            Map<String, AnalysisSetting> byName = new HashMap<>();
            for (AnalysisSetting setting : analysis.getSettings()) {
                String name = setting.getName() == null ? "" : setting.getName().strip();
                if (name.isEmpty()) {
                    error(RANGE, setting, Literals.ANALYSIS_SETTING__NAME, "is empty");
                } else if (byName.putIfAbsent(name, setting) != null) {
                    error(RANGE, setting, Literals.ANALYSIS_SETTING__NAME, "'" + name + "' is given twice");
                }
            }
        }

        // ---- synthetic data ----------------------------------------------------------------

        void synthetic(SyntheticData data) {
            if (data.getItems() < 2) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__ITEMS, data.getItems() + " must be at least 2");
            }
            if (data.getAttributes() < 1) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__ATTRIBUTES, data.getAttributes() + " must be at least 1");
            }
            if (data.getActivePerItem() < 1 || data.getActivePerItem() > Math.max(1, data.getAttributes())) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__ACTIVE_PER_ITEM, data.getActivePerItem()
                        + " must be in [1, attributes = " + data.getAttributes() + "]");
            }
            if (!(data.getCodeMagnitude() > 0) || Double.isInfinite(data.getCodeMagnitude())) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__CODE_MAGNITUDE, data.getCodeMagnitude()
                        + " must be finite and positive");
            }
            if (!(data.getCodeJitter() >= 0 && data.getCodeJitter() < 1)) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__CODE_JITTER, data.getCodeJitter() + " must be in [0, 1)");
            }
            if (!(data.getZipfExponent() >= 0) || Double.isInfinite(data.getZipfExponent())) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__ZIPF_EXPONENT, data.getZipfExponent()
                        + " must be finite and at least 0");
            }
            if (!(data.getTopFrequency() > 0) || Double.isInfinite(data.getTopFrequency())) {
                error(RANGE, data, Literals.SYNTHETIC_DATA__TOP_FREQUENCY, data.getTopFrequency()
                        + " must be finite and positive");
            }
        }

        void syntheticModel(SyntheticModel model) {
            SyntheticData data = model.eContainer() instanceof SyntheticData d ? d : null;
            id(model, Literals.SYNTHETIC_MODEL__ID, model.getId(),
                    data == null ? List.of() : data.getModels().stream().map(SyntheticModel::getId).toList(), "models");
            int d = model.getDimension();
            if (d < 2) {
                error(RANGE, model, Literals.SYNTHETIC_MODEL__DIMENSION, d + " must be at least 2");
            }
            if (!(model.getBiasNorm() >= 0) || Double.isInfinite(model.getBiasNorm())) {
                error(RANGE, model, Literals.SYNTHETIC_MODEL__BIAS_NORM, model.getBiasNorm() + " must be finite and at least 0");
            }
            if (!(model.getNoiseScale() >= 0) || Double.isInfinite(model.getNoiseScale())) {
                error(RANGE, model, Literals.SYNTHETIC_MODEL__NOISE_SCALE, model.getNoiseScale()
                        + " must be finite and at least 0");
            }
            if (model.getAnisotropicDimensions() < 0 || model.getAnisotropicDimensions() > d) {
                error(RANGE, model, Literals.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS, model.getAnisotropicDimensions()
                        + " must be in [0, dimension = " + d + "]");
            }
            if (!(model.getAnisotropyScale() > 0) || Double.isInfinite(model.getAnisotropyScale())) {
                error(RANGE, model, Literals.SYNTHETIC_MODEL__ANISOTROPY_SCALE, model.getAnisotropyScale()
                        + " must be finite and positive");
            }
            if (model.getDictionary() == DictionaryKind.ORTHONORMAL && data != null && data.getAttributes() > d) {
                error(RANGE, model, Literals.SYNTHETIC_MODEL__DICTIONARY, "orthonormal needs attributes ("
                        + data.getAttributes() + ") at most the dimension (" + d + ")");
            }
        }

        // ---- files and counts ------------------------------------------------------------

        /** Checks a file or folder field; returns the resolved path when it is usable. */
        private Path file(EObject object, EStructuralFeature feature, String text, boolean folder) {
            if (blank(text)) {
                return null;
            }
            Path path;
            try {
                path = Path.of(text.strip());
            } catch (InvalidPathException e) {
                error(FILE, object, feature, "'" + text + "' is not a valid path");
                return null;
            }
            if (!path.isAbsolute()) {
                Path base = experimentFolder(object);
                if (base == null) {
                    return null;
                }
                path = base.resolve(path);
            }
            String quoted = "'" + text + "'";
            if (!Files.exists(path)) {
                error(FILE, object, feature, quoted + " does not exist");
                return null;
            }
            if (folder && !Files.isDirectory(path)) {
                error(FILE, object, feature, quoted + " is not a folder");
                return null;
            }
            if (!folder && Files.isDirectory(path)) {
                error(FILE, object, feature, quoted + " is a folder, not a file");
                return null;
            }
            if (!Files.isReadable(path)) {
                error(FILE, object, feature, quoted + " is not readable");
                return null;
            }
            return path;
        }

        private Path resolveQuietly(EObject object, String text) {
            if (blank(text)) {
                return null;
            }
            try {
                Path path = Path.of(text.strip());
                if (path.isAbsolute()) {
                    return path;
                }
                Path base = experimentFolder(object);
                return base == null ? null : base.resolve(path);
            } catch (InvalidPathException e) {
                return null;
            }
        }

        private Path experimentFolder(EObject object) {
            Object file = context.get(EXPERIMENT_FILE);
            Path experimentFile = null;
            if (file instanceof Path p) {
                experimentFile = p;
            } else if (file instanceof String s) {
                experimentFile = Path.of(s);
            } else if (object.eResource() != null) {
                URI uri = object.eResource().getURI();
                if (uri != null && uri.isFile()) {
                    experimentFile = Path.of(uri.toFileString());
                }
            }
            if (experimentFile == null) {
                return null;
            }
            Path parent = experimentFile.toAbsolutePath().getParent();
            return parent;
        }

        private SourceShapes shapes() {
            return context.get(SOURCE_SHAPES) instanceof SourceShapes shapes ? shapes : SourceShapes.UNKNOWN;
        }

        /** Items of the experiment: lines of its items file, else the synthetic items; empty when unknown. */
        private OptionalInt itemCount(Experiment experiment) {
            Path items = resolveQuietly(experiment, experiment.getItemsFile());
            if (items != null) {
                return lineCount(items);
            }
            if (blank(experiment.getItemsFile()) && experiment.getSynthetic() != null) {
                return OptionalInt.of(experiment.getSynthetic().getItems());
            }
            return OptionalInt.empty();
        }

        /**
         * At most how many items a run can have: the item count when known, else the fewest rows
         * of any source whose shape is known (alignment keeps only common items); empty when
         * nothing is known.
         */
        private OptionalInt itemBound(Experiment experiment) {
            OptionalInt items = itemCount(experiment);
            if (items.isPresent() || experiment.getSynthetic() != null) {
                return items;
            }
            int bound = Integer.MAX_VALUE;
            for (Source source : experiment.getSources()) {
                Path file = resolveQuietly(experiment, source.getFile());
                if (file != null && Files.isRegularFile(file)) {
                    OptionalInt rows = shapes().rows(source, file);
                    if (rows.isPresent()) {
                        bound = Math.min(bound, rows.getAsInt());
                    }
                }
            }
            return bound == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(bound);
        }

        /** Rows of one subsample: the subsample size, at most the item count; all items without subsampling. */
        private OptionalInt subsampleRows(Experiment experiment) {
            Protocol protocol = experiment.getProtocol();
            int subsamples = protocol == null ? 10 : protocol.getSubsamples();
            int size = protocol == null ? 1000 : protocol.getSubsampleSize();
            OptionalInt items = itemBound(experiment);
            if (subsamples <= 0) {
                return items;
            }
            return OptionalInt.of(items.isPresent() ? Math.min(size, items.getAsInt()) : size);
        }

        /** Number of lines up to the last non-empty one, cached in the context; empty when unreadable. */
        private OptionalInt lineCount(Path file) {
            Object key = new LineCountKey(file.toAbsolutePath().normalize());
            Object cached = context.get(key);
            if (cached instanceof OptionalInt count) {
                return count;
            }
            OptionalInt count;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lines = 0;
                int lastNonEmpty = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines++;
                    if (!line.isBlank()) {
                        lastNonEmpty = lines;
                    }
                }
                count = OptionalInt.of(lastNonEmpty);
            } catch (IOException | RuntimeException e) {
                count = OptionalInt.empty();
            }
            context.put(key, count);
            return count;
        }

        private static Experiment experimentOf(EObject object) {
            return EcoreUtil.getRootContainer(object) instanceof Experiment experiment ? experiment : null;
        }
    }

    /** Context-cache key of a file's line count. */
    private record LineCountKey(Path file) {
    }
}
