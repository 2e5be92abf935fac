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
}
