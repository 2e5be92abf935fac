package org.repalign.analysis.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.repalign.analysis.ModelProperties;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.synth.SyntheticWorld;

/**
 * The sources of one run over their common items, rows in the same order for every source.
 *
 * @param sourceIds   source ids, in experiment order
 * @param matrices    one n × d<sub>s</sub> matrix per source, rows paired
 * @param properties  what is known about each source's model
 * @param saeFolders  per source a SAELens folder to use instead of training, or {@code null}
 * @param items       the n item names, in row order
 * @param frequencies per item its frequency, when frequencies were given (NaN for an item the
 *                    frequency list does not have)
 * @param attributes  attribute name to per-item labels (true when the item has it), in file
 *                    order; empty without attributes
 * @param notes       what loading changed (items dropped by alignment, items without
 *                    frequency), for the report
 * @param truth       the generator's ground truth, when the data is synthetic
 * @param layers      every layer of every source, when an analysis of the run needs them
 *                    ({@link org.repalign.analysis.modules.AnalysisNeed#LAYERS}); each source's
 *                    chosen layer is its entry in {@code matrices}
 */
public record ExperimentData(List<String> sourceIds, List<RowMatrix> matrices, List<ModelProperties> properties,
        List<Path> saeFolders, List<String> items, Optional<double[]> frequencies, Map<String, boolean[]> attributes,
        List<String> notes, Optional<SyntheticWorld> truth, Optional<SourceLayers> layers) {

    /**
     * Data without the sources' layers: one matrix per source.
     *
     * @param sourceIds   source ids, in experiment order
     * @param matrices    one n × d<sub>s</sub> matrix per source, rows paired
     * @param properties  what is known about each source's model
     * @param saeFolders  per source a SAELens folder to use instead of training, or {@code null}
     * @param items       the n item names, in row order
     * @param frequencies per item its frequency, when frequencies were given
     * @param attributes  attribute name to per-item labels
     * @param notes       what loading changed
     * @param truth       the generator's ground truth, when the data is synthetic
     */
    public ExperimentData(List<String> sourceIds, List<RowMatrix> matrices, List<ModelProperties> properties,
            List<Path> saeFolders, List<String> items, Optional<double[]> frequencies,
            Map<String, boolean[]> attributes, List<String> notes, Optional<SyntheticWorld> truth) {
        this(sourceIds, matrices, properties, saeFolders, items, frequencies, attributes, notes, truth,
                Optional.empty());
    }

    /** Compact constructor: checks that everything has one entry per source and per item. */
    public ExperimentData {
        sourceIds = List.copyOf(sourceIds);
        matrices = List.copyOf(matrices);
        properties = List.copyOf(properties);
        saeFolders = Collections.unmodifiableList(new ArrayList<>(saeFolders));
        items = List.copyOf(items);
        frequencies = Objects.requireNonNull(frequencies, "frequencies");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        notes = List.copyOf(notes);
        truth = Objects.requireNonNull(truth, "truth");
        layers = Objects.requireNonNull(layers, "layers");
        int count = sourceIds.size();
        if (matrices.size() != count || properties.size() != count || saeFolders.size() != count) {
            throw new IllegalArgumentException("one matrix, property set and SAE folder entry per source");
        }
        for (RowMatrix matrix : matrices) {
            if (matrix.rows() != items.size()) {
                throw new IllegalArgumentException("every matrix needs " + items.size() + " rows, got " + matrix.rows());
            }
        }
        if (layers.isPresent() && (layers.get().sourceCount() != count
                || count > 0 && layers.get().layer(0, 0).rows() != items.size())) {
            throw new IllegalArgumentException("the layers need one entry per source and " + items.size() + " rows");
        }
        if (frequencies.isPresent() && frequencies.get().length != items.size()) {
            throw new IllegalArgumentException("one frequency per item");
        }
        for (boolean[] labels : attributes.values()) {
            if (labels.length != items.size()) {
                throw new IllegalArgumentException("one label per item");
            }
        }
    }

    /** @return the number of sources */
    public int sourceCount() {
        return sourceIds.size();
    }

    /** @return the number of items (rows) */
    public int itemCount() {
        return items.size();
    }

    /**
     * @return every layer of every source: the loaded layers, or each source's one matrix as a
     *         layer named {@code 0} when the layers were not loaded
     */
    public SourceLayers layersOrSingle() {
        return layers.orElseGet(() -> SourceLayers.single(matrices));
    }
}
