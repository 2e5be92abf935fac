package org.repalign.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.repalign.analysis.work.ThreadSettings;
import org.repalign.cli.CommandIO;
import org.repalign.cli.UsageException;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.LayerGrid;
import org.repalign.compute.protocol.LayerMaxNull;
import org.repalign.compute.protocol.LayerSweep;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationLayers;
import org.repalign.io.sidefiles.ItemAlignment;
import org.repalign.io.sidefiles.ItemListFile;
import org.repalign.io.sidefiles.ItemSource;

/**
 * {@code repalign metrics A B --layers}: every metric over every pair of layers of A and B (see
 * {@link LayerSweep}), with the best layer pair and, with {@code --null P}, the permutation null
 * of the best value over the whole grid.
 */
final class MetricsLayers {

    private MetricsLayers() {
    }

    /** The layers of both sides, rows paired, each layer preprocessed on its own. */
    private record PairedLayers(LayeredRepresentation a, LayeredRepresentation b, List<RowMatrix> x, List<RowMatrix> y,
            int droppedA, int droppedB, List<String> items, String pairing) {
    }

    static Map<String, Object> measure(Path fileA, Path fileB, String tensorA, String tensorB, String itemsA,
            String itemsB, List<AlignmentMetric> metrics, MetricsCommand.Settings settings, CommandIO io)
            throws UsageException {
        PairedLayers layers = read(fileA, fileB, tensorA, tensorB, itemsA, itemsB, settings);
        int rows = layers.x().get(0).rows();
        EvaluationProtocol protocol = new EvaluationProtocol(settings.subsamples(),
                settings.subsamples() == 0 ? rows : settings.size(), settings.seed(), 0, settings.ties(),
                settings.ckaEpsilon());
        RowSubsets subsets;
        int threads;
        try {
            subsets = RowSubsets.of(protocol, rows);
            threads = Math.min(layers.x().size() * layers.y().size(), ThreadSettings.workThreads());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (threads > 1) {
            // cells side by side: one BLAS thread each, as subsamples in the plain command
            Nd4jRuntime.setBlasThreads(1);
        }
        long start = System.nanoTime();
        List<LayerGrid> grids = LayerSweep.run(layers.x(), layers.y(), metrics, protocol, settings.permutations(),
                threads, ProgressListener.NONE, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (settings.subsetsFile() != null) {
            SubsetsFile.write(settings.subsetsFile(), subsets, layers.items());
        }
        Map<String, OptionalDouble> ideals = new LinkedHashMap<>();
        for (AlignmentMetric metric : metrics) {
            ideals.put(metric.spec().key(), metric.idealValue());
        }
        return report(layers, grids, ideals, settings, threads, seconds, io);
    }

    private static PairedLayers read(Path fileA, Path fileB, String tensorA, String tensorB, String itemsA,
            String itemsB, MetricsCommand.Settings settings) throws UsageException {
        try {
            LayeredRepresentation a = open(fileA, tensorA, itemsA);
            LayeredRepresentation b = open(fileB, tensorB, itemsB);
            RepresentationLayers.requireFinite(a);
            RepresentationLayers.requireFinite(b);
            List<RowMatrix> x = new ArrayList<>(a.layers());
            List<RowMatrix> y = new ArrayList<>(b.layers());
            int droppedA = 0;
            int droppedB = 0;
            List<String> items = null;
            String pairing;
            if (a.itemNames().isPresent() && b.itemNames().isPresent()) {
                ItemAlignment alignment = ItemAlignment.align(List.of(new ItemSource(a.file(), a.itemNames().get()),
                        new ItemSource(b.file(), b.itemNames().get())));
                x.replaceAll(layer -> alignment.select(0, layer));
                y.replaceAll(layer -> alignment.select(1, layer));
                droppedA = alignment.droppedFrom(0);
                droppedB = alignment.droppedFrom(1);
                items = alignment.items();
                pairing = alignment.summary();
            } else if (a.rows() != b.rows()) {
                throw new UsageException(RepresentationFileException.displayName(a.file()) + " has " + a.rows()
                        + " rows but " + RepresentationFileException.displayName(b.file()) + " has " + b.rows()
                        + "; rows are paired by order, so give --items-a and --items-b to pair them by item");
            } else {
                pairing = a.itemNames().isPresent() != b.itemNames().isPresent()
                        ? "only one side names its items; rows are paired by order"
                        : "rows are paired by order";
            }
            // copies of every preprocessed layer are kept only when they fit comfortably; else the
            // layers are read through checked views that preprocess each row as it is read
            boolean asViews = settings.subsamples() > 0
                    || 8.0 * (values(x) + values(y)) > Runtime.getRuntime().maxMemory() / 3.0;
            for (int l = 0; l < x.size(); l++) {
                x.set(l, MetricsCommand.preprocess(settings.preprocessing(), x.get(l), items, a.file(), asViews));
            }
            for (int l = 0; l < y.size(); l++) {
                y.set(l, MetricsCommand.preprocess(settings.preprocessing(), y.get(l), items, b.file(), asViews));
            }
            return new PairedLayers(a, b, x, y, droppedA, droppedB, items, pairing);
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static double values(List<RowMatrix> layers) {
        return layers.stream().mapToDouble(m -> (double) m.rows() * m.columns()).sum();
    }

    private static LayeredRepresentation open(Path file, String tensor, String itemList)
            throws RepresentationFileException {
        LayeredRepresentation layers = RepresentationLayers.open(file, tensor);
        if (itemList != null) {
            Path listFile = Path.of(itemList);
            layers = layers.withItemNames(ItemListFile.read(listFile), listFile);
        }
        return layers;
    }

    private static Map<String, Object> report(PairedLayers layers, List<LayerGrid> grids,
            Map<String, OptionalDouble> ideals, MetricsCommand.Settings settings, int threads, double seconds,
            CommandIO io) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("a", layers.a().file().toString());
        report.put("b", layers.b().file().toString());
        report.put("n", layers.x().get(0).rows());
        report.put("dropped_a", layers.droppedA());
        report.put("dropped_b", layers.droppedB());
        report.put("preprocess", settings.preprocessing().id());
        report.put("seed", settings.seed());
        report.put("subsamples", settings.subsamples());
        report.put("size", settings.subsamples() == 0 ? layers.x().get(0).rows() : settings.size());
        report.put("ties", settings.ties().name().toLowerCase());
        if (settings.ckaEpsilon().isPresent()) {
            report.put("cka_eps", settings.ckaEpsilon().getAsDouble());
        }
        report.put("environment", Nd4jRuntime.environment().toMap());
        report.put("work_threads", threads);
        Map<String, Object> best = new LinkedHashMap<>();
        Map<String, Object> warnings = new LinkedHashMap<>();
        Map<String, Object> grid = new LinkedHashMap<>();
        for (LayerGrid layerGrid : grids) {
            best.put(layerGrid.metricKey(), layerGrid.best());
            grid.put(layerGrid.metricKey(), gridEntry(layerGrid, layers, settings,
                    ideals.getOrDefault(layerGrid.metricKey(), OptionalDouble.empty())));
            if (!layerGrid.warnings().isEmpty()) {
                warnings.put(layerGrid.metricKey(), layerGrid.warnings());
                for (String warning : layerGrid.warnings()) {
                    io.err().println("repalign: " + layerGrid.metricKey() + ": " + warning);
                }
            }
        }
        // "metrics" holds each metric's best value over the layer grid, so that readers of the
        // plain report find a number per metric; the grids are under "layers"
        report.put("metrics", best);
        Map<String, Object> layerBlock = new LinkedHashMap<>();
        layerBlock.put("a", layers.a().layerNames());
        layerBlock.put("b", layers.b().layerNames());
        layerBlock.put("d_a", layers.x().stream().map(RowMatrix::columns).toList());
        layerBlock.put("d_b", layers.y().stream().map(RowMatrix::columns).toList());
        layerBlock.put("permutations", settings.permutations());
        layerBlock.put("grids", grid);
        report.put("layers", layerBlock);
        report.put("seconds", Map.of("total", seconds));
        if (!warnings.isEmpty()) {
            report.put("warnings", warnings);
        }
        return report;
    }

    private static Map<String, Object> gridEntry(LayerGrid grid, PairedLayers layers, MetricsCommand.Settings settings,
            OptionalDouble ideal) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("direction", grid.direction() == Direction.HIGHER_IS_BETTER ? "higher_is_better" : "lower_is_better");
        entry.put("values", rows(grid.values()));
        if (settings.subsamples() > 0) {
            entry.put("sd", rows(grid.sd()));
        }
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("layer_a", grid.bestA());
        best.put("layer_b", grid.bestB());
        best.put("layer_a_name", grid.bestA() < 0 ? null : layers.a().layerNames().get(grid.bestA()));
        best.put("layer_b_name", grid.bestB() < 0 ? null : layers.b().layerNames().get(grid.bestB()));
        best.put("value", grid.best());
        if (settings.subsamples() > 0 && grid.bestA() >= 0) {
            best.put("sd", grid.sd()[grid.bestA()][grid.bestB()]);
        }
        entry.put("best", best);
        LayerMaxNull maxNull = grid.maxNull();
        if (maxNull != null) {
            Map<String, Object> nullEntry = new LinkedHashMap<>();
            nullEntry.put("permutations", maxNull.permutations());
            nullEntry.put("defined", maxNull.defined());
            nullEntry.put("rows", settings.subsamples() > 0 ? "first subsample" : "whole matrices");
            nullEntry.put("observed", maxNull.observed());
            nullEntry.put("mean", maxNull.mean());
            nullEntry.put("sd", maxNull.sd());
            nullEntry.put("p", maxNull.p());
            nullEntry.put("calibrated", maxNull.calibrated(ideal));
            nullEntry.put("values", toList(maxNull.maxima()));
            entry.put("null_of_best", nullEntry);
        }
        return entry;
    }

    private static List<List<Double>> rows(double[][] matrix) {
        List<List<Double>> rows = new ArrayList<>(matrix.length);
        for (double[] row : matrix) {
            rows.add(toList(row));
        }
        return rows;
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    /**
     * @param file a positional argument of the plain command
     * @return a hint when it holds layers, which the plain command does not read
     */
    static String layersHint(Path file) {
        if (Files.isDirectory(file) || RepresentationLayers.holdsLayers(file, null)) {
            return "; " + RepresentationFileException.displayName(file)
                    + " holds layers: compare every layer pair with --layers";
        }
        return "";
    }
}
