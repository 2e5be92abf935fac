package org.repalign.model.validation;

import static org.repalign.model.validation.ExperimentValidator.METRIC;
import static org.repalign.model.validation.ExperimentValidator.METRIC_K;
import static org.repalign.model.validation.ExperimentValidator.METRIC_Q;
import static org.repalign.model.validation.ExperimentValidator.blank;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.MetricParameter;
import org.repalign.model.MetricSetting;

/**
 * Checks of the metrics: the form of ids and parameters, and the parameters the
 * {@link MetricCatalog} declares as counts (k of the k-NN metrics, q of SVCCA, whether given as
 * a parameter, fixed by a shorthand or by default) against the rows of a subsample and the
 * sources' dimensions. Without a catalog only the form is checked.
 */
final class MetricChecks {

    private final ValidationRun run;

    MetricChecks(ValidationRun run) {
        this.run = run;
    }

    void metric(MetricSetting metric) {
        String id = metric.getId() == null ? "" : metric.getId().strip();
        if (id.isEmpty()) {
            run.error(METRIC, metric, Literals.METRIC_SETTING__ID, "is empty");
            return;
        }
        if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            run.error(METRIC, metric, Literals.METRIC_SETTING__ID, "'" + id + "' is not a metric id");
            return;
        }
        Map<String, MetricParameter> byName = new HashMap<>();
        for (MetricParameter parameter : metric.getParameters()) {
            String name = parameter.getName() == null ? "" : parameter.getName().strip();
            if (name.isEmpty()) {
                run.error(METRIC, parameter, Literals.METRIC_PARAMETER__NAME, "is empty");
            } else if (byName.putIfAbsent(name, parameter) != null) {
                run.error(METRIC, parameter, Literals.METRIC_PARAMETER__NAME, "'" + name + "' is given twice");
            } else if (blank(parameter.getValue())) {
                run.report(Diagnostic.ERROR, METRIC, parameter, Literals.METRIC_PARAMETER__VALUE, name, "has no value");
            }
        }
        Optional<MetricCatalog.Metric> declared = run.metrics().metric(id);
        if (declared.isEmpty()) {
            return;
        }
        Experiment experiment = ValidationRun.experimentOf(metric);
        OptionalInt rows = experiment == null ? OptionalInt.empty() : run.subsampleRows(experiment);
        for (MetricCatalog.Parameter parameter : declared.get().parameters()) {
            if (parameter.bound() == MetricCatalog.Bound.NONE || !parameter.integer()) {
                continue;
            }
            Integer value = size(metric, id, declared.get(), byName, parameter);
            if (value != null) {
                count(metric, id, declared.get(), byName, parameter, value, rows, experiment);
            }
        }
    }

    /** Checks a count parameter against 1, the subsample's rows and the sources' dimensions. */
    private void count(MetricSetting metric, String id, MetricCatalog.Metric declared,
            Map<String, MetricParameter> byName, MetricCatalog.Parameter parameter, int value, OptionalInt rows,
            Experiment experiment) {
        String name = parameter.name();
        boolean neighbours = parameter.bound() == MetricCatalog.Bound.BELOW_SUBSAMPLE_ROWS;
        int code = neighbours ? METRIC_K : METRIC_Q;
        if (value < 1) {
            sizeError(code, metric, id, declared, byName, name, value, "must be at least 1");
            return;
        }
        if (neighbours) {
            if (rows.isPresent() && value >= rows.getAsInt()) {
                sizeError(code, metric, id, declared, byName, name, value,
                        "must be smaller than the " + rows.getAsInt() + " rows of a subsample");
            }
            return;
        }
        if (rows.isPresent() && value > rows.getAsInt()) {
            sizeError(code, metric, id, declared, byName, name, value,
                    "is larger than the " + rows.getAsInt() + " rows of a subsample");
        }
        if (experiment != null) {
            run.dimensions(experiment).forEach((source, dimension) -> {
                if (value > dimension) {
                    sizeError(code, metric, id, declared, byName, name, value,
                            "is larger than the dimension " + dimension + " of source '" + source + "'");
                }
            });
        }
    }

    /**
     * A count parameter of a metric: its parameter, else the value a shorthand fixes, else the
     * declared default; null when there is none or it is not an integer (reported).
     */
    private Integer size(MetricSetting metric, String id, MetricCatalog.Metric declared,
            Map<String, MetricParameter> byName, MetricCatalog.Parameter parameter) {
        String name = parameter.name();
        MetricParameter given = byName.get(name);
        if (given != null) {
            return integer(given, Literals.METRIC_PARAMETER__VALUE, name, given.getValue());
        }
        String text = declared.fixed().getOrDefault(name, parameter.defaultValue());
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            run.error(METRIC, metric, Literals.METRIC_SETTING__ID, "'" + id + "' has a " + name + " out of range");
            return null;
        }
    }

    private void sizeError(int code, MetricSetting metric, String id, MetricCatalog.Metric declared,
            Map<String, MetricParameter> byName, String name, int value, String problem) {
        MetricParameter parameter = byName.get(name);
        if (parameter != null) {
            run.report(Diagnostic.ERROR, code, parameter, Literals.METRIC_PARAMETER__VALUE, name, value + " " + problem);
        } else {
            boolean shorthand = declared.fixed().containsKey(name);
            run.error(code, metric, Literals.METRIC_SETTING__ID, "'" + id + "' means " + name + " = " + value
                    + (shorthand ? "" : " (the default)") + ", which " + problem);
        }
    }

    private Integer integer(EObject object, EStructuralFeature feature, String name, String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            run.report(Diagnostic.ERROR, METRIC, object, feature, name, "'" + text + "' is not an integer");
            return null;
        }
    }
}
