package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
 * SAE training keeps its arithmetic when the parallel loops change hands: small TopK (with AuxK)
 * and ReLU+L1 autoencoders, sized so that every parallel loop of a training step (TopK
 * selection, decoding, the per-latent gradient) really runs in chunks, are trained and the SHA-256
 * of their parameters' float bits compared with the digests below, printed by {@link #main} with
 * the code before the parallel loops moved to {@code ParallelRanges} (then
 * {@code sae.internal.Chunks}). The digests hold for the processor count and processor model that
 * wrote them (OpenBLAS chooses its kernels by processor); elsewhere the test checks that two
 * trainings in one process agree bit for bit.
 */
class SaeBitIdentityTest {

    /** The processors of the machine that wrote {@link #FORMER_DIGESTS}. */
    private static final int FIXTURE_PROCESSORS = 2;

    /** The processor model of the machine that wrote {@link #FORMER_DIGESTS}. */
    private static final String FIXTURE_CPU = "AMD EPYC";

    /** SHA-256 of the parameters' bits as the former code trained them, by architecture and name. */
    private static final Map<String, String> FORMER_DIGESTS = Map.of(
            "topk.wEnc", "37d4a150d961ae9c026a4f8ea247bf26df033ae6fd99b5505071f42c9eb9a0a5",
            "topk.bEnc", "f611fc70180d67fcdf9e07be9eb8921d9f0ede5945c66ded6d3db8260d926cff",
            "topk.wDec", "bbd11047a898005452db7a6f5c3a98d490050a487c9ff0544ad99fcf0863485f",
            "topk.bDec", "ebd1b09f270cfe380230e18e5ddefe7223cd7bdc96d0c7cec6c0ed5ae733c3da",
            "relu-l1.wEnc", "e6fcdbf83c3b9c52bfd1394be633602bd5fb356a64fd9f647c99cb709998f284",
            "relu-l1.bEnc", "7546beb462f74c09ecebd1e5d76ed1c046ac95e3f57b9bf8f4cc9f3d3fe6f699",
            "relu-l1.wDec", "a23ff1c9703067d3dbb4badf15a366828326ddf831e2ab53aabe6e226b87bb39",
            "relu-l1.bDec", "c3edc214024185e1eb59384da7a6948c4d66fa64a98bef8bd0552c452e15f152");

    @Test
    void topKTrainingMatchesTheDigestsOfTheFormerCode() {
        check("topk");
    }

    @Test
    void reluL1TrainingMatchesTheDigestsOfTheFormerCode() {
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
        Map<String, String> actual = train(configFor(name));
        boolean sameMachine = Runtime.getRuntime().availableProcessors() == FIXTURE_PROCESSORS
                && FIXTURE_CPU.equals(cpuModel());
        if (!sameMachine) {
            // no digests for this machine: at least the training is reproducible here
            assertEquals(actual, train(configFor(name)), "two trainings differ");
            return;
        }
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            assertEquals(FORMER_DIGESTS.get(name + "." + entry.getKey()), entry.getValue(),
                    name + " " + entry.getKey() + " differs from the former code's bits");
        }
    }

    private static SaeTrainingConfig configFor(String name) {
        return "topk".equals(name)
                ? SaeTrainingConfig.builder(SaeRecipe.GAO).latents(256).k(8).steps(40).batchSize(256)
                        .learningRate(3e-3).kAux(32).auxKDeadSteps(5).seed(11).build()
                : SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture("relu-l1").latents(256).steps(40)
                        .batchSize(256).learningRate(3e-3).seed(12).build();
    }

    /** @return the processor model from /proc/cpuinfo, or the architecture elsewhere */
    static String cpuModel() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
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

    /**
     * Prints the machine and the digests of the current code, the lines behind
     * {@link #FORMER_DIGESTS}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        out.append("processors=").append(Runtime.getRuntime().availableProcessors()).append('\n');
        out.append("cpu=").append(cpuModel()).append('\n');
        for (String name : new String[] { "topk", "relu-l1" }) {
            train(configFor(name)).forEach((k, v) -> out.append(name).append('.').append(k).append('=').append(v)
                    .append('\n'));
        }
        System.out.print(out);
    }
}
