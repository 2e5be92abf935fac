package org.repalign.compute.synth;

/**
 * How a synthetic model's dictionary A<sub>M</sub> (one unit column per attribute) is drawn.
 * Part of RepAlign's own synthetic signal/bias/noise model.
 */
public enum DictionaryKind {

    /**
     * Independent standard Gaussian columns scaled to unit norm. In dimension d the columns are
     * nearly incoherent: |⟨a<sub>i</sub>, a<sub>j</sub>⟩| is of order √(2 ln m / d). Any number of
     * attributes is allowed (overcomplete dictionaries included).
     */
    RANDOM,

    /**
     * Gaussian columns orthonormalised by modified Gram–Schmidt (applied twice): exactly
     * incoherent up to rounding. Requires attributes ≤ dimension.
     */
    ORTHONORMAL
}
