package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.compute.sae.SaeTrainingState;

/** Interrupted and resumed training equals uninterrupted training, bit for bit. */
class SaeResumeTest {

    @Test
    void topKL2prhWithResamplingResumesExactly() {
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(48).k(3).steps(120).batchSize(64)
                .resampleInterval(20).learningRate(2e-3).seed(7).scaleInputs(true).build();
        assertResumeExact(cfg, 50);
    }

    @Test
    void batchTopKGaoWithAuxKResumesExactly() {
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.GAO).architecture("batchtopk").latents(48).k(3)
                .steps(90).batchSize(64).kAux(8).auxKDeadSteps(5).seed(9).build();
        assertResumeExact(cfg, 37);
    }

    @Test
    void reluL1ResumesExactly() {
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture("relu-l1").latents(24)
                .steps(40).batchSize(32).l1Coefficient(0.05).resampleInterval(10).seed(3).build();
        assertResumeExact(cfg, 13);
    }

    @Test
    void cancellationLeavesAResumableTrainer() {
        DenseMatrix data = SaeTestData.gaussianRows(300, 12, 5);
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(24).k(2).steps(30).batchSize(16)
                .logInterval(5).build();
        SaeTrainer trainer = new SaeTrainer(data, cfg);
        List<SaeTrainingProgress> curve = new ArrayList<>();
        int[] polls = {0};
        assertThrows(CancellationException.class, () -> trainer.train(curve::add, () -> ++polls[0] > 12));
        assertEquals(12, trainer.step());
        assertEquals(2, curve.size());
        assertEquals(10, curve.get(1).step());
        assertTrue(curve.get(1).l0() <= 2 && curve.get(1).fvu() > 0);
        SaeTrainer resumed = new SaeTrainer(data, cfg, trainer.snapshot());
        resumed.train(null, null);
        assertTrue(resumed.finished());
        assertFalse(Double.isNaN(resumed.autoencoder().wDec()[0]));
    }

    private static void assertResumeExact(SaeTrainingConfig cfg, int split) {
        DenseMatrix data = SaeTestData.gaussianRows(500, 16, 21);
        SaeTrainer whole = new SaeTrainer(data, cfg);
        whole.train(null, () -> false);

        SaeTrainer first = new SaeTrainer(data, cfg);
        assertEquals(split, first.train(split, null, () -> false));
        SaeTrainingState saved = copy(first.snapshot());
        SaeTrainer second = new SaeTrainer(data, cfg, saved);
        second.train(null, () -> false);

        SaeTrainingState a = whole.snapshot();
        SaeTrainingState b = second.snapshot();
        assertEquals(cfg.steps(), a.step());
        assertEquals(a.step(), b.step());
        assertEquals(a.rngState(), b.rngState());
        assertEquals(Float.floatToRawIntBits(a.threshold()), Float.floatToRawIntBits(b.threshold()));
        assertBits(a.wEnc(), b.wEnc(), "W_enc");
        assertBits(a.bEnc(), b.bEnc(), "b_enc");
        assertBits(a.wDec(), b.wDec(), "W_dec");
        assertBits(a.bDec(), b.bDec(), "b_dec");
        for (int i = 0; i < 4; i++) {
            assertBits(a.firstMoments()[i], b.firstMoments()[i], "m" + i);
            assertBits(a.secondMoments()[i], b.secondMoments()[i], "v" + i);
        }
        assertEquals(java.util.Arrays.toString(a.firedSinceCheck()), java.util.Arrays.toString(b.firedSinceCheck()));
        assertEquals(java.util.Arrays.toString(a.lastFiredStep()), java.util.Arrays.toString(b.lastFiredStep()));
        // the run must have moved away from the split point
        assertFalse(java.util.Arrays.equals(saved.wDec(), b.wDec()));
    }

    /** Rebuilds a state from its getters alone, as storage would. */
    private static SaeTrainingState copy(SaeTrainingState s) {
        return new SaeTrainingState(s.dIn(), s.dSae(), s.step(), s.rngState(), s.threshold(), s.inputScale(), s.wEnc(),
                s.bEnc(), s.wDec(), s.bDec(), s.firstMoments(), s.secondMoments(), s.firedSinceCheck(),
                s.lastFiredStep());
    }

    private static void assertBits(float[] expected, float[] actual, String name) {
        assertEquals(expected.length, actual.length, name);
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                throw new AssertionError(name + "[" + i + "]: " + expected[i] + " != " + actual[i]);
            }
        }
    }
}
