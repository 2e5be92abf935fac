package org.repalign.compute.sae;

import java.util.Arrays;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.sae.internal.Sgemm;

/**
 * Computes {@link SaeEvaluation}: the rows are streamed in blocks, encoded and decoded with
 * sparse decode, and every sum is accumulated in float64. The data mean of the FVU comes from a
 * first pass over the rows. Incoherence uses a blocked float32 Gram matrix of the unit atoms.
 */
public final class SaeEvaluator {

    private static final int BLOCK = 512;

    private SaeEvaluator() {
    }

    /**
     * Evaluates with the paper's truncation bounds (1e-5, 0.1).
     *
     * @param sae  the SAE
     * @param data n × d_in rows, finite
     * @return the measures
     */
    public static SaeEvaluation evaluate(SparseAutoencoder sae, RowMatrix data) {
        return evaluate(sae, data, TruncatedCodes.DEFAULT_LOWER, TruncatedCodes.DEFAULT_UPPER);
    }

    /**
     * @param sae   the SAE
     * @param data  n × d_in rows, finite
     * @param lower truncation lower frequency bound
     * @param upper truncation upper frequency bound
     * @return the measures
     * @throws IllegalArgumentException on d_in mismatch, non-finite rows or bad bounds
     */
    public static SaeEvaluation evaluate(SparseAutoencoder sae, RowMatrix data, double lower, double upper) {
        sae.checkData(data);
        int n = data.rows();
        int dIn = sae.dIn();
        int dSae = sae.dSae();
        if (n == 0) {
            throw new IllegalArgumentException("data has no rows");
        }
        double[] mean = new double[dIn];
        double[] block = new double[BLOCK * dIn];
        for (int first = 0; first < n; first += BLOCK) {
            int rows = Math.min(BLOCK, n - first);
            data.readRows(first, rows, block, 0);
            for (int i = 0; i < rows * dIn; i++) {
                mean[i % dIn] += block[i];
            }
        }
        for (int c = 0; c < dIn; c++) {
            mean[c] /= n;
        }
        SparseAutoencoder.Workspace ws = sae.workspace();
        float[] recon = new float[dIn];
        float s = sae.inputScale();
        double sse = 0;
        double total = 0;
        double nmseSum = 0;
        int nmseRows = 0;
        double l2Sum = 0;
        long nonzeros = 0;
        long[] counts = new long[dSae];
        float[] magnitudes = new float[1024];
        int magnitudeCount = 0;
        for (int first = 0; first < n; first += BLOCK) {
            int rows = Math.min(BLOCK, n - first);
            float[] x = ws.read(data, first, rows);
            data.readRows(first, rows, block, 0);
            SparseBatch codes = ws.encode(x, rows);
            for (int r = 0; r < rows; r++) {
                ws.decodeRow(r, recon);
                double err = 0;
                double norm = 0;
                double dev = 0;
                for (int c = 0; c < dIn; c++) {
                    double xv = block[r * dIn + c];
                    double e = xv - (double) recon[c] / s;
                    err += e * e;
                    norm += xv * xv;
                    double d = xv - mean[c];
                    dev += d * d;
                }
                sse += err;
                total += dev;
                l2Sum += Math.sqrt(err);
                if (norm > 0) {
                    nmseSum += err / norm;
                    nmseRows++;
                }
                for (int q = codes.start(r); q < codes.end(r); q++) {
                    float v = codes.valueAt(q);
                    if (v != 0f) {
                        counts[codes.latentAt(q)]++;
                        nonzeros++;
                        if (magnitudeCount == magnitudes.length) {
                            magnitudes = Arrays.copyOf(magnitudes, magnitudes.length * 2);
                        }
                        magnitudes[magnitudeCount++] = v;
                    }
                }
            }
        }
        int deadCount = 0;
        for (long c : counts) {
            if (c == 0) {
                deadCount++;
            }
        }
        int[] kept = TruncatedCodes.keptLatents(counts, n, lower, upper);
        long keptNonzeros = 0;
        for (int j : kept) {
            keptNonzeros += counts[j];
        }
        Arrays.sort(magnitudes, 0, magnitudeCount);
        double[] incoherence = incoherence(sae.wDecView(), dSae, dIn);
        return new SaeEvaluation(n, dIn, dSae, sae.k(), sae.architecture().id(), total > 0 ? sse / total : Double.NaN,
                nmseRows > 0 ? nmseSum / nmseRows : Double.NaN, l2Sum / n, (double) nonzeros / n,
                (double) deadCount / dSae, kept, (double) keptNonzeros / n, incoherence[0], incoherence[1],
                percentile(magnitudes, magnitudeCount, 5), percentile(magnitudes, magnitudeCount, 95));
    }

    /** Linear-interpolation percentile of sorted values (numpy's default), NaN when empty. */
    static double percentile(float[] sorted, int count, double pct) {
        if (count == 0) {
            return Double.NaN;
        }
        double pos = pct / 100 * (count - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(count - 1, lo + 1);
        double frac = pos - lo;
        return sorted[lo] + frac * ((double) sorted[hi] - sorted[lo]);
    }

    /** @return {mean, max} of |cos| over pairs of distinct atoms; zero atoms count as cos 0 */
    static double[] incoherence(float[] wDec, int dSae, int dIn) {
        if (dSae < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        float[] unit = new float[wDec.length];
        for (int j = 0; j < dSae; j++) {
            double s = 0;
            for (int c = 0; c < dIn; c++) {
                s += (double) wDec[j * dIn + c] * wDec[j * dIn + c];
            }
            float inv = s > 0 ? (float) (1 / Math.sqrt(s)) : 0f;
            for (int c = 0; c < dIn; c++) {
                unit[j * dIn + c] = wDec[j * dIn + c] * inv;
            }
        }
        int block = Math.max(1, Math.min(dSae, (1 << 22) / dSae));
        float[] gram = new float[block * dSae];
        float[] rows = new float[block * dIn];
        double sum = 0;
        double max = 0;
        try (Sgemm sgemm = new Sgemm()) {
            for (int first = 0; first < dSae; first += block) {
                int count = Math.min(block, dSae - first);
                System.arraycopy(unit, first * dIn, rows, 0, count * dIn);
                sgemm.multiplyTransposed(rows, count, dIn, unit, dSae, gram);
                for (int i = 0; i < count; i++) {
                    int a = first + i;
                    for (int b = a + 1; b < dSae; b++) {
                        double c = Math.min(1.0, Math.abs(gram[i * dSae + b]));
                        sum += c;
                        if (c > max) {
                            max = c;
                        }
                    }
                }
            }
        }
        double pairs = (double) dSae * (dSae - 1) / 2;
        return new double[] {sum / pairs, max};
    }
}
