package org.repalign.compute.sae;

import java.util.Arrays;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.sae.internal.Sgemm;

/**
 * The weights of a trained sparse autoencoder, in SAELens layout and float32:
 * {@code W_enc} d_in × d_sae, {@code b_enc} d_sae, {@code W_dec} d_sae × d_in (each row an
 * atom), {@code b_dec} d_in, and for threshold architectures a per-latent {@code threshold}.
 *
 * <p>For a row x: {@code x' = s·x} with the input scale s (1 unless the SAE was trained with
 * input scaling), {@code pre = (x' − b_dec) W_enc + b_enc}, {@code z} = the architecture's
 * activation of {@code pre}, and the reconstruction {@code x̂ = (z W_dec + b_dec) / s}. Codes
 * are the {@code z} of the scaled input. Instances are immutable and thread-safe.
 */
public final class SparseAutoencoder {

    private static final int BLOCK = 512;

    private final SaeArchitecture architecture;
    private final int dIn;
    private final int dSae;
    private final int k;
    private final float[] wEncT;
    private final float[] bEnc;
    private final float[] wDec;
    private final float[] bDec;
    private final float[] threshold;
    private final float inputScale;

    private SparseAutoencoder(SaeArchitecture architecture, int dIn, int dSae, int k, float[] wEncT, float[] bEnc,
            float[] wDec, float[] bDec, float[] threshold, float inputScale) {
        this.architecture = architecture;
        this.dIn = dIn;
        this.dSae = dSae;
        this.k = k;
        this.wEncT = wEncT;
        this.bEnc = bEnc;
        this.wDec = wDec;
        this.bDec = bDec;
        this.threshold = threshold;
        this.inputScale = inputScale;
    }

    /**
     * Builds an SAE from SAELens-layout arrays (copied).
     *
     * @param architecture an id known to {@link SaeArchitectures}
     * @param dIn          d_in
     * @param dSae         d_sae
     * @param k            k (checked only when the architecture uses it)
     * @param wEnc         d_in × d_sae, row-major
     * @param bEnc         d_sae
     * @param wDec         d_sae × d_in, row-major
     * @param bDec         d_in
     * @param threshold    d_sae thresholds, or {@code null}
     * @param inputScale   the factor applied to inputs before encoding (1 for none)
     * @return the SAE
     * @throws IllegalArgumentException naming the parameter whose shape or value is wrong
     */
    public static SparseAutoencoder of(String architecture, int dIn, int dSae, int k, float[] wEnc, float[] bEnc,
            float[] wDec, float[] bDec, float[] threshold, double inputScale) {
        SaeArchitecture arch = SaeArchitectures.get(architecture);
        if (dIn <= 0) {
            throw new IllegalArgumentException("d_in must be positive, got " + dIn);
        }
        if (dSae <= 0) {
            throw new IllegalArgumentException("d_sae must be positive, got " + dSae);
        }
        if (arch.usesK() && (k <= 0 || k > dSae)) {
            throw new IllegalArgumentException("k must lie in [1, d_sae = " + dSae + "], got " + k);
        }
        check("W_enc", wEnc, (long) dIn * dSae);
        check("b_enc", bEnc, dSae);
        check("W_dec", wDec, (long) dSae * dIn);
        check("b_dec", bDec, dIn);
        if (threshold != null) {
            check("threshold", threshold, dSae);
        }
        if (!(inputScale > 0) || Double.isInfinite(inputScale)) {
            throw new IllegalArgumentException("inputScale must be positive and finite, got " + inputScale);
        }
        return new SparseAutoencoder(arch, dIn, dSae, k, transpose(wEnc, dIn, dSae), bEnc.clone(), wDec.clone(),
                bDec.clone(), threshold == null ? null : threshold.clone(), (float) inputScale);
    }

    /** Wraps arrays the caller hands over (encoder already transposed to d_sae × d_in). */
    static SparseAutoencoder wrapTransposed(SaeArchitecture arch, int dIn, int dSae, int k, float[] wEncT,
            float[] bEnc, float[] wDec, float[] bDec, float[] threshold, float inputScale) {
        return new SparseAutoencoder(arch, dIn, dSae, k, wEncT, bEnc, wDec, bDec, threshold, inputScale);
    }

