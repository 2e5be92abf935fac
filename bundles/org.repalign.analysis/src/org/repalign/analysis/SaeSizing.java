package org.repalign.analysis;

/**
 * How the SAE settings an experiment leaves unset are sized to its data (the rule below is
 * stated in every report that uses it, {@code sae.sizing} of report.json). Values the
 * experiment sets always win; only the unset ones are sized.
 *
 * <p>With n the rows the sources share (the items) and d the largest source dimension:
 * <ul>
 * <li><b>batch size</b>: min({@value #MAX_BATCH}, n);</li>
 * <li><b>latents</b>: {@value #LATENTS_PER_DIMENSION}·d, clamped to [4k, max(4k, min(
 * {@value #MAX_LATENTS}, ⌊n/2⌋))]: an expansion of {@value #LATENTS_PER_DIMENSION} latents per
 * dimension, never more than half the rows (so that the SAE cannot learn the rows by heart),
 * at least 4k (so that the k active latents stay a small share);</li>
 * <li><b>steps</b>: ⌈{@value #PASSES}·n / batch⌉ ({@value #PASSES} passes over the rows),
 * clamped to [{@value #MIN_STEPS}, {@value #MAX_STEPS}].</li>
 * </ul>
 *
 * @param rows          n, the rows the sizes were computed for
 * @param dimension     d, the largest source dimension
 * @param latentsSized  whether the latents came from the rule
 * @param stepsSized    whether the steps came from the rule
 * @param batchSized    whether the batch size came from the rule
 */
public record SaeSizing(int rows, int dimension, boolean latentsSized, boolean stepsSized, boolean batchSized) {

    /** Latents per dimension of the largest source. */
    public static final int LATENTS_PER_DIMENSION = 4;
    /** The most latents the rule chooses. */
    public static final int MAX_LATENTS = 4096;
    /** The largest batch the rule chooses. */
    public static final int MAX_BATCH = 1024;
    /** Passes over the rows. */
    public static final int PASSES = 100;
    /** The fewest steps the rule chooses. */
    public static final int MIN_STEPS = 100;
    /** The most steps the rule chooses. */
    public static final int MAX_STEPS = 2000;

    /** The rule in one line, as stated in report.json. */
    public static final String RULE = "batch = min(" + MAX_BATCH + ", n); latents = " + LATENTS_PER_DIMENSION
            + "·d clamped to [4k, max(4k, min(" + MAX_LATENTS + ", floor(n/2)))]; steps = ceil(" + PASSES
            + "·n / batch) clamped to [" + MIN_STEPS + ", " + MAX_STEPS + "]; n = rows the sources share, d = the"
            + " largest source dimension; values the experiment sets are kept";

    /** Compact constructor: checks ranges. */
    public SaeSizing {
        if (rows < 1 || dimension < 1) {
            throw new IllegalArgumentException("SAE sizing needs rows and a dimension ≥ 1, got " + rows + " and "
                    + dimension);
        }
    }

    /**
     * @param rows n ≥ 1
     * @return the batch size of the rule
     */
    public static int batchSize(int rows) {
        return Math.min(MAX_BATCH, rows);
    }

    /**
     * @param rows      n ≥ 1
     * @param dimension d ≥ 1
     * @param k         active latents per row, ≥ 1
     * @return the latents of the rule
     */
    public static int latents(int rows, int dimension, int k) {
        long lower = 4L * k;
        long upper = Math.max(lower, Math.min(MAX_LATENTS, rows / 2));
        long wanted = (long) LATENTS_PER_DIMENSION * dimension;
        return (int) Math.max(lower, Math.min(upper, wanted));
    }

    /**
     * @param rows      n ≥ 1
     * @param batchSize rows per step, ≥ 1
     * @return the steps of the rule
     */
    public static int steps(int rows, int batchSize) {
        long wanted = ((long) PASSES * rows + batchSize - 1) / batchSize;
        return (int) Math.max(MIN_STEPS, Math.min(MAX_STEPS, wanted));
    }

    /** @return whether the rule chose any value */
    public boolean sizedAny() {
        return latentsSized || stepsSized || batchSized;
    }

    /**
     * @param given the settings as the experiment gives them (unset values at their defaults)
     * @return them with the values this sizing chooses in place of the unset ones
     */
    public SaeSettings apply(SaeSettings given) {
        int batch = batchSized ? batchSize(rows) : given.batchSize();
        int latents = latentsSized ? latents(rows, dimension, given.k()) : given.latents();
        int steps = stepsSized ? steps(rows, batch) : given.steps();
        return new SaeSettings(given.architecture(), given.recipe(), latents, given.k(), steps, batch,
                given.learningRate(), given.truncationLower(), given.truncationUpper(), this);
    }
}
