package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

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
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.LayerCellResult;
import org.repalign.compute.protocol.LayerGrid;
import org.repalign.compute.protocol.LayerMaxNull;
import org.repalign.compute.protocol.LayerSweep;
import org.repalign.compute.protocol.PermutationSettings;
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
        List<SourcePair> pairs = context.pairs();
        int cells = 0;
        for (SourcePair pair : pairs) {
            cells += cellCount(layers, pair);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Layers", Math.max(1, cells));
        AnalysisResult result = new AnalysisResult(id());
        RecordTable<LayerGridCell> grid = result.addTable(LayerGridCell.TABLE);
        RecordTable<LayerBest> best = result.addTable(LayerBest.TABLE);
        List<Object> seeds = new ArrayList<>();
        Map<String, List<String>> bestLines = new LinkedHashMap<>();
        // pairs of few cells (sources of one matrix) are measured together so that the units fill the threads
        int batchCells = Math.max(1, 2 * context.executor().threads());
        List<SourcePair> batch = new ArrayList<>();
        int inBatch = 0;
        for (int k = 0; k < pairs.size(); k++) {
            batch.add(pairs.get(k));
            inBatch += cellCount(layers, pairs.get(k));
            if (inBatch < batchCells && k < pairs.size() - 1) {
                continue;
            }
            RunContext.checkCanceled(progress);
            Map<Integer, List<LayerGrid>> measured = sweep(context, layers, batch, progress.split(inBatch));
            for (SourcePair pair : batch) {
                emit(context, layers, pair, measured.get(pair.index()), grid, best, bestLines, result);
                seeds.add(seeds(context, pair));
            }
            batch.clear();
            inBatch = 0;
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

    private static int cellCount(SourceLayers layers, SourcePair pair) {
        return layers.layerCount(pair.first()) * layers.layerCount(pair.second());
    }

    /** One pair's rows of both tables, its summary text and its cells' warnings. */
    private static void emit(RunContext context, SourceLayers layers, SourcePair pair, List<LayerGrid> grids,
            RecordTable<LayerGridCell> grid, RecordTable<LayerBest> best, Map<String, List<String>> bestLines,
            AnalysisResult result) {
        String a = context.data().sourceIds().get(pair.first());
        String b = context.data().sourceIds().get(pair.second());
        List<String> namesA = layers.names(pair.first());
        List<String> namesB = layers.names(pair.second());
        for (LayerGrid layerGrid : grids) {
            String direction = layerGrid.direction().name().toLowerCase(Locale.ROOT);
            double[][] values = layerGrid.values();
            double[][] sd = layerGrid.sd();
            for (int i = 0; i < namesA.size(); i++) {
                for (int j = 0; j < namesB.size(); j++) {
                    grid.add(new LayerGridCell(layerGrid.metricKey(), a, b, i, namesA.get(i), j, namesB.get(j),
                            values[i][j], sd[i][j], direction));
                }
            }
            best.add(bestRow(layerGrid, a, b, namesA, namesB, sd));
            bestLines.computeIfAbsent(layerGrid.metricKey(), k -> new ArrayList<>())
                    .add(bestText(layerGrid, a, b, namesA, namesB));
            for (String warning : layerGrid.warnings()) {
                result.note(a + "–" + b + " " + layerGrid.metricKey() + ": " + warning);
            }
        }
    }

    /** The seeds of one pair's cells: its subsets' stream and its permutations' stream. */
    private Map<String, Object> seeds(RunContext context, SourcePair pair) {
        EvaluationProtocol protocol = context.protocol(pair);
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("a", context.data().sourceIds().get(pair.first()));
        seed.put("b", context.data().sourceIds().get(pair.second()));
        seed.put("pair_index", pair.index());
        seed.put("subset_seed", context.subsets(pair).streamSeed());
        seed.put("permutation_seed", permutations > 0
                ? PermutationSettings.forPair(protocol, permutations).permutationSeed() : null);
        return seed;
    }

    /**
     * The grids of a batch of pairs: one unit per cell, in pair and cell order; each layer is
     * preprocessed by the first unit that needs it and dropped when the batch's last cell using
     * it is done, so that a pair holds its second source's layers and a few of the first's.
     */
    private Map<Integer, List<LayerGrid>> sweep(RunContext context, SourceLayers layers, List<SourcePair> batch,
            IProgressMonitor monitor) throws ExperimentInputException {
        PreparedLayers prepared = new PreparedLayers(context.prepared(), preprocessing);
        List<WorkUnit> units = new ArrayList<>();
        for (SourcePair pair : batch) {
            try {
                context.subsets(pair); // the protocol fits the items: checked once per pair, before the cells
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException(describe(context, pair) + ": " + e.getMessage(), e);
            }
            int la = layers.layerCount(pair.first());
            int lb = layers.layerCount(pair.second());
            for (int cell = 0; cell < la * lb; cell++) {
                units.add(WorkUnit.layerCell(id(), pair.index(), preprocessing.id(), cell));
                prepared.use(pair.first(), cell / lb);
                prepared.use(pair.second(), cell % lb);
            }
        }
        List<LayerCellResult> measured = context.runPortable(units, new CellTask(permutations, preprocessing, prepared),
                monitor);
        Map<Integer, List<LayerGrid>> grids = new LinkedHashMap<>();
        int next = 0;
        for (SourcePair pair : batch) {
            int la = layers.layerCount(pair.first());
            int lb = layers.layerCount(pair.second());
            LayerCellResult[][] cells = new LayerCellResult[la][lb];
            for (int cell = 0; cell < la * lb; cell++) {
                cells[cell / lb][cell % lb] = measured.get(next++);
            }
            grids.put(pair.index(), LayerSweep.combine(context.metrics(), cells));
        }
        return grids;
    }

    /**
     * Every metric (and its permutation null) on one cell of a pair's layer grid: the task of the
     * {@link WorkUnit#layerCell} units. Each cell uses its pair's protocol and subsets, made from
     * the context. In the run's own process the layers come from the batch's
     * {@link PreparedLayers} (each made once, dropped after its last cell); on a replica of the
     * run's context, where that field is {@code null}, from {@link PreparedSources#layer} (kept
     * by the replica's own bounded cache when it has one).
     */
    static final class CellTask implements PortableTask<LayerCellResult, LayerCellResult> {

        private static final long serialVersionUID = 1L;

        private final int permutations;
        private final Preprocessing preprocessing;
        private final transient PreparedLayers prepared;

        CellTask(int permutations, Preprocessing preprocessing, PreparedLayers prepared) {
            this.permutations = permutations;
            this.preprocessing = preprocessing;
            this.prepared = prepared;
        }

        @Override
        public LayerCellResult compute(RunContext context, WorkUnit unit, BooleanSupplier canceled)
                throws ExperimentInputException {
            SourceLayers layers = context.data().layersOrSingle();
            SourcePair pair = context.pairs().get(unit.subject());
            int lb = layers.layerCount(pair.second());
            int i = unit.index() / lb;
            int j = unit.index() % lb;
            try {
                RowMatrix a = prepared != null ? prepared.layer(pair.first(), i)
                        : context.prepared().layer(pair.first(), i, preprocessing);
                RowMatrix b = prepared != null ? prepared.layer(pair.second(), j)
                        : context.prepared().layer(pair.second(), j, preprocessing);
                return LayerSweep.cell(a, b, context.metricsForUnit(), context.protocol(pair), context.subsets(pair),
                        permutations, 1, canceled);
            } catch (java.util.concurrent.CancellationException e) {
                throw new OperationCanceledException();
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException(describe(context, pair) + ", layer '"
                        + layers.names(pair.first()).get(i) + "' × '" + layers.names(pair.second()).get(j) + "': "
                        + e.getMessage(), e);
            } finally {
                if (prepared != null) {
                    prepared.release(pair.first(), i);
                    prepared.release(pair.second(), j);
                }
            }
        }

        @Override
        public LayerCellResult finish(RunContext context, WorkUnit unit, LayerCellResult computed) {
            return computed;
        }
    }

    private static String describe(RunContext context, SourcePair pair) {
        return "layers of " + context.data().sourceIds().get(pair.first()) + "–"
                + context.data().sourceIds().get(pair.second());
    }

    private static LayerBest bestRow(LayerGrid grid, String a, String b, List<String> namesA, List<String> namesB,
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
     * The preprocessed layers of a batch of cells: each made once, by the first unit that needs
     * it, and dropped when the last cell that uses it is done ({@link #use} counts the uses
     * before the units run).
     */
    private static final class PreparedLayers {

        private final PreparedSources sources;
        private final Preprocessing mode;
        private final Map<Long, Slot> slots = new ConcurrentHashMap<>();

        PreparedLayers(PreparedSources sources, Preprocessing mode) {
            this.sources = sources;
            this.mode = mode;
        }

        private static long key(int source, int layer) {
            return ((long) source << 32) | layer;
        }

        /** Counts one more cell that uses the layer; call before the units run. */
        void use(int source, int layer) {
            slots.computeIfAbsent(key(source, layer), k -> new Slot()).uses++;
        }

        RowMatrix layer(int source, int layer) throws ExperimentInputException {
            Slot slot = slots.get(key(source, layer));
            synchronized (slot) {
                if (slot.matrix == null) {
                    slot.matrix = sources.layer(source, layer, mode);
                }
                return slot.matrix;
            }
        }

        /** One cell that used the layer is done: the last one drops it. */
        void release(int source, int layer) {
            Slot slot = slots.get(key(source, layer));
            synchronized (slot) {
                if (--slot.uses == 0) {
                    slot.matrix = null;
                }
            }
        }

        private static final class Slot {
            private int uses;
            private RowMatrix matrix;
        }
    }
}
