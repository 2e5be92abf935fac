package org.repalign.compute.sae;

/**
 * One point of the training curves, averaged over the steps since the previous point.
 *
 * @param step          steps completed
 * @param totalSteps    steps planned
 * @param loss          mean training loss (reconstruction + penalty + AuxK)
 * @param fvu           Σ‖x − x̂‖² / Σ‖x − x̄_batch‖² over the interval's batches
 * @param l0            mean nonzeros per row
 * @param deadFraction  share of latents that have not fired in the last dead-window steps
 * @param rowsPerSecond training throughput over the interval
 */
public record SaeTrainingProgress(long step, long totalSteps, double loss, double fvu, double l0, double deadFraction,
        double rowsPerSecond) {
}
