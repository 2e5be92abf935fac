package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.repalign.compute.sae.internal.AdamW;
import org.repalign.compute.sae.internal.Sgemm;
import org.repalign.compute.sae.internal.TopKSelect;

/**
 * The parts of a training step on their own: TopK selection against a full sort, the encoder
 * product with its folded bias against a hand-computed case and a double-precision loop, and
 * one AdamW step against values worked out by hand.
 */
class SaeStepPartsTest {

    @Test
    void topKSelectKeepsTheLargestPositivesWithTiesToTheLowerColumn() {
        float[] row = { 0.5f, -1f, 2f, 0.5f, 0f, 3f, 2f, Float.NaN, 0.5f };
        TopKSelect select = new TopKSelect(8);
        int[] columns = new int[8];
        // 3 (col 5), 2 (cols 2 and 6), then 0.5 at col 0 beats 0.5 at cols 3 and 8
        assertEquals(4, select.select(row, 0, row.length, 4, null, columns));
        assertArrayEquals(new int[] { 0, 2, 5, 6 }, Arrays.copyOf(columns, 4));
        // only six strictly positive entries exist
        assertEquals(6, select.select(row, 0, row.length, 8, null, columns));
        assertArrayEquals(new int[] { 0, 2, 3, 5, 6, 8 }, Arrays.copyOf(columns, 6));
        boolean[] mask = { true, true, false, true, true, false, true, true, true };
        assertEquals(2, select.select(row, 0, row.length, 2, mask, columns));
        assertArrayEquals(new int[] { 0, 6 }, Arrays.copyOf(columns, 2));
    }

    @Test
    void topKSelectAgreesWithAFullSortOnLongRowsWithManyTies() {
        SplittableRandom random = new SplittableRandom(7);
        TopKSelect select = new TopKSelect(64);
        int[] columns = new int[64];
        for (int trial = 0; trial < 200; trial++) {
            int length = 1 + random.nextInt(5000);
            int k = 1 + random.nextInt(64);
            int offset = random.nextInt(10);
            float[] values = new float[offset + length];
            boolean coarse = trial % 2 == 0; // few distinct values: many ties
            for (int i = 0; i < values.length; i++) {
                values[i] = coarse ? random.nextInt(-3, 8) : (float) (random.nextDouble() * 2 - 0.5);
            }
            boolean[] mask = null;
            if (trial % 3 == 0) {
                mask = new boolean[length];
                for (int c = 0; c < length; c++) {
                    mask[c] = random.nextBoolean();
                }
            }
            int kept = select.select(values, offset, length, k, mask, columns);
            int[] expected = bySort(values, offset, length, k, mask);
            assertArrayEquals(expected, Arrays.copyOf(columns, kept), "trial " + trial);
        }
    }

    /** The reference: sort all eligible columns by value descending, then column ascending. */
    private static int[] bySort(float[] values, int offset, int length, int k, boolean[] mask) {
        List<Integer> eligible = new ArrayList<>();
        for (int c = 0; c < length; c++) {
            if (values[offset + c] > 0f && (mask == null || mask[c])) {
                eligible.add(c);
            }
        }
        eligible.sort((a, b) -> values[offset + a] != values[offset + b]
                ? Float.compare(values[offset + b], values[offset + a])
                : Integer.compare(a, b));
        return eligible.subList(0, Math.min(k, eligible.size())).stream().mapToInt(Integer::intValue).sorted()
                .toArray();
    }

    @Test
    void encoderProductAddsTheBiasToEveryRow() {
        // A = [[1, 2], [3, 4], [0, -1]], B = [[1, 0], [1, 1]], bias = [10, -5]
        float[] a = { 1, 2, 3, 4, 0, -1 };
        float[] b = { 1, 0, 1, 1 };
        float[] out = new float[6];
        try (Sgemm gemm = new Sgemm()) {
            gemm.multiplyTransposedPlusBias(a, 3, 2, b, 2, new float[] { 10, -5 }, out);
        }
        assertArrayEquals(new float[] { 11, -2, 13, 2, 10, -6 }, out);
    }

    @Test
    void encoderProductMatchesADoubleLoopAtBatchSize() {
        int m = 300;
        int inner = 77;
        int n = 513;
        SplittableRandom random = new SplittableRandom(3);
        float[] a = new float[m * inner];
        float[] b = new float[n * inner];
        float[] bias = new float[n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (random.nextDouble() - 0.5);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) (random.nextDouble() - 0.5);
        }
        for (int i = 0; i < n; i++) {
            bias[i] = (float) random.nextDouble();
        }
        float[] out = new float[m * n];
        try (Sgemm gemm = new Sgemm()) {
            gemm.multiplyTransposedPlusBias(a, m, inner, b, n, bias, out);
            // a second call on the same buffers with the rows of A changed
            a[0] += 1;
            gemm.multiplyTransposedPlusBias(a, m, inner, b, n, bias, out);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = bias[j];
                for (int c = 0; c < inner; c++) {
                    s += (double) a[i * inner + c] * b[j * inner + c];
                }
                assertEquals(s, out[i * n + j], 1e-4, "C[" + i + "," + j + "]");
            }
        }
    }

    @Test
    void oneAdamWStepByHand() {
        // t = 1: m = 0.1 g, v = 0.001 g², m̂ = g, v̂ = g², so p ← p(1 − lr·wd) − lr·g/(|g| + ε)
        float[] p = { 1f, -2f, 0.5f };
        float[] g = { 0.5f, -4f, 0f };
        float[] m = new float[3];
        float[] v = new float[3];
        new AdamW(1, 0.1, 0.9, 0.999, 1e-8, 0.01).apply(p, g, m, v, 0, 3);
        assertArrayEquals(new float[] { 0.05f, -0.4f, 0f }, m, 1e-7f);
        assertArrayEquals(new float[] { 0.00025f, 0.016f, 0f }, v, 1e-9f);
        assertEquals(1 * 0.999 - 0.1, p[0], 1e-6);
        assertEquals(-2 * 0.999 + 0.1, p[1], 1e-6);
        assertEquals(0.5 * 0.999, p[2], 1e-6);
        // t = 2 with g = 0 on the first element: m = 0.045, v = 0.00024975,
        // m̂ = 0.045 / 0.19, v̂ = 0.00024975 / 0.001999
        float before = p[0];
        new AdamW(2, 0.1, 0.9, 0.999, 1e-8, 0).apply(p, new float[] { 0f, 0f, 0f }, m, v, 0, 1);
        double expected = before - 0.1 * (0.045 / 0.19) / (Math.sqrt(0.00024975 / 0.001999) + 1e-8);
        assertEquals(expected, p[0], 1e-6);
        assertEquals(-2 * 0.999 + 0.1, p[1], 1e-6, "outside the range nothing changes");
    }
}
