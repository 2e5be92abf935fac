package org.repalign.cli.internal;

import org.repalign.analysis.results.ResultsJson;
import org.repalign.analysis.results.rows.SaeCurvePoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.sae.SaeArchitectures;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.compute.sae.SaeTrainingState;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.compute.sae.TruncatedCodes;
import org.repalign.io.FileFingerprint;
import org.repalign.io.FiniteValueCheck;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.sae.RepAlignTrainingInfo;
import org.repalign.io.sae.SaeLensFolder;
import org.repalign.io.sae.SaeModels;
import org.repalign.io.write.AtomicFiles;
import org.repalign.io.write.CsrNpzWriter;
import org.repalign.io.write.OutputLock;

/**
 * {@code repalign sae train|eval|encode}: trains a sparse autoencoder into a SAELens folder,
 * evaluates one, and encodes representations into scipy-compatible sparse codes.
 */
public final class SaeCommand implements Command {

    /** The checkpoint kept in the output folder while (and after) training. */
    static final String CHECKPOINT_FILE = "checkpoint.safetensors";
    /** The training curves kept in the output folder: the curve file of run folders. */
    static final String CURVES_FILE = SaeCurvePoint.FILE;

    private static final OptionParser TRAIN = new OptionParser(Set.of("latents", "k", "arch", "recipe", "steps",
            "batch", "lr", "l1", "seed", "tensor", "preprocess", "out", "checkpoint-every", "log-every", "stop-after"),
            Set.of("resume", "scale-inputs"));
    private static final OptionParser EVAL = new OptionParser(Set.of("tensor", "preprocess", "lower", "upper"),
            Set.of());
    private static final OptionParser ENCODE = new OptionParser(Set.of("tensor", "preprocess", "out", "lower", "upper"),
            Set.of("truncate"));

    @Override
    public String name() {
        return "sae";
    }

    @Override
    public String summary() {
        return "train, evaluate and apply sparse autoencoders (SAELens folders)";
    }

    @Override
    public String usage() {
        return "repalign sae train INPUT --latents m --k k [--arch topk|batchtopk|relu-l1] [--recipe l2prh|gao]\n"
                + "        [--steps N] [--batch B] [--lr X] [--l1 L] [--seed s] [--tensor NAME]\n"
                + "        [--preprocess none|raw|centered] [--scale-inputs] [--checkpoint-every N] [--stop-after N]\n"
                + "        --out DIR [--resume]\n"
                + "repalign sae eval DIR INPUT [--tensor NAME] [--preprocess MODE]\n"
                + "repalign sae encode DIR INPUT --out codes.npz [--truncate] [--tensor NAME] [--preprocess MODE]\n"
                + "  Defaults: topk, l2prh (the paper's recipe), preprocess none, seed 1. eval prints one JSON object;\n"
                + "  encode writes CSR codes that scipy.sparse.load_npz and 'repalign metrics' read.";
    }

