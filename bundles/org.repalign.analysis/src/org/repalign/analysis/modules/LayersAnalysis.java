package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.data.PreparedSources;
import org.repalign.analysis.data.SourceLayers;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.LayerBest;
import org.repalign.analysis.results.rows.LayerGridCell;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.LayerCellResult;
import org.repalign.compute.protocol.LayerGrid;
import org.repalign.compute.protocol.LayerMaxNull;
import org.repalign.compute.protocol.LayerSweep;
import org.repalign.compute.protocol.PermutationSettings;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;

/**
 * Layers: for every source pair (a before b in the experiment) and every metric of the
 * experiment, the L<sub>a</sub> × L<sub>b</sub> grid of the metric between every layer of a and
 * every layer of b ({@link LayerSweep}), its best cell (the maximum for a metric where higher is
 * better, else the minimum) and, with {@code permutations} &gt; 0, the permutation null of that
 * best value: for each permutation the best over the whole grid of that permutation's scores,
 * so that the choice of the best layer pair among many is part of the null.
 *
 * <p><b>Data.</b> Every layer of every source ({@link ExperimentData#layers()}; a source of one
 * matrix is one layer), each preprocessed on its own rows when a cell needs it and kept only
 * while its pair is measured.
 *
 * <p><b>Work and seeds.</b> One {@link WorkUnit#layerCell} unit per cell. Every cell of a pair
 * uses the pair's protocol: the pair's subsets (drawn from {@code plan seed + pair index}, the
 * subsets of every other analysis) and the pair's permutation stream
 * ({@link PermutationSettings#forPair}), so permutation p is the same row order in every cell,
 * whatever order the cells run in.
 */
public final class LayersAnalysis implements Analysis {

    /** Source pairs named per metric in the run summary; the table has them all. */
    private static final int SUMMARY_PAIRS = 6;

    private final int permutations;
    private final Preprocessing preprocessing;

    /**
     * @param permutations  permutations of the null of the best value, 0 for none
     * @param preprocessing preprocessing of every layer
     */
    public LayersAnalysis(int permutations, Preprocessing preprocessing) {
        if (permutations < 0) {
            throw new IllegalArgumentException("permutations must be ≥ 0, got " + permutations);
        }
        this.permutations = permutations;
        this.preprocessing = preprocessing;
    }

