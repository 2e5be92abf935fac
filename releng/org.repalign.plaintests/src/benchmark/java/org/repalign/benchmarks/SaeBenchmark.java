package org.repalign.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.internal.Sgemm;

/**
 * The SAE training benchmark, run with {@code releng/benchmark.sh sae [STEPS] [ROUNDS]}.
 *
 * <p>Arguments: {@code [STEPS [ROUNDS]] [speed|quality]}.
 *
 * <p><b>Speed</b>: rows per second of TopK training with the paper's recipe ({@code l2prh},
 * batch 2,048, k = 32) at d = 768, m = 8,192, at d = 300, m = 4,096 and at the small d = 64,
 * m = 1,024, on seeded uniform data in ±0.5 (16,384 rows). Each round times STEPS steps of
 * RepAlign (after two warm-up steps) and then, when the PyTorch peer is installed, one process of
 * {@code releng/crosscheck/torch_sae_step.py} doing the same step at the same shape with 2
 * threads; the table gives the best round of each and their ratio. The encoder GEMM's GFLOP/s
 * is compared with an ND4J 2048³ SGEMM measured in the same run.
 *
 * <p><b>Quality</b>: full seeded training runs (the recipe's schedule, resampling included) on
 * two sources, reporting FVU, L0 and the dead fraction over all training rows
 * ({@link SaeEvaluator}): the benchmark's uniform data, and a signal/bias/noise source (each row
 * a bias vector plus 4 of 4·d random unit atoms with magnitudes uniform in [0.5, 1.5), plus
 * Gaussian noise of s.d. 0.05 per coordinate). The runs are deterministic for a fixed thread
 * count: the same seed gives the same figures run to run.
 */
public final class SaeBenchmark {

    private static final int ROWS = 16_384;
    private static final int BATCH = 2048;
    private static final int K = 32;
    private static final int[][] SHAPES = { { 768, 8192 }, { 300, 4096 }, { 64, 1024 } };

    private SaeBenchmark() {
    }

