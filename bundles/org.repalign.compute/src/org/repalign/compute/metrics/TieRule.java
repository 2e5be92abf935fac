package org.repalign.compute.metrics;

/**
 * How ties among neighbour scores are broken when a k-nearest-neighbour list is built. Ties are
 * common for sparse non-negative codes, where many inner products are exactly 0.
 */
public enum TieRule {
    /**
     * A seeded random order, drawn independently for each representation, so that ties cannot
     * create agreement between two representations (RepAlign's default).
     */
    RANDOM,
    /** The lower row index wins, which is what reference implementations effectively do. */
    INDEX;

    /**
     * @param text {@code random} or {@code index}
     * @return the rule
     * @throws IllegalArgumentException for anything else
     */
    public static TieRule parse(String text) {
        return switch (text) {
            case "random" -> RANDOM;
            case "index" -> INDEX;
            default -> throw new IllegalArgumentException("--ties must be 'random' or 'index', not '" + text + "'");
        };
    }
}
