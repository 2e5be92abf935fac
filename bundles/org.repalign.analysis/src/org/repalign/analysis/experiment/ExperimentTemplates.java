package org.repalign.analysis.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisNeed;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.BiasAnalysisFactory;
import org.repalign.analysis.modules.LayersAnalysisFactory;
import org.repalign.analysis.modules.NoiseAnalysisFactory;
import org.repalign.analysis.modules.ProbeAnalysisFactory;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.io.RepresentationLayers;
import org.repalign.model.Analysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.MetricSetting;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.Source;

/**
 * New experiments from files, as {@code ./repalign experiment create} and the New Experiment
 * wizard make them.
 *
 * <p><b>Defaults.</b> Metrics: the paper's eight, written out in the file. Analyses: bias; noise when frequencies are
 * given (its windows shrunk to fit smaller data, see {@link #fitWindows}); probes when
 * attributes are given; layers when a source holds layers (a folder of per-layer files, a 3-D
 * array, several tensors matched by a pattern), whose other analyses use its last layer; signal
 * and feature matching only when asked for (they train an SAE per source). SAE: {@link SaeSettings#DEFAULTS} (TopK, m = 4096, k = 32,
 * 2,000 steps of 1,024 rows), sized to finish in minutes per source on a laptop CPU.
 *
 * <p><b>Fitted to the data.</b> When the sources' rows and dimensions can be read, the defaults
 * that the data cannot carry are changed, each change said in a note: a subsample size below
 * the rows, SAE batches and latents fitted to the rows, and the default metrics whose k or q
 * exceed a dimension or the subsample left out (see {@link FittedDefaults}).
 */
public final class ExperimentTemplates {

    /**
     * A source given on the command line.
     *
     * @param id     its id
     * @param file   its file, or a folder of per-layer files
     * @param tensor the tensor or array inside the file (for a .safetensors file also a pattern
     *               with {@code *} and {@code ?} of one tensor per layer), or {@code null}
     */
    public record SourceFile(String id, Path file, String tensor) {

        /**
         * @param text {@code ID=PATH} or {@code ID=PATH#TENSOR}
         * @return the source
         * @throws IllegalArgumentException when the text has no id or no path
         */
        public static SourceFile parse(String text) {
            int equals = text.indexOf('=');
            if (equals <= 0 || equals == text.length() - 1) {
                throw new IllegalArgumentException("--source '" + text + "' should be ID=PATH or ID=PATH#TENSOR");
            }
            String id = text.substring(0, equals);
            String rest = text.substring(equals + 1);
            int hash = rest.lastIndexOf('#');
            // a '#' inside a folder name is part of the path, not a tensor separator
            String tensor = hash > 0 && hash < rest.length() - 1 && rest.indexOf('/', hash) < 0
                    && rest.indexOf('\\', hash) < 0 ? rest.substring(hash + 1) : null;
            String path = tensor == null ? rest : rest.substring(0, hash);
            return new SourceFile(id, Path.of(path), tensor);
        }
    }

    private ExperimentTemplates() {
    }

    /**
     * @param name        the experiment name
     * @param target      the experiment file to be written (paths are stored relative to its
     *                    folder when they lie below it)
     * @param sources     the sources
     * @param items       shared item list, or {@code null}
     * @param frequencies frequencies file, or {@code null}
     * @param attributes  attributes file, or {@code null}
     * @param analyses    analysis ids, or {@code null} for the defaults
     * @param metrics     metric specs, or {@code null} for the paper's eight
     * @return the experiment
     * @throws IllegalArgumentException naming an unknown analysis, or an analysis whose side file
     *                                  is missing
     */
    public static Experiment fromFiles(String name, Path target, List<SourceFile> sources, Path items, Path frequencies,
            Path attributes, List<String> analyses, List<String> metrics) {
        return fromFiles(name, target, sources, items, frequencies, attributes, analyses, metrics, note -> {
        });
    }

