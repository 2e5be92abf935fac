package org.repalign.compute.probe;

/**
 * The AUROC of every latent of a sparse code matrix as a score for one binary attribute.
 *
 * @param bestLatent  the latent with the largest AUROC (the lowest index among equals)
 * @param bestAuroc   its AUROC
 * @param aurocs      the AUROC of each latent, in latent order; 0.5 for a latent that is zero on
 *                    every row
 * @param positives   number of positive rows
 * @param negatives   number of negative rows
 */
public record LatentAurocResult(int bestLatent, double bestAuroc, double[] aurocs, int positives, int negatives) {

    /** Compact constructor: copies the array. */
    public LatentAurocResult {
        aurocs = aurocs.clone();
    }

    /** @return a copy of the AUROC of each latent */
    @Override
    public double[] aurocs() {
        return aurocs.clone();
    }
}