    private static void check(String name, float[] values, long expected) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(name + " has " + values.length + " values, expected " + expected);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " holds a non-finite value at position " + i);
            }
        }
    }

    static float[] transpose(float[] a, int rows, int columns) {
        float[] t = new float[a.length];
        for (int r = 0; r < rows; r++) {
            int base = r * columns;
            for (int c = 0; c < columns; c++) {
                t[c * rows + r] = a[base + c];
            }
        }
        return t;
    }

    /** @return the architecture */
    public SaeArchitecture architecture() {
        return architecture;
    }

    /** @return d_in */
    public int dIn() {
        return dIn;
    }

    /** @return d_sae */
    public int dSae() {
        return dSae;
    }

    /** @return k */
    public int k() {
        return k;
    }

    /** @return the input scale s */
    public float inputScale() {
        return inputScale;
    }

    /** @return a copy of W_enc, d_in × d_sae */
    public float[] wEnc() {
        return transpose(wEncT, dSae, dIn);
    }

    /** @return a copy of b_enc */
    public float[] bEnc() {
        return bEnc.clone();
    }

    /** @return a copy of W_dec, d_sae × d_in */
    public float[] wDec() {
        return wDec.clone();
    }

    /** @return a copy of b_dec */
    public float[] bDec() {
        return bDec.clone();
    }

    /** @return a copy of the thresholds, or {@code null} */
    public float[] threshold() {
        return threshold == null ? null : threshold.clone();
    }

    float[] wEncTransposedView() {
        return wEncT;
    }

    float[] wDecView() {
        return wDec;
    }

    /**
     * Encodes every row.
     *
     * @param data n × d_in, finite
     * @return the n × d_sae codes
     * @throws IllegalArgumentException when d_in differs or a row holds NaN or ±∞
     */
    public CsrMatrix encode(RowMatrix data) {
        checkData(data);
        int n = data.rows();
        int[] indptr = new int[n + 1];
        int[] indices = new int[16];
        double[] values = new double[16];
        int size = 0;
        Workspace ws = new Workspace();
        for (int first = 0; first < n; first += BLOCK) {
            int rows = Math.min(BLOCK, n - first);
            float[] x = ws.read(data, first, rows);
            SparseBatch codes = ws.encode(x, rows);
            if (size + codes.size() > indices.length) {
                int capacity = Math.max(size + codes.size(), indices.length * 2);
                indices = Arrays.copyOf(indices, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            for (int r = 0; r < rows; r++) {
                for (int p = codes.start(r); p < codes.end(r); p++) {
                    indices[size] = codes.latentAt(p);
                    values[size++] = codes.valueAt(p);
                }
                indptr[first + r + 1] = size;
            }
        }
        return CsrMatrix.of(n, dSae, indptr, Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    /**
     * Decodes codes: {@code x̂ = (z W_dec + b_dec) / s}, touching only the nonzeros.
     *
     * @param codes n × d_sae
     * @return n × d_in reconstructions
     */
    public DenseMatrix decode(CsrMatrix codes) {
        if (codes.columns() != dSae) {
            throw new IllegalArgumentException("codes have " + codes.columns() + " columns, expected d_sae = " + dSae);
        }
        int n = codes.rows();
        double[] out = new double[Math.multiplyExact(n, dIn)];
        float[] row = new float[dIn];
        for (int r = 0; r < n; r++) {
            System.arraycopy(bDec, 0, row, 0, dIn);
            for (int p = codes.rowStart(r); p < codes.rowEnd(r); p++) {
                axpy((float) codes.valueAt(p), wDec, codes.columnAt(p) * dIn, row, 0, dIn);
            }
            for (int c = 0; c < dIn; c++) {
                out[r * dIn + c] = row[c] / inputScale;
            }
        }
        return DenseMatrix.wrap(n, dIn, out);
    }

    /**
     * @param data n × d_in
     * @return the n × d_in reconstructions
     */
    public DenseMatrix reconstruct(RowMatrix data) {
        return decode(encode(data));
    }

    void checkData(RowMatrix data) {
        if (data.columns() != dIn) {
            throw new IllegalArgumentException("d_in mismatch: data has " + data.columns()
                    + " columns, the SAE expects d_in = " + dIn);
        }
    }

    static void axpy(float a, float[] x, int xOffset, float[] y, int yOffset, int length) {
        for (int i = 0; i < length; i++) {
            y[yOffset + i] += a * x[xOffset + i];
        }
    }

    /** Per-caller buffers for block-wise encoding; not thread-safe. */
    final class Workspace {
        private final double[] raw = new double[BLOCK * dIn];
        private final float[] x = new float[BLOCK * dIn];
        private final float[] centred = new float[BLOCK * dIn];
        private final float[] pre = new float[BLOCK * dSae];
        private final SparseBatch codes = new SparseBatch();
        private final Sgemm sgemm = new Sgemm();

        /** Reads, checks and scales a block of rows. */
        float[] read(RowMatrix data, int first, int rows) {
            data.readRows(first, rows, raw, 0);
            for (int i = 0; i < rows * dIn; i++) {
                double v = raw[i];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("data: row " + (first + i / dIn) + " holds a non-finite value ("
                            + v + ") in column " + (i % dIn));
                }
                x[i] = (float) v * inputScale;
            }
            return x;
        }

        /** Encodes {@code rows} scaled rows of {@code x}. */
        SparseBatch encode(float[] xs, int rows) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < dIn; c++) {
                    centred[r * dIn + c] = xs[r * dIn + c] - bDec[c];
                }
            }
            sgemm.multiplyTransposed(centred, rows, dIn, wEncT, dSae, pre);
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < dSae; j++) {
                    pre[r * dSae + j] += bEnc[j];
                }
            }
            architecture.encode(pre, rows, dSae, k, threshold, codes);
            return codes;
        }

        /** Writes the scaled-space reconstruction z W_dec + b_dec of row r of the last block. */
        void decodeRow(int r, float[] target) {
            System.arraycopy(bDec, 0, target, 0, dIn);
            for (int p = codes.start(r); p < codes.end(r); p++) {
                axpy(codes.valueAt(p), wDec, codes.latentAt(p) * dIn, target, 0, dIn);
            }
        }
    }

    Workspace workspace() {
        return new Workspace();
    }
}
