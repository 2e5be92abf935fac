package org.repalign.compute.sae.internal;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.cblas_sgemm;

import org.bytedeco.javacpp.FloatPointer;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Dense float32 products C = A·Bᵀ (optionally plus a bias per column of C) on row-major {@code float[]} arrays through the OpenBLAS
 * library that ND4J loads. The operands are staged in off-heap buffers that the instance keeps
 * and reuses: passing Java arrays straight to the native call is several times slower for
 * batch-sized matrices; the copies are split by rows over the processors. One instance per thread; {@link #close()} frees the buffers (otherwise
 * the garbage collector does).
 */
public final class Sgemm implements AutoCloseable {

    private FloatPointer a;
    private FloatPointer b;
    private FloatPointer c;
    private float[] staging = new float[0];

    /**
     * C = A · Bᵀ for row-major A ({@code m × inner}) and B ({@code n × inner}); C is
     * {@code m × n} and overwritten.
     *
     * @param aValues A
     * @param m       rows of A
     * @param inner   columns of A and of B
     * @param bValues B
     * @param n       rows of B
     * @param cValues the output
     */
    public void multiplyTransposed(float[] aValues, int m, int inner, float[] bValues, int n, float[] cValues) {
        long aSize = (long) m * inner;
        long bSize = (long) n * inner;
        long cSize = (long) m * n;
        if (aValues.length < aSize || bValues.length < bSize || cValues.length < cSize) {
            throw new IllegalArgumentException("dimensions differ");
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (inner == 0) {
            java.util.Arrays.fill(cValues, 0, (int) cSize, 0f);
            return;
        }
        Nd4jRuntime.ensureBlas();
        a = ensure(a, aSize);
        b = ensure(b, bSize);
        c = ensure(c, cSize);
        a.position(0).put(aValues, 0, (int) aSize);
        b.position(0).put(bValues, 0, (int) bSize);
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, inner, 1f, a, inner, b, inner, 0f, c, n);
        c.position(0).get(cValues, 0, (int) cSize);
    }

    /**
     * C = A · Bᵀ + 1·biasᵀ for row-major A ({@code m × inner}) and B ({@code n × inner}): the
     * bias is folded into the product as one more column of ones in A and of {@code bias} in B,
     * so C is written once. C is {@code m × n} and overwritten.
     *
     * @param aValues A
     * @param m       rows of A
     * @param inner   columns of A and of B
     * @param bValues B
     * @param n       rows of B
     * @param bias    n values added to every row of C
     * @param cValues the output
     */
    public void multiplyTransposedPlusBias(float[] aValues, int m, int inner, float[] bValues, int n, float[] bias,
            float[] cValues) {
        long cSize = (long) m * n;
        if (aValues.length < (long) m * inner || bValues.length < (long) n * inner || bias.length < n
                || cValues.length < cSize) {
            throw new IllegalArgumentException("dimensions differ");
        }
        if (m == 0 || n == 0) {
            return;
        }
        Nd4jRuntime.ensureBlas();
        int stride = inner + 1;
        a = ensure(a, (long) m * stride);
        b = ensure(b, (long) n * stride);
        c = ensure(c, cSize);
        stageWithLastColumn(a, aValues, m, inner, null);
        stageWithLastColumn(b, bValues, n, inner, bias);
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, stride, 1f, a, stride, b, stride, 0f, c, n);
        // the copy back is the largest: blocks of rows in parallel, each through its own view
        FloatPointer out = c;
        ParallelRanges.forEachChunk(m, n, (from, to) -> {
            FloatPointer view = new FloatPointer(out);
            view.position((long) from * n).get(cValues, from * n, (to - from) * n);
        });
    }

    /**
     * Writes {@code rows × inner} values with one more column, 1 (when {@code last} is null) or
     * last[row], through a reused Java array so that the native copy is one call.
     */
    private void stageWithLastColumn(FloatPointer target, float[] values, int rows, int inner, float[] last) {
        int stride = inner + 1;
        int size = Math.multiplyExact(rows, stride);
        if (staging.length < size) {
            staging = new float[size];
        }
        float[] rowsWithLast = staging;
        ParallelRanges.forEachChunk(rows, stride, (from, to) -> {
            for (int r = from; r < to; r++) {
                System.arraycopy(values, r * inner, rowsWithLast, r * stride, inner);
                rowsWithLast[r * stride + inner] = last == null ? 1f : last[r];
            }
            FloatPointer view = new FloatPointer(target);
            view.position((long) from * stride).put(rowsWithLast, from * stride, (to - from) * stride);
        });
    }

    private static FloatPointer ensure(FloatPointer p, long size) {
        if (p != null && p.capacity() >= size) {
            return p;
        }
        if (p != null) {
            p.deallocate();
        }
        return new FloatPointer(size);
    }

    @Override
    public void close() {
        for (FloatPointer p : new FloatPointer[] {a, b, c}) {
            if (p != null) {
                p.deallocate();
            }
        }
        a = null;
        b = null;
        c = null;
    }
}
