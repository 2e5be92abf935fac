package org.repalign.analysis.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.preprocess.Preprocessing;

/**
 * The preprocessed matrices of a run, computed once per (source, mode) and shared by the
 * analyses. Centering and clamping are fitted on all rows of the source, before any
 * subsampling or windowing, as in the paper.
 */
public final class PreparedSources {

    private final ExperimentData data;
    private final Map<String, DenseMatrix> cache = new HashMap<>();
    /** The layers kept by {@link #keepLayers}, least recently used first. */
    private final LinkedHashMap<String, RowMatrix> layers = new LinkedHashMap<>(16, 0.75f, true);
    private int keptLayers;

    /**
     * @param data the loaded data
     */
    public PreparedSources(ExperimentData data) {
        this.data = data;
    }

    /** @return the loaded data */
    public ExperimentData data() {
        return data;
    }

    /**
     * @param source source index
     * @param mode   preprocessing
     * @return the preprocessed n × d matrix
     * @throws ExperimentInputException when the rows cannot be preprocessed (a zero row)
     */
    public synchronized RowMatrix matrix(int source, Preprocessing mode) throws ExperimentInputException {
        String key = source + "/" + mode.id();
        DenseMatrix matrix = cache.get(key);
        if (matrix == null) {
            try {
                matrix = mode.apply(data.matrices().get(source), data.items());
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("source '" + data.sourceIds().get(source) + "': " + e.getMessage(),
                        e);
            }
            cache.put(key, matrix);
        }
        return matrix;
    }

    /**
     * Keeps up to {@code capacity} preprocessed layers for {@link #layer}, the least recently used
     * dropped first. For a replica of a run that computes layer cells one at a time, in whatever
     * order they arrive: the cells of a pair's grid, in order, use one layer of the first source
     * and go through every layer of the second, so a capacity above the largest layer count
     * makes each layer once per pair. 0, the default, keeps none: the run's own layer sweep
     * holds the layers it measures itself.
     *
     * @param capacity layers kept, ≥ 0
     */
    public synchronized void keepLayers(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be ≥ 0, got " + capacity);
        }
        keptLayers = capacity;
        trimLayers();
    }

    private void trimLayers() {
        var oldest = layers.keySet().iterator();
        while (layers.size() > keptLayers) {
            oldest.next();
            oldest.remove();
        }
    }

    /**
     * One layer of a source, preprocessed on its own rows (centering fitted on all rows of that
     * layer). Not kept, unless {@link #keepLayers} asks for it: a layer sweep holds the layers it
     * measures only while it measures them.
     *
     * @param source source index
     * @param layer  0-based layer of {@link ExperimentData#layersOrSingle()}
     * @param mode   preprocessing
     * @return the preprocessed n × d matrix of that layer
     * @throws ExperimentInputException naming the source and the layer when its rows cannot be
     *                                  preprocessed (a zero row)
     */
    public RowMatrix layer(int source, int layer, Preprocessing mode) throws ExperimentInputException {
        String key = source + "/" + layer + "/" + mode.id();
        synchronized (this) {
            RowMatrix kept = layers.get(key);
            if (kept != null) {
                return kept;
            }
        }
        SourceLayers sourceLayers = data.layersOrSingle();
        RowMatrix prepared;
        try {
            prepared = mode.apply(sourceLayers.layer(source, layer), data.items());
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("source '" + data.sourceIds().get(source) + "' layer '"
                    + sourceLayers.names(source).get(layer) + "': " + e.getMessage(), e);
        }
        synchronized (this) {
            if (keptLayers > 0) {
                layers.put(key, prepared);
                trimLayers();
            }
        }
        return prepared;
    }
}
