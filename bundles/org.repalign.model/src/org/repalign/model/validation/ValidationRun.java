package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.ANALYSIS_CATALOG;
import static org.repalign.model.validation.ExperimentValidator.DIAGNOSTIC_SOURCE;
import static org.repalign.model.validation.ExperimentValidator.EXPERIMENT_FILE;
import static org.repalign.model.validation.ExperimentValidator.FILE;
import static org.repalign.model.validation.ExperimentValidator.ID;
import static org.repalign.model.validation.ExperimentValidator.METRIC_CATALOG;
import static org.repalign.model.validation.ExperimentValidator.RANGE;
import static org.repalign.model.validation.ExperimentValidator.SOURCE_SHAPES;
import static org.repalign.model.validation.ExperimentValidator.blank;
import static org.repalign.model.validation.ExperimentValidator.label;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.repalign.model.Experiment;
import org.repalign.model.Protocol;
import org.repalign.model.Source;
import org.repalign.model.SyntheticModel;

/**
 * One validation call: reports diagnostics, and knows what the checks of every concern share:
 * the experiment's folder and files, the injected {@link SourceShapes}, {@link MetricCatalog}
 * and {@link AnalysisCatalog}, and the counts of items and rows derived from them.
 */
final class ValidationRun {

    private final DiagnosticChain diagnostics;
    private final Map<Object, Object> context;
    private boolean ok = true;
    private final java.util.Set<Field> errorFields = new java.util.HashSet<>();

    ValidationRun(DiagnosticChain diagnostics, Map<Object, Object> context) {
        this.diagnostics = diagnostics;
        this.context = context;
    }

    void report(int severity, int code, EObject object, EStructuralFeature feature, String problem) {
        report(severity, code, object, feature, feature.getName(), problem);
    }

