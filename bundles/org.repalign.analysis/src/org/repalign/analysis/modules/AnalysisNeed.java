package org.repalign.analysis.modules;

/**
 * What an analysis needs beyond the sources' rows, so that the validator and the editor can say
 * before a run what is missing.
 */
public enum AnalysisNeed {
    /** Sparse codes: a trained or loaded SAE per source. */
    SAE_CODES,
    /** Item frequencies (the experiment's frequencies file). */
    FREQUENCIES,
    /** Item attributes (the experiment's attributes file). */
    ATTRIBUTES,
    /** Model properties of the sources (family, parameters, depth, ...). */
    MODEL_PROPERTIES,
    /**
     * Every layer of every source ({@link org.repalign.analysis.data.ExperimentData#layers()}):
     * a run reads all layers of a layered source only when an analysis needs them, and otherwise
     * just the layer each source chooses.
     */
    LAYERS
}