    /**
     * A new experiment with its defaults fitted to the data, every change said in a note.
     *
     * @param name        the experiment name
     * @param target      the experiment file to be written (paths are stored relative to its
     *                    folder when they lie below it)
     * @param sources     the sources
     * @param items       shared item list, or {@code null}
     * @param frequencies frequencies file, or {@code null}
     * @param attributes  attributes file, or {@code null}
     * @param analyses    analysis ids, or {@code null} for the defaults
     * @param metrics     metric specs, or {@code null} for the paper's eight
     * @param notes       receives one line per default changed to fit the data, e.g.
     *                    {@code metric svcca_100 left out: ...}
     * @return the experiment
     * @throws IllegalArgumentException naming an unknown analysis, or an analysis whose side file
     *                                  is missing
     */
    public static Experiment fromFiles(String name, Path target, List<SourceFile> sources, Path items, Path frequencies,
            Path attributes, List<String> analyses, List<String> metrics, java.util.function.Consumer<String> notes) {
        ExperimentFactory factory = ExperimentFactory.eINSTANCE;
        Experiment experiment = factory.createExperiment();
        experiment.setName(name);
        Path base = target.toAbsolutePath().getParent();
        for (SourceFile file : sources) {
            Source source = factory.createSource();
            source.setId(file.id());
            source.setFile(relative(base, file.file()));
            source.setTensorName(file.tensor());
            experiment.getSources().add(source);
        }
        experiment.setItemsFile(relative(base, items));
        experiment.setFrequenciesFile(relative(base, frequencies));
        experiment.setAttributesFile(relative(base, attributes));
        for (String text : metrics == null ? MetricRegistry.PAPER_METRICS : metrics) {
            experiment.getMetrics().add(metric(text));
        }
        experiment.setProtocol(factory.createProtocol());
        experiment.setSae(factory.createSaeSettings());
        List<String> ids = analyses;
        if (ids == null) {
            ids = new ArrayList<>(List.of(BiasAnalysisFactory.ID));
            if (frequencies != null) {
                ids.add(NoiseAnalysisFactory.ID);
            }
            if (attributes != null) {
                ids.add(ProbeAnalysisFactory.ID);
            }
            if (sources.stream().anyMatch(s -> RepresentationLayers.holdsLayers(s.file(), s.tensor()))) {
                ids.add(LayersAnalysisFactory.ID);
            }
        }
        for (String id : ids) {
            Analysis analysis = analysis(id, frequencies != null, attributes != null);
            if (analysis instanceof NoiseAnalysis noise) {
                fitWindows(noise, experiment, base, metrics == null ? 101 : 20);
            }
            experiment.getAnalyses().add(analysis);
        }
        FittedDefaults.apply(experiment, target, metrics == null, notes);
        return experiment;
    }

    /**
     * The paper's windows (500 items, stride 250, 10 windows) need 2,750 items. With fewer rows
     * in the smallest source, the windows shrink to fit: 10 windows of ⌊n / 5.5⌋ items with half
     * that stride, as long as a window keeps {@code smallest} items (101 with the paper's
     * metrics, whose k and q reach 100).
     */
    private static void fitWindows(NoiseAnalysis noise, Experiment experiment, Path base, int smallest) {
        int rows = Integer.MAX_VALUE;
        ReaderSourceShapes shapes = new ReaderSourceShapes();
        for (Source source : experiment.getSources()) {
            Path file = base.resolve(source.getFile());
            OptionalInt count = shapes.rows(source, file);
            if (count.isEmpty()) {
                return;
            }
            rows = Math.min(rows, count.getAsInt());
        }
        long needed = noise.getWindowSize() + (long) noise.getStride() * (noise.getWindows() - 1);
        int size = (int) (rows / (1 + (noise.getWindows() - 1) / 2.0));
        if (rows < needed && size >= smallest) {
            noise.setWindowSize(size);
            noise.setStride(Math.max(1, size / 2));
        }
    }

    private static Analysis analysis(String id, boolean hasFrequencies, boolean hasAttributes) {
        AnalysisFactory declared;
        try {
            declared = AnalysisRegistry.installed().require(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--analyses: " + e.getMessage(), e);
        }
        if (declared.needs().contains(AnalysisNeed.FREQUENCIES) && !hasFrequencies) {
            throw new IllegalArgumentException("--analyses " + id + " needs --frequencies");
        }
        if (declared.needs().contains(AnalysisNeed.ATTRIBUTES) && !hasAttributes) {
            throw new IllegalArgumentException("--analyses " + id + " needs --attributes");
        }
        return ModelAnalyses.create(id);
    }

    private static MetricSetting metric(String text) {
        try {
            return metricSetting(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--metrics: " + e.getMessage(), e);
        }
    }

    /**
     * The model's form of a metric text, read by the same rules as everywhere else
     * ({@link MetricSpec#parse}).
     *
     * @param text {@code id} or {@code id:name=value,...}
     * @return a metric setting with the parameters in the order given
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static MetricSetting metricSetting(String text) {
        MetricSpec spec = MetricSpec.parse(text);
        MetricSetting setting = ExperimentFactory.eINSTANCE.createMetricSetting();
        setting.setId(spec.id());
        spec.parameters().forEach((name, value) -> {
            var parameter = ExperimentFactory.eINSTANCE.createMetricParameter();
            parameter.setName(name);
            parameter.setValue(value);
            setting.getParameters().add(parameter);
        });
        return setting;
    }

    private static String relative(Path base, Path file) {
        if (file == null) {
            return null;
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (base != null && absolute.startsWith(base)) {
            return base.relativize(absolute).toString();
        }
        return absolute.toString();
    }
}
