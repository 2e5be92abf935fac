package org.repalign.io.sae;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.repalign.compute.sae.SaeTrainingState;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.Checkpoint;
import org.repalign.io.write.CheckpointFile;

/**
 * Converts between the compute bundle's {@link SparseAutoencoder} / {@link SaeTrainingState} and
 * their files: a SAELens folder and a training checkpoint.
 *
 * <p>Architectures map as SAELens names them: RepAlign's {@code topk} is {@code topk},
 * {@code batchtopk} is saved as {@code jumprelu} with its learned thresholds (at inference a
 * BatchTopK SAE is a JumpReLU SAE), {@code relu-l1} is {@code standard}. A {@code jumprelu}
 * folder written elsewhere loads as a threshold SAE.
 */
public final class SaeModels {

    private SaeModels() {
    }

    /**
     * @param sae      the autoencoder
     * @param training RepAlign's training record
     * @return the SAELens folder content
     */
    public static SaeLensFolder toFolder(SparseAutoencoder sae, RepAlignTrainingInfo training) {
        String architecture = sae.architecture().id();
        SaeLensArchitecture saeLens = switch (architecture) {
            case "topk" -> SaeLensArchitecture.TOPK;
            case "batchtopk" -> SaeLensArchitecture.JUMPRELU;
            case "relu-l1" -> SaeLensArchitecture.STANDARD;
            default -> throw new IllegalArgumentException("architecture '" + architecture + "' has no SAELens form");
        };
        Integer k = saeLens == SaeLensArchitecture.TOPK ? sae.k() : null;
        SaeLensConfig config = SaeLensConfig.of(saeLens, sae.dIn(), sae.dSae(), k, training);
        return new SaeLensFolder(config, new SaeWeights(sae.dIn(), sae.dSae(), sae.wEnc(), sae.bEnc(), sae.wDec(),
                sae.bDec(), saeLens == SaeLensArchitecture.JUMPRELU ? sae.threshold() : null));
    }

    /**
     * Reads a SAELens folder (written by RepAlign or by SAELens) as an autoencoder.
     *
     * @param folder the folder
     * @return the autoencoder
     * @throws RepresentationFileException naming the folder or file and the problem
     */
    public static SparseAutoencoder read(Path folder) throws RepresentationFileException {
        SaeLensFolder saeFolder = SaeLensFolder.read(folder);
        SaeLensConfig config = saeFolder.config();
        SaeWeights weights = saeFolder.weights();
        RepAlignTrainingInfo training = config.repalign();
        double inputScale = training != null && training.inputScale() != null ? training.inputScale() : 1.0;
        String architecture;
        int k;
        switch (config.architecture()) {
            case TOPK -> {
                architecture = "topk";
                k = config.k();
            }
            case JUMPRELU -> {
                architecture = "batchtopk";
                Object stored = training == null ? null : training.settings().get("k");
                k = stored instanceof Number number ? number.intValue() : config.dSae();
            }
            default -> {
                architecture = "relu-l1";
                k = 0;
            }
        }
        try {
            return SparseAutoencoder.of(architecture, config.dIn(), config.dSae(), k, weights.wEnc(), weights.bEnc(),
                    weights.wDec(), weights.bDec(), weights.threshold(), inputScale);
        } catch (IllegalArgumentException e) {
            throw new RepresentationFileException(folder, e.getMessage(), e);
        }
    }

    /**
     * Writes a training checkpoint atomically.
     *
     * @param file     the checkpoint file
     * @param state    the trainer's state
     * @param settings the training settings the state belongs to, checked again on resume
     * @throws RepresentationFileException when it cannot be written
     */
    public static void writeCheckpoint(Path file, SaeTrainingState state, Map<String, String> settings)
            throws RepresentationFileException {
        writeCheckpoint(file, state, settings, List.of());
    }