    @Override
    public String id() {
        return LayersAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        ExperimentData data = context.data();
        SourceLayers layers = data.layersOrSingle();
        List<AlignmentMetric> metrics = context.metrics();
        List<SourcePair> pairs = context.pairs();
        int cells = 0;
        for (SourcePair pair : pairs) {
            cells += layers.layerCount(pair.first()) * layers.layerCount(pair.second());
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Layers", Math.max(1, cells));
        AnalysisResult result = new AnalysisResult(id());
        RecordTable<LayerGridCell> grid = result.addTable(LayerGridCell.TABLE);
        RecordTable<LayerBest> best = result.addTable(LayerBest.TABLE);
        List<Object> seeds = new ArrayList<>();
        Map<String, List<String>> bestLines = new LinkedHashMap<>();
        for (SourcePair pair : pairs) {
            RunContext.checkCanceled(progress);
            String a = data.sourceIds().get(pair.first());
            String b = data.sourceIds().get(pair.second());
            EvaluationProtocol protocol = context.protocol(pair);
            RowSubsets subsets;
            try {
                subsets = context.subsets(pair);
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("layers of " + a + "–" + b + ": " + e.getMessage(), e);
            }
            int la = layers.layerCount(pair.first());
            int lb = layers.layerCount(pair.second());
            List<LayerGrid> grids = sweep(context, pair, protocol, subsets, la, lb,
                    progress.split(la * lb));
            for (int m = 0; m < metrics.size(); m++) {
                LayerGrid layerGrid = grids.get(m);
                String direction = layerGrid.direction().name().toLowerCase(Locale.ROOT);
                double[][] values = layerGrid.values();
                double[][] sd = layerGrid.sd();
                for (int i = 0; i < la; i++) {
                    for (int j = 0; j < lb; j++) {
                        grid.add(new LayerGridCell(layerGrid.metricKey(), a, b, i, layers.names(pair.first()).get(i),
                                j, layers.names(pair.second()).get(j), values[i][j], sd[i][j], direction));
                    }
                }
                best.add(bestRow(layerGrid, a, b, layers.names(pair.first()), layers.names(pair.second()), sd));
                bestLines.computeIfAbsent(layerGrid.metricKey(), k -> new ArrayList<>())
                        .add(bestText(layerGrid, a, b, layers.names(pair.first()), layers.names(pair.second())));
                for (String warning : layerGrid.warnings()) {
                    result.note(a + "–" + b + " " + layerGrid.metricKey() + ": " + warning);
                }
            }
            Map<String, Object> seed = new LinkedHashMap<>();
            seed.put("a", a);
            seed.put("b", b);
            seed.put("pair_index", pair.index());
            seed.put("subset_seed", subsets.streamSeed());
            seed.put("permutation_seed", permutations > 0
                    ? PermutationSettings.forPair(protocol, permutations).permutationSeed() : null);
            seeds.add(seed);
        }
        for (Map.Entry<String, List<String>> line : bestLines.entrySet()) {
            List<String> pairsText = line.getValue();
            String shown = String.join("; ", pairsText.subList(0, Math.min(SUMMARY_PAIRS, pairsText.size())));
            if (pairsText.size() > SUMMARY_PAIRS) {
                shown += "; … (" + pairsText.size() + " pairs in layers-best.csv)";
            }
            result.summary("layers " + line.getKey() + ": best layer pair " + shown);
        }
        result.put("permutations", permutations);
        result.put("preprocessing", preprocessing.id());
        result.put("layers", layerCounts(data, layers));
        result.put("seeds", seeds);
        return result;
    }

    /**
     * One pair's grid: one unit per cell, each layer preprocessed once while the pair is measured
     * (by whichever unit needs it first), combined in cell order.
     */
    private List<LayerGrid> sweep(RunContext context, SourcePair pair, EvaluationProtocol protocol,
            RowSubsets subsets, int la, int lb, IProgressMonitor monitor) throws ExperimentInputException {
        PreparedLayers prepared = new PreparedLayers(context.prepared(), preprocessing);
        List<WorkUnit> units = new ArrayList<>();
        for (int cell = 0; cell < la * lb; cell++) {
            units.add(WorkUnit.layerCell(id(), pair.index(), preprocessing.id(), cell));
        }
        String a = context.data().sourceIds().get(pair.first());
        String b = context.data().sourceIds().get(pair.second());
        List<LayerCellResult> measured = context.run(units, (unit, canceled) -> {
            int i = unit.index() / lb;
            int j = unit.index() % lb;
            RowMatrix x = prepared.layer(pair.first(), i);
            RowMatrix y = prepared.layer(pair.second(), j);
            try {
                return LayerSweep.cell(x, y, context.metricsForUnit(), protocol, subsets, permutations, 1, canceled);
            } catch (java.util.concurrent.CancellationException e) {
                throw new OperationCanceledException();
            } catch (IllegalArgumentException e) {
                SourceLayers layers = context.data().layersOrSingle();
                throw new ExperimentInputException("layers of " + a + "–" + b + ", layer '"
                        + layers.names(pair.first()).get(i) + "' × '" + layers.names(pair.second()).get(j) + "': "
                        + e.getMessage(), e);
            }
        }, monitor);
        LayerCellResult[][] cells = new LayerCellResult[la][lb];
        for (int cell = 0; cell < la * lb; cell++) {
            cells[cell / lb][cell % lb] = measured.get(cell);
        }
        return LayerSweep.combine(context.metrics(), cells);
    }

    private LayerBest bestRow(LayerGrid grid, String a, String b, List<String> namesA, List<String> namesB,
            double[][] sd) {
        boolean defined = grid.bestA() >= 0 && grid.bestB() >= 0;
        LayerMaxNull maxNull = grid.maxNull();
        return new LayerBest(grid.metricKey(), a, b, namesA.size(), namesB.size(), grid.bestA(),
                defined ? namesA.get(grid.bestA()) : "", grid.bestB(), defined ? namesB.get(grid.bestB()) : "",
                grid.best(), defined ? sd[grid.bestA()][grid.bestB()] : Double.NaN,
                maxNull == null ? 0 : maxNull.permutations(), maxNull == null ? Double.NaN : maxNull.mean(),
                maxNull == null ? Double.NaN : maxNull.sd(), maxNull == null ? Double.NaN : maxNull.p(),
                grid.direction().name().toLowerCase(Locale.ROOT));
    }

    /** E.g. {@code a[blocks.11]–b[7] 0.832 (null of the best: mean 0.412, p 0.010)}. */
    private static String bestText(LayerGrid grid, String a, String b, List<String> namesA, List<String> namesB) {
        if (grid.bestA() < 0 || grid.bestB() < 0) {
            return a + "–" + b + " undefined";
        }
        StringBuilder text = new StringBuilder(a).append('[').append(namesA.get(grid.bestA())).append("]–").append(b)
                .append('[').append(namesB.get(grid.bestB())).append("] ").append(Format.number(grid.best()));
        LayerMaxNull maxNull = grid.maxNull();
        if (maxNull != null) {
            text.append(" (null of the best: mean ").append(Format.number(maxNull.mean())).append(", p ")
                    .append(Format.number(maxNull.p())).append(')');
        }
        return text.toString();
    }

    private static Map<String, Object> layerCounts(ExperimentData data, SourceLayers layers) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (int s = 0; s < data.sourceCount(); s++) {
            counts.put(data.sourceIds().get(s), layers.layerCount(s));
        }
        return counts;
    }

    /**
     * The preprocessed layers of one pair, each made once by the first unit that needs it and
     * dropped with the pair.
     */
    private static final class PreparedLayers {

        private final PreparedSources sources;
        private final Preprocessing mode;
        private final Map<Long, Slot> slots = new ConcurrentHashMap<>();

        PreparedLayers(PreparedSources sources, Preprocessing mode) {
            this.sources = sources;
            this.mode = mode;
        }

        RowMatrix layer(int source, int layer) throws ExperimentInputException {
            Slot slot = slots.computeIfAbsent(((long) source << 32) | layer, key -> new Slot());
            synchronized (slot) {
                if (slot.matrix == null) {
                    slot.matrix = sources.layer(source, layer, mode);
                }
                return slot.matrix;
            }
        }

        private static final class Slot {
            private RowMatrix matrix;
        }
    }
}
