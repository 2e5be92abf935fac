package org.repalign.analysis.data;

import java.util.HashMap;
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
     * One layer of a source, preprocessed on its own rows (centering fitted on all rows of that
     * layer). Not kept: a layer sweep holds the layers it measures only while it measures them.
     *
     * @param source source index
     * @param layer  0-based layer of {@link ExperimentData#layersOrSingle()}
     * @param mode   preprocessing
     * @return the preprocessed n × d matrix of that layer
     * @throws ExperimentInputException naming the source and the layer when its rows cannot be
     *                                  preprocessed (a zero row)
     */
    public RowMatrix layer(int source, int layer, Preprocessing mode) throws ExperimentInputException {
        SourceLayers layers = data.layersOrSingle();
        try {
            return mode.apply(layers.layer(source, layer), data.items());
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("source '" + data.sourceIds().get(source) + "' layer '"
                    + layers.names(source).get(layer) + "': " + e.getMessage(), e);
        }
    }
}