    /**
     * Writes a training checkpoint atomically, with the history of the slices that trained it.
     *
     * @param file     the checkpoint file
     * @param state    the trainer's state
     * @param settings the training settings the state belongs to, checked again on resume
     * @param slices   one entry per run that trained it so far (steps, threads, versions), kept
     *                 as they are and not checked on resume
     * @throws RepresentationFileException when it cannot be written
     */
    public static void writeCheckpoint(Path file, SaeTrainingState state, Map<String, String> settings,
            List<Map<String, String>> slices) throws RepresentationFileException {
        int dIn = state.dIn();
        int dSae = state.dSae();
        Checkpoint.Builder builder = Checkpoint.builder()
                .scalar("d_in", dIn).scalar("d_sae", dSae).scalar("step", state.step())
                .scalar("rng_state", state.rngState()).scalar("threshold", state.threshold())
                .scalar("input_scale", state.inputScale())
                .floats("W_enc", state.wEnc(), dIn, dSae).floats("b_enc", state.bEnc(), dSae)
                .floats("W_dec", state.wDec(), dSae, dIn).floats("b_dec", state.bDec(), dIn)
                .longs("fired_since_check", widen(state.firedSinceCheck()), dSae)
                .longs("last_fired_step", widen(state.lastFiredStep()), dSae);
        float[][] first = state.firstMoments();
        float[][] second = state.secondMoments();
        for (int i = 0; i < first.length; i++) {
            builder.floats("adam_m_" + i, first[i], first[i].length).floats("adam_v_" + i, second[i], second[i].length);
        }
        builder.scalar("moments", first.length);
        settings.forEach((name, value) -> builder.scalar("setting." + name, value));
        builder.scalar("slices", slices.size());
        for (int i = 0; i < slices.size(); i++) {
            String prefix = "slice." + i + ".";
            slices.get(i).forEach((name, value) -> builder.scalar(prefix + name, value));
            builder.scalar(prefix + "fields", String.join(",", slices.get(i).keySet()));
        }
        CheckpointFile.write(file, builder.build());
    }

    /**
     * Reads a checkpoint and checks that it was written with the given settings.
     *
     * @param file     the checkpoint file
     * @param settings the settings of the run that resumes
     * @return the state to resume from
     * @throws RepresentationFileException when the file is unreadable or its settings differ
     */
    public static SaeTrainingState readCheckpoint(Path file, Map<String, String> settings)
            throws RepresentationFileException {
        Checkpoint checkpoint = CheckpointFile.read(file);
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String stored = checkpoint.optionalString("setting." + setting.getKey());
            if (stored == null) {
                throw new RepresentationFileException(file, "does not record " + setting.getKey()
                        + " (it was written by an earlier version), so resuming cannot check it; train again");
            }
            if (!stored.equals(setting.getValue())) {
                String advice = setting.getKey().startsWith("input")
                        ? "resume on the same input (a copy under another name is fine)"
                        : setting.getKey().equals("blas_threads")
                                ? "resume with " + stored + " BLAS threads (OMP_NUM_THREADS=" + stored + ")"
                                : "resume with the same " + setting.getKey().replace('_', ' ');
                throw new RepresentationFileException(file, "was written with " + setting.getKey() + " = " + stored
                        + ", this run has " + setting.getValue() + "; " + advice);
            }
        }
        int moments = (int) checkpoint.requireLong("moments");
        float[][] first = new float[moments][];
        float[][] second = new float[moments][];
        for (int i = 0; i < moments; i++) {
            first[i] = checkpoint.requireFloats("adam_m_" + i);
            second[i] = checkpoint.requireFloats("adam_v_" + i);
        }
        try {
            return new SaeTrainingState((int) checkpoint.requireLong("d_in"), (int) checkpoint.requireLong("d_sae"),
                    checkpoint.requireLong("step"), checkpoint.requireLong("rng_state"),
                    (float) checkpoint.requireDouble("threshold"), (float) checkpoint.requireDouble("input_scale"),
                    checkpoint.requireFloats("W_enc"), checkpoint.requireFloats("b_enc"), checkpoint.requireFloats("W_dec"),
                    checkpoint.requireFloats("b_dec"), first, second, narrow(checkpoint.requireLongs("fired_since_check")),
                    narrow(checkpoint.requireLongs("last_fired_step")));
        } catch (IllegalArgumentException e) {
            throw new RepresentationFileException(file, "holds an inconsistent training state: " + e.getMessage(), e);
        }
    }

    private static long[] widen(int[] values) {
        long[] wide = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return wide;
    }

    private static int[] narrow(long[] values) {
        int[] narrow = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            narrow[i] = Math.toIntExact(values[i]);
        }
        return narrow;
    }

    /**
     * Reads the history of the slices that trained a checkpoint.
     *
     * @param file the checkpoint file
     * @return one map per slice in training order; empty for checkpoints without a history
     * @throws RepresentationFileException when the file is unreadable
     */
    public static List<Map<String, String>> readSlices(Path file) throws RepresentationFileException {
        Checkpoint checkpoint = CheckpointFile.read(file);
        List<Map<String, String>> slices = new java.util.ArrayList<>();
        long count;
        try {
            count = checkpoint.requireLong("slices");
        } catch (RepresentationFileException e) {
            return slices;
        }
        for (int i = 0; i < count; i++) {
            String prefix = "slice." + i + ".";
            String fields = checkpoint.optionalString(prefix + "fields");
            Map<String, String> slice = new java.util.LinkedHashMap<>();
            if (fields != null && !fields.isEmpty()) {
                for (String name : fields.split(",")) {
                    String value = checkpoint.optionalString(prefix + name);
                    if (value != null) {
                        slice.put(name, value);
                    }
                }
            }
            slices.add(slice);
        }
        return slices;
    }
}
