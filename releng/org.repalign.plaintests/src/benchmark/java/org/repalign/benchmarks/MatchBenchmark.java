package org.repalign.benchmarks;

import java.nio.file.Path;
import java.util.Locale;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.matching.FeatureMatch;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.io.RepresentationReaders;

/**
 * The warm figure of the latent-matching benchmark: reads two CSR code files once, then times
 * {@link FeatureMatching#match} (affinity and exact assignment) several times in one JVM and prints
 * the best time with the matched sum. Run it with {@code releng/benchmark.sh match}, which also
 * times whole {@code ./repalign match} processes against scipy.
 */
public final class MatchBenchmark {

    private MatchBenchmark() {
    }

    /**
     * @param args {@code A.npz B.npz [REPEATS]} in one string or separately
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        String[] parts = String.join(" ", args).trim().split("\\s+");
        CsrMatrix a = (CsrMatrix) RepresentationReaders.open(Path.of(parts[0]), null).matrix();
        CsrMatrix b = (CsrMatrix) RepresentationReaders.open(Path.of(parts[1]), null).matrix();
        int repeats = parts.length > 2 ? Integer.parseInt(parts[2]) : 3;
        double best = Double.POSITIVE_INFINITY;
        FeatureMatch match = null;
        for (int t = 0; t < repeats; t++) {
            long start = System.nanoTime();
            match = FeatureMatching.match(a, b, false);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf(Locale.ROOT, "in-JVM run %d: %.3f s%n", t + 1, seconds);
        }
        System.out.printf(Locale.ROOT, "warm in-JVM match, %d x %d latents on %d rows: best of %d %.3f s, matched sum %.17g%n",
                a.columns(), b.columns(), a.rows(), repeats, best, match.matchedSum());
    }
}
