package org.repalign.analysis.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.repalign.analysis.SaeSizing;
import org.repalign.model.Experiment;
import org.repalign.model.MetricSetting;
import org.repalign.model.MetricSpecs;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.Source;
import org.repalign.model.validation.ExperimentValidator;

/**
 * Fits the defaults of a new experiment to the data it was made from, so that what the New
 * Experiment wizard and {@code repalign experiment create} write can run: each change is said
 * in one note (the wizard shows them on its page, the command line on standard error).
 *
 * <ul>
 * <li>Subsample size: the default 1,000 needs more rows than that; with {@code n} rows or fewer
 * the subsamples are 80% of the rows (at least 2), so they still differ.</li>
 * <li>SAE: batches of at most the rows; latents by {@link SaeSizing}'s rule
 * (4 per dimension of the largest source, at most half the rows, at least 4k) when that is
 * fewer than the default; the steps stay unset, so that the run sizes them to the data (a
 * note says how many).</li>
 * <li>Default metrics whose k or q the data cannot carry (q above a source's dimension or the
 * subsample, k not below the subsample) are left out: the same rule as the validator's.</li>
 * </ul>
 */
final class FittedDefaults {

    /** Share of the rows a subsample takes when the default size does not fit. */
    static final double SUBSAMPLE_SHARE = 0.8;

    private FittedDefaults() {
    }

    /**
     * @param experiment     a new experiment, its sources and side files set
     * @param target         the file it will be written to (relative paths resolve against its folder)
     * @param defaultMetrics whether the metrics are the defaults (only those are left out when they do not fit)
     * @param notes          receives one line per change
     */
    static void apply(Experiment experiment, Path target, boolean defaultMetrics, Consumer<String> notes) {
        Path base = target.toAbsolutePath().getParent();
        ReaderSourceShapes shapes = new ReaderSourceShapes();
        OptionalInt rows = rows(experiment, base, shapes);
        if (rows.isPresent()) {
            fitProtocol(experiment.getProtocol(), rows.getAsInt(), notes);
            fitSae(experiment.getSae(), rows.getAsInt(), largestDimension(experiment, base, shapes), notes);
        }
        if (defaultMetrics) {
            leaveOutMetricsThatDoNotFit(experiment, target, shapes, notes);
        }
    }

    private static void fitProtocol(Protocol protocol, int rows, Consumer<String> notes) {
        if (protocol == null || protocol.getSubsamples() <= 0 || protocol.getSubsampleSize() < rows) {
            return;
        }
        int size = Math.max(2, (int) (rows * SUBSAMPLE_SHARE));
        notes.accept("subsample size " + size + " (" + Math.round(SUBSAMPLE_SHARE * 100) + "% of the " + rows
                + " rows the sources share) instead of " + protocol.getSubsampleSize());
        protocol.setSubsampleSize(size);
    }

    private static void fitSae(SaeSettings sae, int rows, int dimension, Consumer<String> notes) {
        if (sae == null) {
            return;
        }
        if (sae.getBatchSize() > rows) {
            notes.accept("SAE batch size " + rows + " (the rows the sources share) instead of " + sae.getBatchSize());
            sae.setBatchSize(rows);
        }
        int latents = SaeSizing.latents(rows, dimension, sae.getK());
        if (latents < sae.getLatents()) {
            notes.accept("SAE latents " + latents + " for " + rows + " rows of at most " + dimension
                    + " dimensions instead of " + sae.getLatents() + " (" + SaeSizing.LATENTS_PER_DIMENSION
                    + " per dimension, at most half the rows, so that the SAE cannot learn the rows by heart)");
            sae.setLatents(latents);
        }
        notes.accept("SAE steps sized to the data when it runs: "
                + SaeSizing.steps(rows, sae.getBatchSize()) + " steps of " + sae.getBatchSize()
                + " rows (" + SaeSizing.PASSES + " passes over the rows, "
                + SaeSizing.MIN_STEPS + " to " + SaeSizing.MAX_STEPS
                + "; set steps to fix them)");
    }

    /** The largest dimension of a source, or one that asks for the most latents when a shape is unknown. */
    private static int largestDimension(Experiment experiment, Path base, ReaderSourceShapes shapes) {
        int unknown = SaeSizing.MAX_LATENTS / SaeSizing.LATENTS_PER_DIMENSION;
        int largest = 0;
        for (Source source : experiment.getSources()) {
            OptionalInt columns = shapes.columns(source, base.resolve(source.getFile()));
            if (columns.isEmpty()) {
                return unknown;
            }
            largest = Math.max(largest, columns.getAsInt());
        }
        return largest < 1 ? unknown : largest;
    }

    private static void leaveOutMetricsThatDoNotFit(Experiment experiment, Path target, ReaderSourceShapes shapes,
            Consumer<String> notes) {
        List<Diagnostic> problems = InstalledValidation.validate(experiment, target, shapes);
        Map<MetricSetting, String> unfit = new LinkedHashMap<>();
        for (Diagnostic problem : problems) {
            boolean size = problem.getCode() == ExperimentValidator.METRIC_K
                    || problem.getCode() == ExperimentValidator.METRIC_Q;
            if (size && problem.getSeverity() >= Diagnostic.ERROR && !problem.getData().isEmpty()
                    && metricOf(problem.getData().get(0)) instanceof MetricSetting metric) {
                String label = ExperimentValidator.label(metric) + ": ";
                String message = problem.getMessage();
                unfit.putIfAbsent(metric, message.startsWith(label) ? message.substring(label.length()) : message);
            }
        }
        if (unfit.size() == experiment.getMetrics().size()) {
            return; // leaving every metric out makes no experiment; the validator reports them
        }
        unfit.forEach((metric, why) -> {
            notes.accept("metric " + MetricSpecs.toSpecText(metric) + " left out: " + why);
            experiment.getMetrics().remove(metric);
        });
    }

    private static Object metricOf(Object object) {
        for (Object current = object; current instanceof EObject e; current = e.eContainer()) {
            if (current instanceof MetricSetting) {
                return current;
            }
        }
        return null;
    }

    /** Items of the run: the lines of the items file, else the fewest rows of a source; empty when unknown. */
    private static OptionalInt rows(Experiment experiment, Path base, ReaderSourceShapes shapes) {
        if (experiment.getItemsFile() != null && !experiment.getItemsFile().isBlank()) {
            return shapes.items(base.resolve(experiment.getItemsFile()));
        }
        int fewest = Integer.MAX_VALUE;
        for (Source source : experiment.getSources()) {
            OptionalInt count = shapes.rows(source, base.resolve(source.getFile()));
            if (count.isEmpty()) {
                return OptionalInt.empty();
            }
            fewest = Math.min(fewest, count.getAsInt());
        }
        return fewest == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(fewest);
    }
}