    @Override
    public String examples() {
        return "  repalign sae train acts.npy --latents 4096 --k 32 --out sae-llama   a TopK SAE, the paper's recipe\n"
                + "  repalign sae train acts.npy --latents 4096 --k 32 --out sae-llama --resume   continue after a stop\n"
                + "  repalign sae eval sae-llama acts.npy                       FVU, L0, dead latents as JSON\n"
                + "  repalign sae encode sae-llama acts.npy --out codes.npz     sparse codes for scipy";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        if (arguments.isEmpty()) {
            throw new UsageException("sae needs a subcommand: train, eval or encode");
        }
        List<String> rest = arguments.subList(1, arguments.size());
        try {
            return switch (arguments.get(0)) {
                case "train" -> train(TRAIN.parse(rest), io);
                case "eval" -> evaluate(EVAL.parse(rest), io);
                case "encode" -> encode(ENCODE.parse(rest), io);
                default -> throw new UsageException("unknown sae subcommand '" + arguments.get(0) + "'; use train, eval or encode");
            };
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * Checks the arguments of {@code sae train} as the command would before it reads the input's
     * values: the options, the settings they make, the preprocessing, and that the input opens.
     * For commands that run many trainings elsewhere (a Spark sweep) and must refuse bad input
     * before any of them starts.
     *
     * @param arguments the arguments after {@code sae train}, {@code --out} included
     * @throws UsageException with the one line {@code sae train} would print
     */
    public static void checkTrainArguments(List<String> arguments) throws UsageException {
        OptionParser.Parsed parsed = TRAIN.parse(arguments);
        if (parsed.positional().size() != 1) {
            throw new UsageException("sae train needs one INPUT file, got " + parsed.positional().size());
        }
        trainingConfig(parsed);
        parsed.choice("preprocess", List.of("none", "raw", "centered"), "none");
        try {
            RepresentationReaders.open(Path.of(parsed.positional().get(0)), parsed.option("tensor", null));
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private int train(OptionParser.Parsed parsed, CommandIO io) throws UsageException, RepresentationFileException {
        if (parsed.positional().size() != 1) {
            throw new UsageException("sae train needs one INPUT file, got " + parsed.positional().size());
        }
        if (!parsed.has("out")) {
            throw new UsageException("sae train needs --out DIR");
        }
        Path out = Path.of(parsed.option("out", ""));
        boolean resume = parsed.has("resume");
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder");
        }
        SaeTrainingConfig config = trainingConfig(parsed);
        String preprocessing = parsed.choice("preprocess", List.of("none", "raw", "centered"), "none");
        int checkpointEvery = parsed.intValue("checkpoint-every", Math.max(1, Math.min(config.steps(), 1000)), 1,
                Integer.MAX_VALUE);
        long stopAfter = Math.min(config.steps(), parsed.intValue("stop-after", config.steps(), 1, Integer.MAX_VALUE));
        if (!resume && Files.isDirectory(out) && !isEmpty(out)) {
            throw new UsageException("--out " + out + " exists and is not empty; choose another folder or add --resume");
        }
        if (resume && !Files.isRegularFile(out.resolve(CHECKPOINT_FILE))) {
            throw new UsageException("--resume: " + out + " holds no " + CHECKPOINT_FILE + " to resume from");
        }
        String tensor = parsed.option("tensor", null);
        Input input = readInput(parsed.positional().get(0), tensor, preprocessing);
        boolean created = !Files.exists(out);
        // the lock makes this process the folder's only writer until the end
        try (OutputLock lock = OutputLock.acquire(out)) {
            // checked again under the lock: another writer may have finished meanwhile
            if (!resume && !isEmpty(out)) {
                throw new UsageException("--out " + out + " was filled by another command meanwhile; choose another"
                        + " folder or add --resume");
            }
            removeInterruptedWrites(out, io);
            try {
                return train(config, preprocessing, tensor, input, out, resume, checkpointEvery, stopAfter, io);
            } catch (UsageException | RepresentationFileException | RuntimeException | Error e) {
                if (created) {
                    removeIfNothingWritten(out);
                }
                throw e;
            }
        }
    }

    /** A folder this command created and wrote nothing into is removed again, so a failure leaves no trace. */
    private static void removeIfNothingWritten(Path out) {
        try (var entries = Files.list(out)) {
            if (entries.allMatch(p -> p.getFileName().toString().equals(OutputLock.FILE_NAME))) {
                Files.deleteIfExists(out.resolve(OutputLock.FILE_NAME));
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            // left as it is: it holds at most the hidden lock file
        }
    }

    private int train(SaeTrainingConfig config, String preprocessing, String tensor, Input input, Path out,
            boolean resume, int checkpointEvery, long stopAfter, CommandIO io)
            throws UsageException, RepresentationFileException {
        Path checkpoint = out.resolve(CHECKPOINT_FILE);
        Map<String, String> settings = recordedSettings(config, preprocessing, input.file(), tensor);
        SaeTrainingState state = resume ? SaeModels.readCheckpoint(checkpoint, settings) : null;
        List<Map<String, String>> slices = new ArrayList<>(resume ? SaeModels.readSlices(checkpoint) : List.of());
        SaeTrainer trainer;
        try {
            trainer = state == null ? new SaeTrainer(input.matrix(), config) : new SaeTrainer(input.matrix(), config, state);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Map<String, String> slice = slice(trainer.step());
        slices.add(slice);
        List<SaeCurvePoint> curves = resume ? readCurves(out, trainer.step()) : new ArrayList<>();
        ProgressLine progress = new ProgressLine(io);
        io.err().println("repalign: training " + config.architecture() + " SAE, " + config.latents() + " latents, k = "
                + config.k() + ", recipe " + config.recipe().id() + ", " + config.steps() + " steps of " + config.batchSize()
                + " rows from " + input.matrix().rows() + " x " + input.matrix().columns()
                + (trainer.step() > 0 ? ", resuming at step " + trainer.step() : ""));
        while (trainer.step() < stopAfter) {
            int chunk = (int) Math.min(checkpointEvery - trainer.step() % checkpointEvery, stopAfter - trainer.step());
            int done = trainer.train(chunk, point -> {
                curves.add(SaeCurvePoint.of(point));
                progress.show(point);
            }, () -> false);
            slice.put("to_step", Long.toString(trainer.step()));
            SaeModels.writeCheckpoint(checkpoint, trainer.snapshot(), settings, slices);
            writeCurves(out, curves);
            if (done == 0) {
                break;
            }
        }
        progress.finish();
        if (!trainer.finished()) {
            io.err().println("repalign: stopped after step " + trainer.step() + " of " + config.steps() + "; continue with --resume");
            return OK;
        }
        SparseAutoencoder sae = trainer.autoencoder();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("k", config.k());
        extra.put("latents", config.latents());
        extra.put("batch", config.batchSize());
        extra.put("lr", config.learningRate());
        extra.put("l1", config.l1Coefficient());
        extra.put("input", input.file().getFileName().toString());
        extra.put("input_size", Long.parseLong(settings.get("input_size")));
        extra.put("input_digest", settings.get("input_digest"));
        Nd4jRuntime.environment().toMap().forEach((key, value) -> extra.put("environment." + key, value));
        extra.put("slices", slices.size());
        for (int i = 0; i < slices.size(); i++) {
            int number = i + 1;
            slices.get(i).forEach((key, value) -> extra.put("slice_" + number + "." + key, value));
        }
        RepAlignTrainingInfo info = new RepAlignTrainingInfo(config.recipe().id(), config.architecture(), config.seed(),
                trainer.step(), preprocessing, config.scaleInputs() ? (double) sae.inputScale() : null, extra);
        SaeEvaluation check = SaeEvaluator.evaluate(sae, input.matrix(), TruncatedCodes.DEFAULT_LOWER,
                TruncatedCodes.DEFAULT_UPPER);
        if (check.deadFraction() >= 1.0 || !Double.isFinite(check.fvu())) {
            // a useless SAE is not published: no cfg.json, so nothing reads it as a result
            throw new UsageException("the trained SAE is useless (" + (check.deadFraction() >= 1.0
                    ? "every latent is dead" : "its FVU is undefined") + "): " + uselessReason(input)
                    + "; not saved (the checkpoint and curves are in " + out + ")");
        }
        SaeLensFolder folder = SaeModels.toFolder(sae, info);
        byte[] curveBytes = SaeCurvePoint.csv(curves).getBytes(StandardCharsets.UTF_8);
        publish(out, folder, curveBytes);
        io.err().println("repalign: wrote " + out + " (" + SaeLensFolder.CONFIG_FILE + ", " + SaeLensFolder.WEIGHTS_FILE
                + ", " + CURVES_FILE + ", " + CHECKPOINT_FILE + ")");
        return OK;
    }

    /** Publishes the finished SAE in place: weights first, {@code cfg.json} last, each file atomically. */
    private static void publish(Path out, SaeLensFolder folder, byte[] curveBytes) throws RepresentationFileException {
        Path staging = out.resolve(".publish.tmp-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectory(staging);
            folder.writeFiles(staging);
            for (String name : List.of(SaeLensFolder.WEIGHTS_FILE, SaeLensFolder.CONFIG_FILE)) {
                byte[] bytes = Files.readAllBytes(staging.resolve(name));
                AtomicFiles.writeFile(out.resolve(name), channel -> channel.write(java.nio.ByteBuffer.wrap(bytes)));
            }
            AtomicFiles.writeFile(out.resolve(CURVES_FILE), channel -> channel.write(java.nio.ByteBuffer.wrap(curveBytes)));
        } catch (RepresentationFileException e) {
            throw e;
        } catch (IOException e) {
            throw new RepresentationFileException(out, "could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static String uselessReason(Input input) {
        return "the rows of " + RepresentationFileException.displayName(input.file())
                + " may be constant or nearly so";
    }

    private static void deleteQuietly(Path folder) {
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a hidden leftover, removed by the next command that writes here
        }
    }

    /** Removes the temporary files that a killed earlier command left in a folder this command now owns. */
    private static void removeInterruptedWrites(Path out, CommandIO io) {
        try (var entries = Files.list(out)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (AtomicFiles.temporaryTarget(name).isPresent()) {
                    if (Files.isDirectory(entry)) {
                        deleteQuietly(entry);
                    } else {
                        Files.deleteIfExists(entry);
                    }
                    io.err().println("repalign: removed " + name + " from " + out + " (left by an interrupted command)");
                }
            }
        } catch (IOException e) {
            // nothing removed; the leftovers are hidden and never read
        }
    }

    /** The facts of one training slice (one run of this command), kept in the checkpoint and cfg.json. */
    private static Map<String, String> slice(long fromStep) {
        Map<String, Object> environment = Nd4jRuntime.environment().toMap();
        Map<String, String> slice = new LinkedHashMap<>();
        slice.put("from_step", Long.toString(fromStep));
        slice.put("to_step", Long.toString(fromStep));
        slice.put("started", java.time.Instant.now().toString());
        slice.put("blas_threads", String.valueOf(environment.get("blas_threads")));
        slice.put("java_version", String.valueOf(environment.get("java_version")));
        slice.put("backend", String.valueOf(environment.get("backend")));
        slice.put("repalign_version", String.valueOf(environment.get("repalign_version")));
        return slice;
    }

    private int evaluate(OptionParser.Parsed parsed, CommandIO io) throws UsageException, RepresentationFileException {
        if (parsed.positional().size() != 2) {
            throw new UsageException("sae eval needs DIR and INPUT");
        }
        Path folder = Path.of(parsed.positional().get(0));
        SparseAutoencoder sae = SaeModels.read(folder);
        Input input = readInput(parsed.positional().get(1), parsed.option("tensor", null),
                parsed.option("preprocess", recordedPreprocessing(folder)));
        requireWidth(sae, input);
        SaeEvaluation evaluation = SaeEvaluator.evaluate(sae, input.matrix(), parsed.doubleValue("lower",
                TruncatedCodes.DEFAULT_LOWER), parsed.doubleValue("upper", TruncatedCodes.DEFAULT_UPPER));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fvu", evaluation.fvu());
        json.put("nmse", evaluation.nmse());
        json.put("mean_l2_residual", evaluation.meanL2Residual());
        json.put("l0", evaluation.l0());
        json.put("dead_fraction", evaluation.deadFraction());
        json.put("kept_latents", evaluation.keptLatentCount());
        json.put("l0_truncated", evaluation.l0Truncated());
        json.put("incoherence_mean", evaluation.incoherenceMean());
        json.put("incoherence_max", evaluation.incoherenceMax());
        json.put("magnitude_p5", evaluation.magnitudeP5());
        json.put("magnitude_p95", evaluation.magnitudeP95());
        json.put("n", evaluation.n());
        json.put("d_in", evaluation.dIn());
        json.put("d_sae", evaluation.dSae());
        json.put("k", evaluation.k());
        json.put("architecture", evaluation.architecture());
        json.put("preprocess", input.preprocessing());
        json.put("environment", Nd4jRuntime.environment().toMap());
        io.out().print(ResultsJson.write(json));
        return OK;
    }

    private int encode(OptionParser.Parsed parsed, CommandIO io) throws UsageException, RepresentationFileException {
        if (parsed.positional().size() != 2) {
            throw new UsageException("sae encode needs DIR and INPUT");
        }
        if (!parsed.has("out")) {
            throw new UsageException("sae encode needs --out codes.npz");
        }
        Path out = Path.of(parsed.option("out", ""));
        Path folder = Path.of(parsed.positional().get(0));
        SparseAutoencoder sae = SaeModels.read(folder);
        Input input = readInput(parsed.positional().get(1), parsed.option("tensor", null),
                parsed.option("preprocess", recordedPreprocessing(folder)));
        requireWidth(sae, input);
        CsrMatrix codes = sae.encode(input.matrix());
        if (parsed.has("truncate")) {
            TruncatedCodes truncated = TruncatedCodes.of(codes, parsed.doubleValue("lower", TruncatedCodes.DEFAULT_LOWER),
                    parsed.doubleValue("upper", TruncatedCodes.DEFAULT_UPPER));
            CsrNpzWriter.write(out, truncated.codes());
            StringBuilder kept = new StringBuilder();
            for (int latent : truncated.keptLatents()) {
                kept.append(latent).append('\n');
            }
            Path keptFile = out.resolveSibling(out.getFileName() + ".latents.txt");
            byte[] keptBytes = kept.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.writeFile(keptFile, channel -> channel.write(java.nio.ByteBuffer.wrap(keptBytes)));
            io.err().printf(Locale.ROOT, "repalign: kept %d of %d latents (L0 %.3f after truncation); their indices: %s%n",
                    truncated.keptLatents().length, sae.dSae(), truncated.l0(), keptFile);
        } else {
            CsrNpzWriter.write(out, codes);
        }
        io.err().println("repalign: wrote " + out + " (" + codes.rows() + " rows, " + codes.nonZeros() + " nonzeros)");
        return OK;
    }

    private static SaeTrainingConfig trainingConfig(OptionParser.Parsed parsed) throws UsageException {
        if (!parsed.has("latents")) {
            throw new UsageException("sae train needs --latents m");
        }
        String architecture = parsed.choice("arch", SaeArchitectures.ids(), "topk");
        if (!architecture.equals("relu-l1") && !parsed.has("k")) {
            throw new UsageException("sae train --arch " + architecture + " needs --k k");
        }
        SaeRecipe recipe;
        try {
            recipe = SaeRecipe.of(parsed.option("recipe", "l2prh"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--recipe: " + e.getMessage());
        }
        SaeTrainingConfig.Builder builder = SaeTrainingConfig.builder(recipe).architecture(architecture)
                .latents(parsed.intValue("latents", 0, 1, Integer.MAX_VALUE));
        if (parsed.has("k")) {
            builder.k(parsed.intValue("k", 0, 1, Integer.MAX_VALUE));
        }
        if (parsed.has("steps")) {
            builder.steps(parsed.intValue("steps", 0, 1, Integer.MAX_VALUE));
        }
        if (parsed.has("batch")) {
            builder.batchSize(parsed.intValue("batch", 0, 1, Integer.MAX_VALUE));
        }
        if (parsed.has("lr")) {
            builder.learningRate(positiveDouble(parsed, "lr"));
        }
        if (parsed.has("l1")) {
            builder.l1Coefficient(positiveDouble(parsed, "l1"));
        }
        if (parsed.has("seed")) {
            builder.seed(parsed.longValue("seed", 0));
        }
        if (parsed.has("log-every")) {
            builder.logInterval(parsed.intValue("log-every", 0, 1, Integer.MAX_VALUE));
        }
        builder.scaleInputs(parsed.has("scale-inputs"));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * The settings a checkpoint must agree with on resume: the training settings, the input by
     * content (size and {@link FileFingerprint}, so a copy of the file resumes and another file of
     * the same name does not) and the BLAS thread count (the encoder GEMM's summation order, and so
     * the bits of every step, depend on it).
     */
    private static Map<String, String> recordedSettings(SaeTrainingConfig config, String preprocessing, Path input,
            String tensor) throws RepresentationFileException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("architecture", config.architecture());
        settings.put("recipe", config.recipe().id());
        settings.put("latents", Integer.toString(config.latents()));
        settings.put("k", Integer.toString(config.k()));
        settings.put("steps", Integer.toString(config.steps()));
        settings.put("batch", Integer.toString(config.batchSize()));
        settings.put("lr", Double.toString(config.learningRate()));
        settings.put("l1", Double.toString(config.l1Coefficient()));
        settings.put("seed", Long.toString(config.seed()));
        settings.put("scale_inputs", Boolean.toString(config.scaleInputs()));
        settings.put("preprocess", preprocessing);
        FileFingerprint fingerprint = FileFingerprint.of(input);
        settings.put("input_size", Long.toString(fingerprint.size()));
        settings.put("input_digest", fingerprint.digest());
        settings.put("tensor", tensor == null ? "" : tensor);
        settings.put("blas_threads", String.valueOf(Nd4jRuntime.environment().blasThreads()));
        return settings;
    }

    private static Input readInput(String file, String tensor, String preprocessing)
            throws UsageException, RepresentationFileException {
        Preprocessing mode;
        try {
            mode = Preprocessing.parse(preprocessing);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--preprocess: " + e.getMessage());
        }
        Representation representation = RepresentationReaders.open(Path.of(file), tensor);
        FiniteValueCheck.requireFinite(representation);
        RowMatrix matrix = representation.matrix();
        if (mode != Preprocessing.NONE) {
            try {
                matrix = mode.apply(matrix, representation.itemNames().orElse(null));
            } catch (IllegalArgumentException e) {
                throw new UsageException(RepresentationFileException.displayName(representation.file()) + ": "
                        + e.getMessage(), e);
            }
        }
        return new Input(representation.file(), matrix, mode.id());
    }

    private static String recordedPreprocessing(Path folder) {
        try {
            RepAlignTrainingInfo info = SaeLensFolder.read(folder).config().repalign();
            return info == null ? "none" : info.preprocessing();
        } catch (RepresentationFileException e) {
            return "none";
        }
    }

    private static void requireWidth(SparseAutoencoder sae, Input input) throws UsageException {
        if (sae.dIn() != input.matrix().columns()) {
            throw new UsageException(RepresentationFileException.displayName(input.file()) + " has "
                    + input.matrix().columns() + " columns but the SAE expects d_in = " + sae.dIn());
        }
    }

    /**
     * @return the curve points up to the checkpoint's step, from {@value #CURVES_FILE} or, in a
     *         folder written before, from the tab-separated {@code training_curves.tsv}
     */
    private static List<SaeCurvePoint> readCurves(Path out, long upToStep) throws UsageException {
        Path file = out.resolve(CURVES_FILE);
        if (!Files.isRegularFile(file)) {
            file = out.resolve(SaeCurvePoint.LEGACY_FILE);
        }
        if (!Files.isRegularFile(file)) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(SaeCurvePoint.read(file).stream().filter(p -> p.step() <= upToStep).toList());
        } catch (IOException e) {
            throw new UsageException("cannot read the training curves: " + e.getMessage(), e);
        }
    }

    /** Writes the curves; the tab-separated file of a folder written before goes, its points are in them. */
    private static void writeCurves(Path out, List<SaeCurvePoint> curves) throws RepresentationFileException {
        byte[] bytes = SaeCurvePoint.csv(curves).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeFile(out.resolve(CURVES_FILE), channel -> channel.write(java.nio.ByteBuffer.wrap(bytes)));
        try {
            Files.deleteIfExists(out.resolve(SaeCurvePoint.LEGACY_FILE));
        } catch (IOException e) {
            throw new RepresentationFileException(out.resolve(SaeCurvePoint.LEGACY_FILE),
                    "could not be replaced by " + CURVES_FILE + ": " + e.getMessage(), e);
        }
    }

    /** @return whether the folder holds nothing but the lock file and leftovers of interrupted commands */
    private static boolean isEmpty(Path folder) throws UsageException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(name -> name.equals(OutputLock.FILE_NAME) || AtomicFiles.temporaryTarget(name).isPresent());
        } catch (IOException e) {
            throw new UsageException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    private static double positiveDouble(OptionParser.Parsed parsed, String name) throws UsageException {
        double value = parsed.doubleValue(name, Double.NaN);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new UsageException("--" + name + " must be a positive number, not '" + parsed.option(name, "") + "'");
        }
        return value;
    }

    /** A read, checked and preprocessed training or evaluation input. */
    private record Input(Path file, RowMatrix matrix, String preprocessing) {
    }

    /** One progress line on stderr, rewritten in place on a terminal. */
    private static final class ProgressLine {

        private final CommandIO io;
        private final boolean terminal = System.console() != null;

        ProgressLine(CommandIO io) {
            this.io = io;
        }

        void show(SaeTrainingProgress point) {
            String line = String.format(Locale.ROOT, "step %d/%d %3.0f%%  %.0f rows/s  loss %.5g  FVU %.4f  L0 %.1f  dead %.3f",
                    point.step(), point.totalSteps(), 100.0 * point.step() / point.totalSteps(), point.rowsPerSecond(),
                    point.loss(), point.fvu(), point.l0(), point.deadFraction());
            if (terminal) {
                io.err().print("\r" + line);
            } else {
                io.err().println(line);
            }
            io.err().flush();
        }

        void finish() {
            if (terminal) {
                io.err().println();
            }
        }
    }
}
