package org.repalign.analysis;

/**
 * The sparse autoencoder trained per source for the signal, feature-matching and probe
 * analyses (on the centered rows, as in the paper), and the latent truncation applied to its
 * codes: a latent is kept when it fires on more than {@code truncationLower · n} and fewer than
 * {@code truncationUpper · n} rows.
 *
 * @param architecture    SAE architecture id ({@code topk}, {@code batchtopk}, {@code relu})
 * @param recipe          training recipe id ({@code l2prh}, {@code gao})
 * @param latents         m, number of latents
 * @param k               active latents per row (TopK family)
 * @param steps           optimisation steps
 * @param batchSize       rows per step
 * @param learningRate    peak learning rate
 * @param truncationLower lower firing-rate bound of kept latents
 * @param truncationUpper upper firing-rate bound of kept latents
 * @param sizing          how unset values were sized to the data ({@link SaeSizing}), or
 *                        {@code null} when every value is as given
 */
public record SaeSettings(String architecture, String recipe, int latents, int k, int steps, int batchSize,
        double learningRate, double truncationLower, double truncationUpper, SaeSizing sizing) {

    /** Defaults sized to finish in minutes on a laptop: TopK, l2prh, m = 4096, k = 32, 2000 steps of 1024 rows. */
    public static final SaeSettings DEFAULTS = new SaeSettings("topk", "l2prh", 4096, 32, 2000, 1024, 4e-4, 1e-5, 0.1);

    /**
     * Settings given in full (not sized to the data).
     *
     * @param architecture    SAE architecture id
     * @param recipe          training recipe id
     * @param latents         m, number of latents
     * @param k               active latents per row
     * @param steps           optimisation steps
     * @param batchSize       rows per step
     * @param learningRate    peak learning rate
     * @param truncationLower lower firing-rate bound of kept latents
     * @param truncationUpper upper firing-rate bound of kept latents
     */
    public SaeSettings(String architecture, String recipe, int latents, int k, int steps, int batchSize,
            double learningRate, double truncationLower, double truncationUpper) {
        this(architecture, recipe, latents, k, steps, batchSize, learningRate, truncationLower, truncationUpper, null);
    }

    /** Compact constructor: checks ranges. */
    public SaeSettings {
        if (latents < 1) {
            throw new IllegalArgumentException("sae latents must be ≥ 1, got " + latents);
        }
        if (k < 1 || k >= latents) {
            throw new IllegalArgumentException("sae k must be in [1, latents), got k = " + k + " with " + latents
                    + " latents");
        }
        if (steps < 1 || batchSize < 1) {
            throw new IllegalArgumentException("sae steps and batch size must be ≥ 1, got " + steps + " and " + batchSize);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("sae learning rate must be > 0, got " + learningRate);
        }
        if (!(truncationLower >= 0 && truncationLower < truncationUpper && truncationUpper <= 1)) {
            throw new IllegalArgumentException("sae truncation bounds must satisfy 0 ≤ lower < upper ≤ 1, got "
                    + truncationLower + " and " + truncationUpper);
        }
    }
}