    /**
     * @param args optional: timed steps per round (default 6), rounds (default 3), and
     *             {@code speed} or {@code quality} to run one part only
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        // the build passes all arguments as one string
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        List<Integer> numbers = words.stream().filter(w -> w.matches("\\d+")).map(Integer::valueOf).toList();
        int steps = numbers.size() > 0 ? numbers.get(0) : 6;
        int rounds = numbers.size() > 1 ? numbers.get(1) : 3;
        boolean speed = !words.contains("quality");
        boolean quality = !words.contains("speed");
        Nd4jRuntime.ensureInitialized();
        System.out.println("environment: " + Nd4jRuntime.environment().toMap());
        if (speed) {
            speed(steps, rounds);
        }
        if (quality) {
            quality();
        }
    }

    private static void speed(int steps, int rounds) throws IOException, InterruptedException {
        Path peer = peerScript();
        boolean torch = torchAvailable(peer);
        if (!torch) {
            System.out.println("PyTorch peer not available: install it with"
                    + " 'apt-get install python3-torch libopenblas0-pthread' (Debian); RepAlign's figures follow alone.");
        }
        double reference = nd4jSgemm(2048);
        List<SaeTrainer> trainers = new ArrayList<>();
        for (int[] shape : SHAPES) {
            trainers.add(warmTrainer(shape[0], shape[1]));
        }
        double[] best = new double[SHAPES.length];
        double[] bestPeer = new double[SHAPES.length];
        String load = loadAverage();
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < SHAPES.length; s++) {
                best[s] = Math.max(best[s], rowsPerSecond(trainers.get(s), steps));
                if (torch) {
                    bestPeer[s] = Math.max(bestPeer[s], peerRowsPerSecond(peer, SHAPES[s][0], SHAPES[s][1], steps));
                }
            }
            load = load + " / " + loadAverage();
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| TopK l2prh, k=%d, B=%d, best of %d rounds of %d steps | RepAlign rows/s"
                + " | PyTorch rows/s | ratio | encoder GEMM GFLOP/s | ND4J 2048^3 SGEMM GFLOP/s |%n", K, BATCH, rounds,
                steps);
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int s = 0; s < SHAPES.length; s++) {
            int d = SHAPES[s][0];
            int m = SHAPES[s][1];
            System.out.printf(Locale.ROOT, "| d=%d m=%d | %.0f | %s | %s | %.1f | %.1f |%n", d, m, best[s],
                    torch ? String.format(Locale.ROOT, "%.0f", bestPeer[s]) : "-",
                    torch ? String.format(Locale.ROOT, "%.2f", best[s] / bestPeer[s]) : "-", encoderGemm(d, m),
                    reference);
        }
        System.out.println("(load average before / after each round: " + load + "; "
                + Runtime.getRuntime().availableProcessors() + " processors)");
    }

    private static SaeTrainer warmTrainer(int d, int m) {
        SaeTrainingConfig config = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(m).k(K).batchSize(BATCH)
                .steps(100_000).seed(1).build();
        SaeTrainer trainer = new SaeTrainer(DenseMatrix.wrap(ROWS, d, uniform(ROWS, d, 1)), config);
        trainer.train(2, null, () -> false);
        return trainer;
    }

    private static double rowsPerSecond(SaeTrainer trainer, int steps) {
        long start = System.nanoTime();
        trainer.train(steps, null, () -> false);
        return (double) BATCH * steps / ((System.nanoTime() - start) / 1e9);
    }

    private static double[] uniform(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() - 0.5;
        }
        return values;
    }

    /** Rows = bias + Σ of 4 random unit atoms (of 4·d) with magnitudes in [0.5, 1.5) + N(0, 0.05²) noise. */
    private static double[] signalBiasNoise(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int atoms = 4 * d;
        double[] dictionary = new double[atoms * d];
        for (int a = 0; a < atoms; a++) {
            double norm = 0;
            for (int c = 0; c < d; c++) {
                double v = gaussian(random);
                dictionary[a * d + c] = v;
                norm += v * v;
            }
            for (int c = 0; c < d; c++) {
                dictionary[a * d + c] /= Math.sqrt(norm);
            }
        }
        double[] bias = new double[d];
        for (int c = 0; c < d; c++) {
            bias[c] = 0.5 * gaussian(random);
        }
        double[] values = new double[n * d];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < d; c++) {
                values[r * d + c] = bias[c] + 0.05 * gaussian(random);
            }
            for (int i = 0; i < 4; i++) {
                int a = random.nextInt(atoms);
                double magnitude = 0.5 + random.nextDouble();
                for (int c = 0; c < d; c++) {
                    values[r * d + c] += magnitude * dictionary[a * d + c];
                }
            }
        }
        return values;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static void quality() {
        System.out.println();
        System.out.println("| quality (l2prh, k=32, B=2048, seed 1, full schedule) | steps | FVU | L0 | dead fraction | s |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        qualityRow("uniform d=64 m=1024", uniform(ROWS, 64, 1), 64, 1024, 4000);
        qualityRow("signal/bias/noise d=64 m=1024", signalBiasNoise(ROWS, 64, 3), 64, 1024, 4000);
        qualityRow("uniform d=300 m=4096", uniform(ROWS, 300, 1), 300, 4096, 300);
        qualityRow("signal/bias/noise d=300 m=4096", signalBiasNoise(ROWS, 300, 3), 300, 4096, 300);
        System.out.println("(load average " + loadAverage() + ")");
    }

    private static void qualityRow(String name, double[] values, int d, int m, int steps) {
        DenseMatrix data = DenseMatrix.wrap(ROWS, d, values);
        SaeTrainingConfig config = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(m).k(K).batchSize(BATCH)
                .steps(steps).seed(1).build();
        long start = System.nanoTime();
        SaeTrainer trainer = new SaeTrainer(data, config);
        trainer.train(null, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        SaeEvaluation e = SaeEvaluator.evaluate(trainer.autoencoder(), data);
        System.out.printf(Locale.ROOT, "| %s | %d | %.5f | %.3f | %.4f | %.1f |%n", name, steps, e.fvu(), e.l0(),
                e.deadFraction(), seconds);
    }

    /** The PyTorch script: named by the property repalign.torchScript, else found above the working folder. */
    private static Path peerScript() {
        String named = System.getProperty("repalign.torchScript");
        if (named != null) {
            return Path.of(named);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("releng/crosscheck/torch_sae_step.py");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        return Path.of("releng/crosscheck/torch_sae_step.py");
    }

    private static boolean torchAvailable(Path script) throws InterruptedException {
        if (!Files.isRegularFile(script)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(python(), "-c", "import torch").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** One process of the PyTorch peer at this shape; its rows/s (it prints "rows/s ..." last). */
    private static double peerRowsPerSecond(Path script, int d, int m, int steps)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python(), script.toString(), Integer.toString(d), Integer.toString(m),
                Integer.toString(steps)).redirectErrorStream(true).start();
        double rate = Double.NaN;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("rows/s ")) {
                    rate = Double.parseDouble(line.substring(7).trim());
                }
            }
        }
        if (process.waitFor() != 0 || Double.isNaN(rate)) {
            throw new IllegalStateException("the PyTorch peer failed:\n" + output);
        }
        return rate;
    }

    /** Debian's interpreter, where python3-torch installs, unless another is named. */
    private static String python() {
        String named = System.getProperty("repalign.python");
        if (named != null && !named.isBlank()) {
            return named;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The encoder product of one step: (B × d) · (d × m), through the trainer's own GEMM path. */
    private static double encoderGemm(int d, int m) {
        int b = BATCH;
        SplittableRandom random = new SplittableRandom(2);
        float[] input = new float[b * d];
        float[] weights = new float[m * d];
        float[] output = new float[b * m];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) random.nextDouble();
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextDouble();
        }
        try (Sgemm gemm = new Sgemm()) {
            gemm.multiplyTransposed(input, b, d, weights, m, output);
            long start = System.nanoTime();
            for (int r = 0; r < 5; r++) {
                gemm.multiplyTransposed(input, b, d, weights, m, output);
            }
            double seconds = (System.nanoTime() - start) / 5e9;
            return 2.0 * b * d * m / seconds / 1e9;
        }
    }

    private static double nd4jSgemm(int size) {
        INDArray a = Nd4j.rand(DataType.FLOAT, size, size);
        INDArray b = Nd4j.rand(DataType.FLOAT, size, size);
        INDArray c = Nd4j.zeros(DataType.FLOAT, size, size);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        long start = System.nanoTime();
        for (int r = 0; r < 5; r++) {
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        }
        double seconds = (System.nanoTime() - start) / 5e9;
        return 2.0 * size * size * size / seconds / 1e9;
    }
}
