package org.repalign.compute.sae;

/**
 * The quality measures of an SAE on a data set (research notes §6.4; keys of {@code sae eval}).
 *
 * @param n               rows
 * @param dIn             d_in
 * @param dSae            d_sae
 * @param k               k
 * @param architecture    architecture id
 * @param fvu             Σᵢ‖xᵢ − x̂ᵢ‖² / Σᵢ‖xᵢ − x̄‖²
 * @param nmse            meanᵢ ‖xᵢ − x̂ᵢ‖²/‖xᵢ‖² over rows with ‖xᵢ‖ &gt; 0
 * @param meanL2Residual  meanᵢ ‖xᵢ − x̂ᵢ‖
 * @param l0              mean nonzeros per row
 * @param deadFraction    share of latents that never fire on the data
 * @param keptLatents     indices kept by the truncation rule ({@link TruncatedCodes})
 * @param l0Truncated     mean nonzeros per row over the kept latents
 * @param incoherenceMean mean |cos| between distinct atoms
 * @param incoherenceMax  max |cos| between distinct atoms
 * @param magnitudeP5     5th percentile of the nonzero activations (linear interpolation)
 * @param magnitudeP95    95th percentile of the nonzero activations
 */
public record SaeEvaluation(int n, int dIn, int dSae, int k, String architecture, double fvu, double nmse,
        double meanL2Residual, double l0, double deadFraction, int[] keptLatents, double l0Truncated,
        double incoherenceMean, double incoherenceMax, double magnitudeP5, double magnitudeP95) {

    /** @return the number of kept latents ({@code kept_latents}) */
    public int keptLatentCount() {
        return keptLatents.length;
    }
}
