package org.repalign.analysis.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.repalign.compute.data.RowMatrix;

/**
 * Every layer of every source of a run, over the run's common items: rows in the same order for
 * every layer of every source (the order of {@link ExperimentData#items()}). A source of one
 * matrix has one layer. The layers are views of the sources as read (memory-mapped where the
 * format allows), not copies; preprocess a layer when it is used
 * ({@link PreparedSources#layer(int, int, org.repalign.compute.preprocess.Preprocessing)}).
 */
public final class SourceLayers {

    private final List<List<String>> names;
    private final List<List<RowMatrix>> layers;
    private final int[] chosen;

    /**
     * @param names  per source, its layer names in layer order (distinct)
     * @param layers per source, its layers in layer order, each with one row per common item
     * @param chosen per source, the 0-based layer that analyses taking one matrix per source use
     * @throws IllegalArgumentException when the lists do not have one entry per source and layer,
     *                                  a source has no layer, the rows differ or a chosen layer is
     *                                  out of range
     */
    public SourceLayers(List<List<String>> names, List<List<RowMatrix>> layers, int[] chosen) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(chosen, "chosen");
        if (names.size() != layers.size() || chosen.length != layers.size()) {
            throw new IllegalArgumentException("one list of layer names, of layers and one chosen layer per source");
        }
        List<List<String>> copiedNames = new ArrayList<>();
        List<List<RowMatrix>> copiedLayers = new ArrayList<>();
        int rows = -1;
        for (int s = 0; s < layers.size(); s++) {
            List<RowMatrix> own = List.copyOf(layers.get(s));
            List<String> ownNames = List.copyOf(names.get(s));
            if (own.isEmpty() || ownNames.size() != own.size()) {
                throw new IllegalArgumentException("source " + s + ": " + ownNames.size() + " layer names for "
                        + own.size() + " layers");
            }
            if (chosen[s] < 0 || chosen[s] >= own.size()) {
                throw new IllegalArgumentException("source " + s + ": chosen layer " + chosen[s] + " of " + own.size());
            }
            for (RowMatrix layer : own) {
                if (rows < 0) {
                    rows = layer.rows();
                } else if (layer.rows() != rows) {
                    throw new IllegalArgumentException("every layer needs " + rows + " rows, got " + layer.rows());
                }
            }
            copiedNames.add(ownNames);
            copiedLayers.add(own);
        }
        this.names = List.copyOf(copiedNames);
        this.layers = List.copyOf(copiedLayers);
        this.chosen = chosen.clone();
    }

    /**
     * @param matrices one matrix per source
     * @return every source as one layer named {@code 0}
     */
    public static SourceLayers single(List<RowMatrix> matrices) {
        List<List<String>> names = new ArrayList<>();
        List<List<RowMatrix>> layers = new ArrayList<>();
        for (RowMatrix matrix : matrices) {
            names.add(List.of("0"));
            layers.add(List.of(matrix));
        }
        return new SourceLayers(names, layers, new int[matrices.size()]);
    }

    /** @return the number of sources */
    public int sourceCount() {
        return layers.size();
    }

    /**
     * @param source source index
     * @return its number of layers, at least 1
     */
    public int layerCount(int source) {
        return layers.get(source).size();
    }

    /**
     * @param source source index
     * @return its layer names, in layer order
     */
    public List<String> names(int source) {
        return names.get(source);
    }

    /**
     * @param source source index
     * @return its layers, in layer order
     */
    public List<RowMatrix> layers(int source) {
        return layers.get(source);
    }

    /**
     * @param source source index
     * @param layer  0-based layer
     * @return that layer, one row per common item
     */
    public RowMatrix layer(int source, int layer) {
        return layers.get(source).get(layer);
    }

    /**
     * @param source source index
     * @return the 0-based layer that analyses taking one matrix per source use
     */
    public int chosen(int source) {
        return chosen[source];
    }
}