    void report(int severity, int code, EObject object, EStructuralFeature feature, String field,
            String problem) {
        if (severity == Diagnostic.ERROR) {
            ok = false;
            errorFields.add(new Field(object, feature));
        }
        if (diagnostics != null) {
            String message = label(object) + ": " + field + " " + problem;
            diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message,
                    new Object[] { object, feature }));
        }
    }

    void error(int code, EObject object, EStructuralFeature feature, String problem) {
        report(Diagnostic.ERROR, code, object, feature, problem);
    }

    void warning(int code, EObject object, EStructuralFeature feature, String problem) {
        report(Diagnostic.WARNING, code, object, feature, problem);
    }

    
    /** Checks a file or folder field; returns the resolved path when it is usable. */
    Path file(EObject object, EStructuralFeature feature, String text, boolean folder) {
        return path(object, feature, text, folder ? Boolean.TRUE : Boolean.FALSE);
    }

    /** Checks a field that may name a file or a folder; returns the resolved path when it is usable. */
    Path fileOrFolder(EObject object, EStructuralFeature feature, String text) {
        return path(object, feature, text, null);
    }

    /** @param folder whether the path must be a folder, must be a file, or ({@code null}) either */
    private Path path(EObject object, EStructuralFeature feature, String text, Boolean folder) {
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
        if (Boolean.TRUE.equals(folder) && !Files.isDirectory(path)) {
            error(FILE, object, feature, quoted + " is not a folder");
            return null;
        }
        if (Boolean.FALSE.equals(folder) && Files.isDirectory(path)) {
            error(FILE, object, feature, quoted + " is a folder, not a file");
            return null;
        }
        if (!Files.isReadable(path)) {
            error(FILE, object, feature, quoted + " is not readable");
            return null;
        }
        return path;
    }

    Path resolveQuietly(EObject object, String text) {
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

    Path experimentFolder(EObject object) {
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

    /**
     * @param object  a model object
     * @param feature one of its features
     * @return whether an error was reported on that field in this call
     */
    boolean hasError(EObject object, EStructuralFeature feature) {
        return errorFields.contains(new Field(object, feature));
    }

    /** @return whether no error was reported */
    boolean ok() {
        return ok;
    }

    /** @return the metrics known, {@link MetricCatalog#UNKNOWN} without a catalog */
    MetricCatalog metrics() {
        return context.get(METRIC_CATALOG) instanceof MetricCatalog catalog ? catalog : MetricCatalog.UNKNOWN;
    }

    /** @return the analyses known, {@link AnalysisCatalog#UNKNOWN} without a catalog */
    AnalysisCatalog analyses() {
        return context.get(ANALYSIS_CATALOG) instanceof AnalysisCatalog catalog ? catalog : AnalysisCatalog.UNKNOWN;
    }

    SourceShapes shapes() {
        return context.get(SOURCE_SHAPES) instanceof SourceShapes shapes ? shapes : SourceShapes.UNKNOWN;
    }

    /** Items of the experiment: lines of its items file, else the synthetic items; empty when unknown. */
    OptionalInt itemCount(Experiment experiment) {
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
    OptionalInt itemBound(Experiment experiment) {
        OptionalInt items = itemCount(experiment);
        if (items.isPresent() || experiment.getSynthetic() != null) {
            return items;
        }
        int bound = Integer.MAX_VALUE;
        for (Source source : experiment.getSources()) {
            Path file = resolveQuietly(experiment, source.getFile());
            if (file != null && Files.exists(file)) {
                OptionalInt rows = shapes().rows(source, file);
                if (rows.isPresent()) {
                    bound = Math.min(bound, rows.getAsInt());
                }
            }
        }
        return bound == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(bound);
    }

    /** Rows of one subsample: the subsample size, at most the item count; all items without subsampling. */
    OptionalInt subsampleRows(Experiment experiment) {
        Protocol protocol = experiment.getProtocol();
        int subsamples = protocol == null ? 10 : protocol.getSubsamples();
        int size = protocol == null ? 1000 : protocol.getSubsampleSize();
        OptionalInt items = itemBound(experiment);
        if (subsamples <= 0) {
            return items;
        }
        return OptionalInt.of(items.isPresent() ? Math.min(size, items.getAsInt()) : size);
    }

    /** Number of lines of an item file as the shapes count them, cached in the context; empty when unreadable. */
    OptionalInt lineCount(Path file) {
        Object key = new LineCountKey(file.toAbsolutePath().normalize());
        Object cached = context.get(key);
        if (cached instanceof OptionalInt count) {
            return count;
        }
        OptionalInt count;
        try {
            count = shapes().items(file);
        } catch (RuntimeException e) {
            count = OptionalInt.empty();
        }
        context.put(key, count);
        return count;
    }

    static Experiment experimentOf(EObject object) {
        return EcoreUtil.getRootContainer(object) instanceof Experiment experiment ? experiment : null;
    }

    void positiveOrNull(EObject object, EStructuralFeature feature, Number value) {
        if (value != null && !(value.doubleValue() > 0)) {
            error(RANGE, object, feature, value + " must be positive (or unset)");
        }
    }

    void id(EObject object, EStructuralFeature feature, String id, List<String> all, String what) {
        if (blank(id)) {
            error(ID, object, feature, "is empty");
            return;
        }
        long uses = all.stream().filter(id::equals).count();
        if (uses > 1) {
            error(ID, object, feature, "'" + id + "' is used by " + uses + " " + what);
        }
    }

    /** What {@link #itemBound} counts: the items (item file, synthetic data) or the sources' rows. */
    String itemsWord(Experiment experiment) {
        return itemCount(experiment).isPresent() ? "items" : "rows the sources have";
    }

    /** Source id → dimension, for the sources whose dimension is known. */
    Map<String, Integer> dimensions(Experiment experiment) {
        Map<String, Integer> dimensions = new java.util.LinkedHashMap<>();
        if (experiment.getSources().isEmpty() && experiment.getSynthetic() != null) {
            for (SyntheticModel model : experiment.getSynthetic().getModels()) {
                dimensions.put(model.getId(), model.getDimension());
            }
            return dimensions;
        }
        for (Source source : experiment.getSources()) {
            Path file = resolveQuietly(source, source.getFile());
            if (file != null && Files.exists(file)) {
                shapes().columns(source, file).ifPresent(columns -> dimensions.put(source.getId(), columns));
            }
        }
        return dimensions;
    }

    /** A field of one object, compared by the object's identity. */
    private record Field(EObject object, EStructuralFeature feature) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Field field && field.object == object && field.feature == feature;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object) * 31 + System.identityHashCode(feature);
        }
    }

    /** Context-cache key of a file's line count. */
    private record LineCountKey(Path file) {
    }
}
