package org.repalign.compute.metrics;

/** Whether a larger or a smaller value of a metric means more aligned representations. */
public enum Direction {
    /** Larger is more aligned (CKA, mutual k-NN). */
    HIGHER_IS_BETTER,
    /** Smaller is more aligned (k-NN edit distance). */
    LOWER_IS_BETTER;

    /**
     * @param candidate a value
     * @param reference another value
     * @return whether {@code candidate} is at least as aligned as {@code reference}
     */
    public boolean atLeastAsGood(double candidate, double reference) {
        return this == HIGHER_IS_BETTER ? candidate >= reference : candidate <= reference;
    }
}
