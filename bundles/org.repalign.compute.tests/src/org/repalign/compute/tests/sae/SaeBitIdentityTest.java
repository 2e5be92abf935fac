package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SaeTrainingListener;
import org.repalign.compute.sae.SparseAutoencoder;

/**
 * SAE training is reproducible: small TopK (with AuxK) and ReLU+L1 autoencoders, sized so that
 * every parallel loop of a training step (TopK selection, decoding, g_pre per row, the gradient
 * rows per latent, the optimiser per latent) really runs in chunks, are trained twice in one
 * process and the SHA-256 of their parameters' float bits compared. The loops split rows or
 * latents whose arithmetic does not depend on the split, so any difference means a loop's result
 * depends on scheduling.
 */
class SaeBitIdentityTest {

    @Test
    void topKTrainingIsReproducibleBitForBit() {
        check("topk");
    }

    @Test
    void reluL1TrainingIsReproducibleBitForBit() {
        check("relu-l1");
    }

    /** @return the digests of the trained parameters, by name */
    static Map<String, String> train(SaeTrainingConfig config) {
        SaeTestData.Planted planted = SaeTestData.planted(64, 96, 8, 2048, 5);
        SaeTrainer trainer = new SaeTrainer(planted.rows(), config);
        trainer.train(SaeTrainingListener.NONE, () -> false);
        SparseAutoencoder sae = trainer.autoencoder();
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put("wEnc", digest(sae.wEnc()));
        digests.put("bEnc", digest(sae.bEnc()));
        digests.put("wDec", digest(sae.wDec()));
        digests.put("bDec", digest(sae.bDec()));
        return digests;
    }

    private static void check(String name) {
        Map<String, String> first = train(configFor(name));
        for (int repeat = 0; repeat < 2; repeat++) {
            assertEquals(first, train(configFor(name)), name + ": two trainings differ");
        }
    }

    private static SaeTrainingConfig configFor(String name) {
        return "topk".equals(name)
                ? SaeTrainingConfig.builder(SaeRecipe.GAO).latents(256).k(8).steps(40).batchSize(256)
                        .learningRate(3e-3).kAux(32).auxKDeadSteps(5).seed(11).build()
                : SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture("relu-l1").latents(256).steps(40)
                        .batchSize(256).learningRate(3e-3).seed(12).build();
    }

    private static String digest(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
        for (float value : values) {
            bytes.putInt(Float.floatToRawIntBits(value));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
