package org.repalign.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.internal.Sgemm;

/**
 * The SAE training benchmark: rows per second of TopK training with the paper's recipe
 * ({@code l2prh}, batch 2,048, k = 32) at d = 768, m = 8,192 and at d = 300, m = 4,096 on
 * seeded random data, and the encoder GEMM's GFLOP/s against an ND4J 2048³ SGEMM measured in
 * the same run. Run it with {@code releng/benchmark.sh sae}.
 */
public final class SaeBenchmark {

    private SaeBenchmark() {
    }

    /**
     * @param args optional: the number of timed steps per case (default 6)
     */
    public static void main(String[] args) {
        int steps = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 6;
        Nd4jRuntime.ensureInitialized();
        System.out.println("environment: " + Nd4jRuntime.environment().toMap());
        double reference = nd4jSgemm(2048);
        System.out.println();
        System.out.println("| case | rows/s | s/step | encoder GEMM GFLOP/s | ND4J 2048^3 SGEMM GFLOP/s | GEMM ratio |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int[] shape : new int[][] { { 768, 8192 }, { 300, 4096 } }) {
            int d = shape[0];
            int m = shape[1];
            double secondsPerStep = trainingStep(d, m, steps);
            double encoder = encoderGemm(d, m);
            System.out.printf(Locale.ROOT, "| TopK l2prh d=%d m=%d k=32 B=2048 | %.0f | %.3f | %.1f | %.1f | %.2f |%n", d, m,
                    2048 / secondsPerStep, secondsPerStep, encoder, reference, encoder / reference);
        }
    }

    private static double trainingStep(int d, int m, int steps) {
        int n = 16_384;
        SplittableRandom random = new SplittableRandom(1);
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() - 0.5;
        }
        SaeTrainingConfig config = SaeTrainingConfig.builder(SaeRecipe.L2PRH).latents(m).k(32).batchSize(2048)
                .steps(1000).seed(1).build();
        SaeTrainer trainer = new SaeTrainer(DenseMatrix.wrap(n, d, values), config);
        trainer.train(2, null, () -> false);
        long start = System.nanoTime();
        trainer.train(steps, null, () -> false);
        return (System.nanoTime() - start) / 1e9 / steps;
    }

    /** The encoder product of one step: (B × d) · (d × m), through the trainer's own GEMM path. */
    private static double encoderGemm(int d, int m) {
        int b = 2048;
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
