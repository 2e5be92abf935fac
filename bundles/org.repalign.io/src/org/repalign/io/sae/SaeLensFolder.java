package org.repalign.io.sae;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.NameLists;
import org.repalign.io.internal.SafetensorsFile;
import org.repalign.io.internal.SafetensorsFile.TensorInfo;
import org.repalign.io.write.AtomicFiles;
import org.repalign.io.write.SafetensorsWriter;

/**
 * An SAE stored as a SAELens folder: {@value #WEIGHTS_FILE} with the tensors of
 * {@link SaeWeights} (float32; {@code threshold} for JumpReLU only) and {@value #CONFIG_FILE}
 * ({@link SaeLensConfig}). Folders written by SAELens 6 for the topk, jumprelu and standard
 * architectures are read (tensors of dtype F16, BF16 or F64 are converted to float, an older
 * JumpReLU's {@code log_threshold} becomes {@code threshold}, other extra tensors are ignored);
 * folders written here load with {@code SAE.load_from_disk}.
 *
 * @param config  the configuration
 * @param weights the parameters, whose dimensions match the configuration's
 */
public record SaeLensFolder(SaeLensConfig config, SaeWeights weights) {

    /** The weights file's name. */
    public static final String WEIGHTS_FILE = "sae_weights.safetensors";
    /** The configuration file's name. */
    public static final String CONFIG_FILE = "cfg.json";

    /**
     * Checks that configuration and weights agree.
     *
     * @throws IllegalArgumentException when d_in or d_sae differ, or a threshold is missing for
     *                                  JumpReLU or present for another architecture
     */
    public SaeLensFolder {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(weights, "weights");
        if (config.dIn() != weights.dIn() || config.dSae() != weights.dSae()) {
            throw new IllegalArgumentException("configuration is " + config.dIn() + " x " + config.dSae()
                    + " but the weights are " + weights.dIn() + " x " + weights.dSae());
        }
        boolean jump = config.architecture() == SaeLensArchitecture.JUMPRELU;
        if (jump != (weights.threshold() != null)) {
            throw new IllegalArgumentException(jump ? "jumprelu needs a threshold tensor"
                    : config.architecture().saeLensName() + " takes no threshold tensor");
        }
    }

    /**
     * Writes the folder atomically: it appears complete or not at all.
     *
     * @param folder  the folder to create
     * @param replace whether an existing non-empty folder may be replaced
     * @throws RepresentationFileException naming the folder when it exists and may not be
     *                                     replaced or cannot be written; nothing is left behind
     */
    public void write(Path folder, boolean replace) throws RepresentationFileException {
        AtomicFiles.writeFolder(folder, replace, this::writeFiles);
    }

    /**
     * Writes {@code cfg.json} and {@code sae_weights.safetensors} into an existing folder, e.g.
     * the temporary folder of an {@link AtomicFiles#writeFolder} that also holds other files.
     *
     * @param folder an existing folder
     * @throws IOException when a file cannot be written
     */
    public void writeFiles(Path folder) throws IOException {
        SafetensorsWriter tensors = new SafetensorsWriter()
                .addF32(SaeWeights.W_ENC, weights.wEnc(), weights.shapeOf(SaeWeights.W_ENC))
                .addF32(SaeWeights.B_ENC, weights.bEnc(), weights.shapeOf(SaeWeights.B_ENC))
                .addF32(SaeWeights.W_DEC, weights.wDec(), weights.shapeOf(SaeWeights.W_DEC))
                .addF32(SaeWeights.B_DEC, weights.bDec(), weights.shapeOf(SaeWeights.B_DEC));
        if (weights.threshold() != null) {
            tensors.addF32(SaeWeights.THRESHOLD, weights.threshold(), weights.shapeOf(SaeWeights.THRESHOLD));
        }
        tensors.write(folder.resolve(WEIGHTS_FILE));
        Files.write(folder.resolve(CONFIG_FILE), config.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a folder.
     *
     * @param folder the folder
     * @return its configuration and weights
     * @throws RepresentationFileException naming the folder or the file and the problem: a
     *                                     missing file or field, a corrupt header, a missing
     *                                     tensor, a tensor whose shape disagrees with
     *                                     {@code cfg.json}
     */
    public static SaeLensFolder read(Path folder) throws RepresentationFileException {
        if (!Files.isDirectory(folder)) {
            throw new RepresentationFileException(folder, Files.exists(folder) ? "is not a folder" : "does not exist");
        }
        Path cfgFile = folder.resolve(CONFIG_FILE);
        SaeLensConfig config = SaeLensConfig.fromJson(readText(cfgFile), cfgFile);
        Path weightsFile = folder.resolve(WEIGHTS_FILE);
        SafetensorsFile file = SafetensorsFile.open(weightsFile);
        int dIn = config.dIn();
        int dSae = config.dSae();
        float[] wEnc = tensor(file, SaeWeights.W_ENC, new long[] { dIn, dSae });
        float[] bEnc = tensor(file, SaeWeights.B_ENC, new long[] { dSae });
        float[] wDec = tensor(file, SaeWeights.W_DEC, new long[] { dSae, dIn });
        float[] bDec = tensor(file, SaeWeights.B_DEC, new long[] { dIn });
        float[] threshold = null;
        if (config.architecture() == SaeLensArchitecture.JUMPRELU) {
            if (file.tensor(SaeWeights.THRESHOLD).isEmpty() && file.tensor("log_threshold").isPresent()) {
                threshold = tensor(file, "log_threshold", new long[] { dSae });
                for (int i = 0; i < threshold.length; i++) {
                    threshold[i] = (float) Math.exp(threshold[i]);
                }
            } else {
                threshold = tensor(file, SaeWeights.THRESHOLD, new long[] { dSae });
            }
        }
        return new SaeLensFolder(config, new SaeWeights(dIn, dSae, wEnc, bEnc, wDec, bDec, threshold));
    }

    private static float[] tensor(SafetensorsFile file, String name, long[] expected)
            throws RepresentationFileException {
        TensorInfo info = file.tensor(name).orElseThrow(() -> new RepresentationFileException(file.file(),
                "has no tensor '" + name + "'; it holds " + (file.tensors().isEmpty() ? "none"
                        : NameLists.summarize(java.util.List.copyOf(file.tensors().keySet())))));
        if (!Arrays.equals(info.shape(), expected)) {
            throw new RepresentationFileException(file.file(), "tensor '" + name + "' has shape " + info.shapeText()
                    + " but " + CONFIG_FILE + " (d_in, d_sae) requires " + Arrays.toString(expected));
        }
        return file.readFloats(info);
    }

    private static String readText(Path file) throws RepresentationFileException {
        FileChecks.requireReadableFile(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new RepresentationFileException(file, "is not valid UTF-8");
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }
}
