package org.repalign.io.tests.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SaeTrainingState;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sae.RepAlignTrainingInfo;
import org.repalign.io.sae.SaeModels;

class SaeModelsTest {

    @TempDir
    Path folder;

    /**
     * A TopK SAE with k = 1, W_enc = W_dec = I, b_enc = 0, b_dec = (0.5, 0), written byte by byte.
     * On X = [[2, 1], [0, 3], [1, 0.25]]:
     * <pre>
     *   x − b_dec        = [1.5, 1]   [−0.5, 3]   [0.5, 0.25]
     *   top-1 of ReLU    = [1.5, 0]   [0, 3]      [0.5, 0]
     *   x̂ = z + b_dec    = [2, 0]     [0.5, 3]    [1, 0]
     *   ‖x − x̂‖²         = 1          0.25        0.0625        sum 1.3125
     *   x̄ = (1, 17/12);  Σ‖x − x̄‖² = (1 + 25/144) + (1 + 361/144) + (0 + 196/144) = 145/24
     *   FVU = 1.3125 / (145/24) = 63/290;  L0 = 1;  mean ‖x − x̂‖ = (1 + 0.5 + 0.25)/3 = 7/12
     *   NMSE = (1/5 + 0.25/9 + 0.0625/1.0625)/3
     * </pre>
     */
    @Test
    void handBuiltFolderLoadsAndEvaluatesToHandComputedValues() throws IOException {
        Path sae = folder.resolve("sae");
        Files.createDirectories(sae);
        Files.writeString(sae.resolve("cfg.json"),
                "{\"architecture\": \"topk\", \"d_in\": 2, \"d_sae\": 2, \"k\": 1, \"dtype\": \"float32\","
                        + " \"apply_b_dec_to_input\": true, \"normalize_activations\": \"none\"}");
        String header = "{\"W_enc\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
                + "\"b_enc\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[16,24]},"
                + "\"W_dec\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[24,40]},"
                + "\"b_dec\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[40,48]}}";
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(8 + json.length + 48).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(json.length).put(json);
        for (float value : new float[] { 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0.5f, 0 }) {
            bytes.putFloat(value);
        }
        Files.write(sae.resolve("sae_weights.safetensors"), bytes.array());

        SparseAutoencoder model = SaeModels.read(sae);
        assertEquals("topk", model.architecture().id());
        assertEquals(1, model.k());
        DenseMatrix x = DenseMatrix.of(new double[][] { { 2, 1 }, { 0, 3 }, { 1, 0.25 } });
        SaeEvaluation evaluation = SaeEvaluator.evaluate(model, x);
        assertEquals(63.0 / 290.0, evaluation.fvu(), 1e-6);
        assertEquals(1.0, evaluation.l0(), 1e-12);
        assertEquals(7.0 / 12.0, evaluation.meanL2Residual(), 1e-6);
        assertEquals((0.2 + 0.25 / 9 + 0.0625 / 1.0625) / 3, evaluation.nmse(), 1e-6);
    }

    @Test
    void savedFolderReadsBackTheSameAutoencoder() throws IOException {
        float[] wEnc = { 0.5f, -1, 2, 0.25f, 1, 0 };
        float[] wDec = { 1, 0, 0, 1, 0.5f, 0.5f };
        SparseAutoencoder original = SparseAutoencoder.of("batchtopk", 2, 3, 2, wEnc, new float[] { 0, 0.1f, 0 }, wDec,
                new float[] { 0.25f, -0.5f }, new float[] { 0.1f, 0.2f, 0.3f }, 1.0);
        RepAlignTrainingInfo info = new RepAlignTrainingInfo("gao", "batchtopk", 7, 100, "raw", null, Map.of("k", 2));
        Path sae = folder.resolve("saved");
        SaeModels.toFolder(original, info).write(sae, false);
        assertTrue(Files.readString(sae.resolve("cfg.json")).contains("\"jumprelu\""));
        SparseAutoencoder read = SaeModels.read(sae);
        assertEquals("batchtopk", read.architecture().id());
        assertArrayEquals(wEnc, read.wEnc());
        assertArrayEquals(wDec, read.wDec());
        assertArrayEquals(original.threshold(), read.threshold());
        assertArrayEquals(original.bDec(), read.bDec());
    }

    @Test
    void missingFolderIsNamed() {
        Path sae = folder.resolve("missing");
        RepresentationFileException error = assertThrows(RepresentationFileException.class, () -> SaeModels.read(sae));
        assertTrue(error.getMessage().startsWith("missing"), error.getMessage());
    }

    @Test
    void checkpointRoundTripsAndChecksSettings() throws IOException {
        float[][] first = { { 1, 2, 3, 4, 5, 6 }, { 7, 8, 9 }, { -1, -2, -3, -4, -5, -6 }, { 0.5f, 0.25f } };
        float[][] second = { { 6, 5, 4, 3, 2, 1 }, { 9, 8, 7 }, { 1, 1, 1, 1, 1, 1 }, { 2, 2 } };
        SaeTrainingState state = new SaeTrainingState(2, 3, 42, 0x1234_5678_9abcL, 0.75f, 1.5f,
                new float[] { 1, 0, 0, 0, 1, 0 }, new float[] { 0, 0.5f, 0 }, new float[] { 1, 0, 0, 1, 1, 1 },
                new float[] { 0.1f, 0.2f }, first, second, new int[] { 0, 3, 1 }, new int[] { 40, 41, 2 });
        Path file = folder.resolve("checkpoint.safetensors");
        SaeModels.writeCheckpoint(file, state, Map.of("steps", "100", "k", "2"));
        SaeTrainingState read = SaeModels.readCheckpoint(file, Map.of("steps", "100", "k", "2"));
        assertEquals(42, read.step());
        assertEquals(0x1234_5678_9abcL, read.rngState());
        assertEquals(0.75f, read.threshold());
        assertEquals(1.5f, read.inputScale());
        assertArrayEquals(state.wDec(), read.wDec());
        assertArrayEquals(state.firedSinceCheck(), read.firedSinceCheck());
        assertArrayEquals(state.lastFiredStep(), read.lastFiredStep());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(first[i], read.firstMoments()[i]);
            assertArrayEquals(second[i], read.secondMoments()[i]);
        }
        RepresentationFileException error = assertThrows(RepresentationFileException.class,
                () -> SaeModels.readCheckpoint(file, Map.of("steps", "200")));
        assertTrue(error.getMessage().contains("steps = 100") && error.getMessage().contains("200"), error.getMessage());
    }
}
