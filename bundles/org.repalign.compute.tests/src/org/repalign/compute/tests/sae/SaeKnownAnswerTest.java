package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SaeTrainingListener;
import org.repalign.compute.sae.SparseAutoencoder;

/**
 * Recovery of a planted sparse dictionary (d = 32, m = 64 unit atoms, k = 4 non-negative
 * coefficients per row): for at least 90 % of the true atoms the best learned atom has cosine
 * above 0.9.
 */
class SaeKnownAnswerTest {

    private static final int D = 32;
    private static final int M = 64;
    private static final int K = 4;
    private static final int STEPS = 2000;
    private static final double LR = 3e-3;

    @Test
    void topKL2prhRecoversThePlantedDictionary() {
        SaeTestData.Planted planted = SaeTestData.planted(D, M, K, 8192, 3);
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(256).k(K).steps(3000)
                .batchSize(256).learningRate(LR).resampleInterval(250).seed(1).build();
        SaeTrainer trainer = new SaeTrainer(planted.rows(), cfg);
        trainer.train(SaeTrainingListener.NONE, () -> false);
        SparseAutoencoder sae = trainer.autoencoder();
        double recovered = recoveredShare(planted.atoms(), sae.wDec(), sae.dSae());
        // 4x overcomplete: uniform-row resampling (L2PRH) needs spare latents to cover every atom
        SaeEvaluation eval = SaeEvaluator.evaluate(sae, planted.rows());
        assertTrue(recovered >= 0.9, "recovered " + recovered + ", fvu " + eval.fvu());
        assertTrue(eval.fvu() < 0.1, "fvu " + eval.fvu());
        assertTrue(eval.l0() <= K + 1e-12);
    }

    @Test
    void gaoRecipeRecoversThePlantedDictionary() {
        SaeTestData.Planted planted = SaeTestData.planted(D, M, K, 8192, 4);
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.GAO).latents(128).k(K).steps(STEPS)
                .batchSize(256).learningRate(LR).kAux(16).auxKDeadSteps(50).seed(1).build();
        SaeTrainer trainer = new SaeTrainer(planted.rows(), cfg);
        trainer.train(SaeTrainingListener.NONE, () -> false);
        double recovered = recoveredShare(planted.atoms(), trainer.autoencoder().wDec(), 128);
        assertTrue(recovered >= 0.9, "recovered " + recovered);
    }

    /** Share of true atoms whose best learned atom has cosine above 0.9. */
    static double recoveredShare(double[][] atoms, float[] wDec, int dSae) {
        int d = atoms[0].length;
        int hits = 0;
        for (double[] atom : atoms) {
            double best = -1;
            for (int j = 0; j < dSae; j++) {
                double dot = 0;
                double norm = 0;
                for (int c = 0; c < d; c++) {
                    dot += atom[c] * wDec[j * d + c];
                    norm += (double) wDec[j * d + c] * wDec[j * d + c];
                }
                if (norm > 0) {
                    best = Math.max(best, dot / Math.sqrt(norm));
                }
            }
            if (best > 0.9) {
                hits++;
            }
        }
        return (double) hits / atoms.length;
    }
}
