package org.repalign.io.tests.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sae.RepAlignTrainingInfo;
import org.repalign.io.sae.SaeLensArchitecture;
import org.repalign.io.sae.SaeLensConfig;
import org.repalign.io.sae.SaeLensFolder;
import org.repalign.io.sae.SaeWeights;
import org.repalign.io.write.SafetensorsWriter;

class SaeLensFolderTest {

    private static final int D_IN = 3;
    private static final int D_SAE = 4;

    @TempDir
    Path dir;

    private static float[] ramp(int n, float scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (i - n / 2f) * scale;
        }
        return values;
    }

    private static SaeWeights weights(boolean threshold) {
        return new SaeWeights(D_IN, D_SAE, ramp(12, 0.5f), ramp(4, 0.1f), ramp(12, -0.25f), ramp(3, 2f),
                threshold ? ramp(4, 0.01f) : null);
    }

    private static RepAlignTrainingInfo training() {
        return new RepAlignTrainingInfo("l2prh", "topk", 1, 50_000, "centered", 1.75,
                Map.of("batch_size", 2048L, "lr", 4e-4, "auxk", false));
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path writeTopK() throws IOException {
        Path out = dir.resolve("sae");
        new SaeLensFolder(SaeLensConfig.of(SaeLensArchitecture.TOPK, D_IN, D_SAE, 2, training()), weights(false))
                .write(out, false);
        return out;
    }

    private static RepresentationFileException readFails(Path folder) {
        return assertThrows(RepresentationFileException.class, () -> SaeLensFolder.read(folder));
    }

    @Test
    void topkRoundTrip() throws IOException {
        Path out = writeTopK();
        assertEquals(List.of("cfg.json", "sae_weights.safetensors"), names(out));
        SaeLensFolder read = SaeLensFolder.read(out);
        SaeWeights w = read.weights();
        assertArrayEquals(weights(false).wEnc(), w.wEnc());
        assertArrayEquals(weights(false).bEnc(), w.bEnc());
        assertArrayEquals(weights(false).wDec(), w.wDec());
        assertArrayEquals(weights(false).bDec(), w.bDec());
        assertNull(w.threshold());
        assertEquals(SaeLensArchitecture.TOPK, read.config().architecture());
        assertEquals(2, read.config().k());
        assertEquals(training(), read.config().repalign());
        String cfg = Files.readString(out.resolve("cfg.json"));
        assertTrue(cfg.contains("\"architecture\": \"topk\""), cfg);
        assertTrue(cfg.contains("\"sae_lens_version\": \"6.0.0\""), cfg);
    }

    @Test
    void jumpReluAndStandardRoundTrip() throws IOException {
        Path jump = dir.resolve("jump");
        new SaeLensFolder(SaeLensConfig.of(SaeLensArchitecture.JUMPRELU, D_IN, D_SAE, null, null), weights(true))
                .write(jump, false);
        assertArrayEquals(weights(true).threshold(), SaeLensFolder.read(jump).weights().threshold());
        Path standard = dir.resolve("standard");
        new SaeLensFolder(SaeLensConfig.of(SaeLensArchitecture.STANDARD, D_IN, D_SAE, null, null), weights(false))
                .write(standard, false);
        SaeLensFolder read = SaeLensFolder.read(standard);
        assertEquals(SaeLensArchitecture.STANDARD, read.config().architecture());
        assertNull(read.config().repalign());
    }

    @Test
    void readsAFolderInSaeLensSixLayout() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("from-saelens"));
        Files.writeString(folder.resolve("cfg.json"), "{\"d_in\": 3, \"d_sae\": 4, \"dtype\": \"float32\", "
                + "\"device\": \"cpu\", \"apply_b_dec_to_input\": true, \"normalize_activations\": \"none\", "
                + "\"reshape_activations\": \"none\", \"metadata\": {\"sae_lens_version\": \"6.5.0\", "
                + "\"model_name\": \"gpt2\", \"hook_name\": \"blocks.8.hook_resid_pre\", \"prepend_bos\": true}, "
                + "\"k\": 2, \"rescale_acts_by_decoder_norm\": true, \"architecture\": \"topk\"}");
        SaeWeights w = weights(false);
        new SafetensorsWriter().addF32("W_dec", w.wDec(), 4, 3).addF32("W_enc", w.wEnc(), 3, 4)
                .addF32("b_dec", w.bDec(), 3).addF32("b_enc", w.bEnc(), 4).write(folder.resolve("sae_weights.safetensors"));
        SaeLensFolder read = SaeLensFolder.read(folder);
        assertEquals("blocks.8.hook_resid_pre", read.config().hookName());
        assertEquals("gpt2", read.config().modelName());
        assertTrue(read.config().rescaleActsByDecoderNorm());
        assertArrayEquals(w.wDec(), read.weights().wDec());
    }

    @Test
    void missingConfigFieldNamesFileAndField() throws IOException {
        Path out = writeTopK();
        Path cfg = out.resolve("cfg.json");
        Files.writeString(cfg, Files.readString(cfg).replace("\"d_sae\"", "\"d_sae_renamed\""));
        assertEquals("cfg.json: field 'd_sae' is missing", readFails(out).getMessage());
        Files.writeString(cfg, "{\"architecture\": \"topk\", \"d_in\": 3, \"d_sae\": 4}");
        assertEquals("cfg.json: field 'k' is missing", readFails(out).getMessage());
        Files.writeString(cfg, "{\"architecture\": \"gated\", \"d_in\": 3, \"d_sae\": 4}");
        assertTrue(readFails(out).getMessage().startsWith("cfg.json: architecture 'gated' is not supported"));
        Files.writeString(cfg, "{\"architecture\": \"standard\", \"d_in\": \"3\", \"d_sae\": 4}");
        assertEquals("cfg.json: field 'd_in' holds \"3\", not an integer", readFails(out).getMessage());
        Files.writeString(cfg, "{\"architecture\": \"standard\", \"d_in\": 3, \"d_sae\": 4, \"repalign\": {}}");
        assertEquals("cfg.json: field 'repalign.recipe' is missing", readFails(out).getMessage());
        Files.delete(cfg);
        assertEquals("cfg.json: does not exist", readFails(out).getMessage());
    }

    @Test
    void wrongTensorShapeNamesTensorAndBothShapes() throws IOException {
        Path out = writeTopK();
        SaeWeights w = weights(false);
        new SafetensorsWriter().addF32("W_enc", w.wEnc(), 4, 3).addF32("b_enc", w.bEnc(), 4)
                .addF32("W_dec", w.wDec(), 4, 3).addF32("b_dec", w.bDec(), 3)
                .write(out.resolve("sae_weights.safetensors"));
        assertEquals("sae_weights.safetensors: tensor 'W_enc' has shape [4, 3] but cfg.json (d_in, d_sae) "
                + "requires [3, 4]", readFails(out).getMessage());
        new SafetensorsWriter().addF32("W_enc", w.wEnc(), 3, 4).write(out.resolve("sae_weights.safetensors"));
        assertTrue(readFails(out).getMessage().startsWith("sae_weights.safetensors: has no tensor 'b_enc'"));
    }

    @Test
    void corruptHeadersAreClearErrors() throws IOException {
        Path out = writeTopK();
        Path weightsFile = out.resolve("sae_weights.safetensors");
        byte[] json = "{\"W_enc\": nope}".getBytes(StandardCharsets.US_ASCII);
        Files.write(weightsFile, ByteBuffer.allocate(8 + json.length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(json.length).put(json).array());
        String message = readFails(out).getMessage();
        assertTrue(message.startsWith("sae_weights.safetensors: header is not valid JSON"), message);
        Files.write(weightsFile, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1_000_000).array());
        assertEquals("sae_weights.safetensors: header length 1000000 runs past the end of the file (16 bytes)",
                readFails(out).getMessage());
        byte[] good = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0).array();
        Files.write(weightsFile, java.util.Arrays.copyOf(good, 5));
        assertTrue(readFails(out).getMessage().contains("too few"));
    }

    @Test
    void truncatedDataIsAClearError() throws IOException {
        Path out = writeTopK();
        Path weightsFile = out.resolve("sae_weights.safetensors");
        byte[] bytes = Files.readAllBytes(weightsFile);
        Files.write(weightsFile, java.util.Arrays.copyOf(bytes, bytes.length - 4));
        String message = readFails(out).getMessage();
        assertTrue(message.startsWith("sae_weights.safetensors: ") && message.contains("truncated"), message);
    }

    @Test
    void failedFolderWritesLeaveNothingBehind() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        SaeLensFolder sae = new SaeLensFolder(SaeLensConfig.of(SaeLensArchitecture.TOPK, D_IN, D_SAE, 2, null),
                weights(false));
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> sae.write(blocker.resolve("sae"), false));
        assertTrue(e.getMessage().startsWith("sae: could not be written"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(List.of("blocker"), names(dir));

        Path existing = writeTopK();
        RepresentationFileException refused = assertThrows(RepresentationFileException.class,
                () -> sae.write(existing, false));
        assertEquals("sae: already exists and is not empty", refused.getMessage());
        assertEquals(training(), SaeLensFolder.read(existing).config().repalign());
        sae.write(existing, true);
        assertNull(SaeLensFolder.read(existing).config().repalign());
        assertEquals(List.of("blocker", "sae"), names(dir));
    }

    @Test
    void inconsistentInMemoryValuesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SaeWeights(D_IN, D_SAE, new float[11], new float[4], new float[12], new float[3], null));
        assertThrows(IllegalArgumentException.class, () -> SaeLensConfig.of(SaeLensArchitecture.TOPK, 3, 4, 5, null));
        assertThrows(IllegalArgumentException.class, () -> new SaeLensFolder(
                SaeLensConfig.of(SaeLensArchitecture.JUMPRELU, D_IN, D_SAE, null, null), weights(false)));
    }
}
