package org.repalign.compute.sae;

import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.sae.internal.AdamW;

/**
 * The optimiser's side of a step, given the gradient the {@link BatchObjective} computed:
 * optional projection of each atom's gradient (Gao), AdamW on every parameter, optional
 * renormalisation of each atom to unit norm. The three touch latent j's rows only (its encoder
 * row, bias and atom), so they run latent by latent in one pass while the rows are in cache,
 * the latents split over threads; every element's arithmetic is the same as in three separate
 * passes, and independent of the split.
 */
final class ParameterUpdate {

    private final SaeTrainingConfig cfg;

    ParameterUpdate(SaeTrainingConfig cfg) {
        this.cfg = cfg;
    }

    /**
     * Applies step t (1-based) with learning rate lr.
     *
     * @param p  parameters, updated
     * @param g  gradient (its W_dec rows are projected in place when the recipe says so)
     * @param m  first moments
     * @param v  second moments
     * @param t  the step number
     * @param lr the learning rate
     */
    void apply(Parameters p, Parameters g, Parameters m, Parameters v, long t, double lr) {
        AdamW adam = new AdamW(t, lr, cfg.beta1(), cfg.beta2(), cfg.epsilon(), cfg.weightDecay());
        int dIn = p.dIn;
        boolean project = cfg.projectDecoderGradient();
        boolean unitNorm = cfg.unitNormAtoms();
        ParallelRanges.forEachChunk(p.dSae, 8L * dIn, (from, to) -> {
            for (int j = from; j < to; j++) {
                int row = j * dIn;
                if (project) {
                    projectOut(g.wDec, p.wDec, row, dIn);
                }
                adam.apply(p.wEncT, g.wEncT, m.wEncT, v.wEncT, row, row + dIn);
                adam.apply(p.bEnc, g.bEnc, m.bEnc, v.bEnc, j, j + 1);
                adam.apply(p.wDec, g.wDec, m.wDec, v.wDec, row, row + dIn);
                if (unitNorm) {
                    Parameters.normalize(p.wDec, row, dIn);
                }
            }
        });
        adam.apply(p.bDec, g.bDec, m.bDec, v.bDec, 0, dIn);
    }

    /** g ← g − (g·a / a·a) a on one atom a. */
    static void projectOut(float[] gradient, float[] atoms, int row, int dIn) {
        double dot = 0;
        double norm = 0;
        for (int c = 0; c < dIn; c++) {
            dot += (double) gradient[row + c] * atoms[row + c];
            norm += (double) atoms[row + c] * atoms[row + c];
        }
        if (norm > 0) {
            float f = (float) (dot / norm);
            for (int c = 0; c < dIn; c++) {
                gradient[row + c] -= f * atoms[row + c];
            }
        }
    }
}
