package org.repalign.compute.matching;

import java.io.Serializable;

/**
 * The result of {@link FeatureMatching#match}: the co-activation-maximising one-to-one matching
 * of the latents of Z₁ to those of Z₂ and its score.
 *
 * @param score            Σⱼ G(j, π(j)) / (‖Z₁‖_F ‖Z₂‖_F), in [0, 1] for non-negative codes
 *                         (Cauchy–Schwarz); 1 when Z₂ is Z₁ with permuted, positively scaled
 *                         columns
 * @param matchedSum       Σⱼ G(j, π(j)) with G = Z₁ᵀZ₂
 * @param partnerOfLatent  for each latent j of Z₁, its partner π(j) among the latents of Z₂, or
 *                         −1 when j takes part in no pair with a nonzero co-activation
 *                         possibility (j never fires, or every active latent of Z₂ is already
 *                         taken); such latents contribute 0 whatever partner they get
 * @param firstNorm        ‖Z₁‖_F (of the binarised codes in the binary version)
 * @param secondNorm       ‖Z₂‖_F (of the binarised codes in the binary version)
 * @param activeFirst      number of latents of Z₁ active (nonzero) on at least one row
 * @param activeSecond     number of latents of Z₂ active on at least one row
 * @param binary           whether the codes were binarised (Z &gt; 0 → 1) before matching
 */
public record FeatureMatch(double score, double matchedSum, int[] partnerOfLatent, double firstNorm,
        double secondNorm, int activeFirst, int activeSecond, boolean binary) implements Serializable {

    /** Compact constructor: copies the array. */
    public FeatureMatch {
        partnerOfLatent = partnerOfLatent.clone();
    }

    /** @return a copy of the partner of each latent of Z₁ (−1 for none) */
    @Override
    public int[] partnerOfLatent() {
        return partnerOfLatent.clone();
    }
}
