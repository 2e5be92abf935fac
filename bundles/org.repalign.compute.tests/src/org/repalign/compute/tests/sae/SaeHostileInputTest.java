package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.sae.SaeArchitectures;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SaeTrainingState;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.compute.sae.TopKArchitecture;

/** Bad parameters and data fail with an IllegalArgumentException that names what is wrong. */
class SaeHostileInputTest {

    private static void assertNames(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should name " + expected);
    }

    @Test
    void kOutOfRange() {
        assertNames("k = 9 exceeds latents", () -> SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(8).k(9).build());
        assertNames("k must be positive", () -> SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(8).k(0).build());
        SparseAutoencoder t = SaeEvaluationTest.tiny();
        assertNames("k must lie in", () -> SparseAutoencoder.of("topk", 2, 3, 0, t.wEnc(), t.bEnc(), t.wDec(),
                t.bDec(), null, 1));
        assertNames("k must lie in", () -> SparseAutoencoder.of("topk", 2, 3, 4, t.wEnc(), t.bEnc(), t.wDec(),
                t.bDec(), null, 1));
        // k does not apply to ReLU+L1
        SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture("relu-l1").latents(8).k(0).build();
    }

    @Test
    void nanRows() {
        DenseMatrix bad = DenseMatrix.of(new double[][] {{1, 2}, {Double.NaN, 0}, {0, 1}});
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(3).k(1).steps(2).batchSize(2).build();
        assertNames("data: row 1", () -> new SaeTrainer(bad, cfg));
        assertNames("data: row 1", () -> SaeEvaluationTest.tiny().encode(bad));
        assertNames("data: row 1", () -> SaeEvaluator.evaluate(SaeEvaluationTest.tiny(), bad));
        DenseMatrix inf = DenseMatrix.of(new double[][] {{1, 2}, {0, Double.POSITIVE_INFINITY}});
        assertNames("data: row 1", () -> new SaeTrainer(inf, cfg));
    }

    @Test
    void dInMismatch() {
        DenseMatrix three = DenseMatrix.of(new double[][] {{1, 2, 3}});
        assertNames("d_in", () -> SaeEvaluationTest.tiny().encode(three));
        assertNames("d_in", () -> SaeEvaluator.evaluate(SaeEvaluationTest.tiny(), three));
        DenseMatrix two = DenseMatrix.of(new double[][] {{1, 2}, {3, 4}});
        SaeTrainingConfig cfg = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(3).k(1).steps(2).batchSize(2).build();
        SaeTrainingState state = new SaeTrainer(two, cfg).snapshot();
        assertNames("d_in", () -> new SaeTrainer(three, cfg, state));
    }

    @Test
    void badShapesAndSettings() {
        SparseAutoencoder t = SaeEvaluationTest.tiny();
        assertNames("W_dec has 5 values", () -> SparseAutoencoder.of("topk", 2, 3, 1, t.wEnc(), t.bEnc(),
                new float[5], t.bDec(), null, 1));
        assertNames("threshold", () -> SparseAutoencoder.of("batchtopk", 2, 3, 1, t.wEnc(), t.bEnc(), t.wDec(),
                t.bDec(), new float[2], 1));
        assertNames("architecture: unknown id 'gated'", () -> SaeArchitectures.get("gated"));
        assertNames("already registered", () -> SaeArchitectures.register(new TopKArchitecture()));
        assertNames("recipe", () -> SaeRecipe.of("adam-only"));
        assertNames("batchSize", () -> SaeTrainingConfig.builder(SaeRecipe.GAO).latents(8).k(2).batchSize(0).build());
        assertNames("learningRate", () -> SaeTrainingConfig.builder(SaeRecipe.GAO).latents(8).k(2)
                .learningRate(Double.NaN).build());
        assertNames("steps", () -> SaeTrainingConfig.builder(SaeRecipe.GAO).latents(8).k(2).steps(-1).build());
    }
}
