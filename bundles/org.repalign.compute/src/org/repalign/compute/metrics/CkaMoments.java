package org.repalign.compute.metrics;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.CblasUpper;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_dsyrk;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalDouble;

import org.bytedeco.javacpp.DoublePointer;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.kernel.internal.HsicTerms;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * The float64 statistics of a pair of representations from which linear CKA and unbiased linear
 * CKA follow exactly, in one pass over the rows: accumulated over any split of the rows into
 * ranges and merged ({@link #merge}), in any grouping, so that a cluster engine computes them per
 * partition and combines them by tree aggregation.
 *
 * <p>With xᵢ, yᵢ the rows shifted by constants c_x, c_y, aᵢ = ‖xᵢ‖², bᵢ = ‖yᵢ‖², s = Σxᵢ,
 * t = Σyᵢ, the statistics are n, XᵀX, YᵀY, XᵀY, s, t, Σaᵢ, Σbᵢ, Σaᵢbᵢ, Σaᵢ², Σbᵢ², Σaᵢyᵢ,
 * Σbᵢxᵢ, Σaᵢxᵢ and Σbᵢyᵢ, and with K̃, L̃ the linear kernels with zeroed diagonals:
 *
 * <pre>
 *   tr(KHLH) = ‖XᵀY − s tᵀ/n‖²_F                                     (biased HSIC · (n − 1)², Kornblith et al. 2019)
 *   tr(K̃L̃)   = ‖XᵀY‖²_F − Σaᵢbᵢ
 *   1ᵀK̃1     = ‖s‖² − Σaᵢ
 *   1ᵀK̃L̃1    = sᵀ(XᵀY)t − tᵀΣaᵢyᵢ − sᵀΣbᵢxᵢ + Σaᵢbᵢ
 *   1ᵀK̃K̃1    = sᵀ(XᵀX)s − 2 sᵀΣaᵢxᵢ + Σaᵢ²                          (and L with L alike)
 * </pre>
 *
 * and the unbiased HSIC of Song et al. 2012 (eq. 5) from those parts. Both estimators are
 * invariant to shifting X or Y by a constant row (the kernels change by terms that centring,
 * and the unbiased estimator's U-statistic, remove), so the rows are accumulated minus a shift
 * near their mean (the mean of a first block, {@link #meanOfRows}): the cross products then stay
 * of the size of the data's spread, and the differences above do not cancel catastrophically
 * when the rows are far from the origin.
 *
 * <p>Rows with a value that is not finite are not accumulated; the first one (lowest row of the
 * pair's order, either side) is recorded ({@link #firstNonFinite()}) for the caller to report.
 */
public final class CkaMoments implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int BLOCK_ROWS = 2048;

    private final double[] shiftX;
    private final double[] shiftY;
    private long n;
    private final double[] xtx;
    private final double[] yty;
    private final double[] xty;
    private final double[] sx;
    private final double[] sy;
    private double sa;
    private double sb;
    private double sab;
    private double saa;
    private double sbb;
    private final double[] say;
    private final double[] sbx;
    private final double[] sax;
    private final double[] sby;
    private NonFiniteValue firstNonFinite;

    /**
     * Where the first value that is not finite was met.
     *
     * @param side   0 for the first representation, 1 for the second
     * @param row    the row in the pair's order (the range's first row + offset)
     * @param column the column
     * @param value  the value (NaN or an infinity)
     */
    public record NonFiniteValue(int side, long row, int column, double value) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** @return {@code NaN}, {@code +Infinity} or {@code -Infinity} */
        public String describe() {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "+Infinity" : "-Infinity";
        }
    }

    private CkaMoments(double[] shiftX, double[] shiftY) {
        this.shiftX = shiftX.clone();
        this.shiftY = shiftY.clone();
        int d1 = shiftX.length;
        int d2 = shiftY.length;
        xtx = new double[d1 * d1];
        yty = new double[d2 * d2];
        xty = new double[d1 * d2];
        sx = new double[d1];
        sy = new double[d2];
        say = new double[d2];
        sbx = new double[d1];
        sax = new double[d1];
        sby = new double[d2];
    }

    /**
     * The statistics of no rows, the neutral element of {@link #merge}.
     *
     * @param shiftX the constant subtracted from every row of the first representation
     * @param shiftY the constant subtracted from every row of the second
     * @return empty statistics
     */
    public static CkaMoments empty(double[] shiftX, double[] shiftY) {
        return new CkaMoments(Objects.requireNonNull(shiftX, "shiftX"), Objects.requireNonNull(shiftY, "shiftY"));
    }

    /**
     * The mean of a range of rows, a shift for {@link #over}.
     *
     * @param m        the rows
     * @param firstRow the first row of the range
     * @param rowCount rows in the range, ≥ 1
     * @return the column means of those rows; columns with values that are not finite get 0
     */
    public static double[] meanOfRows(RowMatrix m, int firstRow, int rowCount) {
        int d = m.columns();
        double[] values = new double[rowCount * d];
        m.readRows(firstRow, rowCount, values, 0);
        double[] mean = new double[d];
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < d; c++) {
                mean[c] += values[r * d + c];
            }
        }
        for (int c = 0; c < d; c++) {
            mean[c] = Double.isFinite(mean[c]) ? mean[c] / rowCount : 0;
        }
        return mean;
    }

    /**
     * Accumulates a range of paired rows.
     *
     * @param x        the first representation, rows paired with {@code y}
     * @param y        the second
     * @param firstRow the range's first row
     * @param rowCount the range's rows
     * @param shiftX   subtracted from every row of {@code x}; the same for every range that is merged
     * @param shiftY   subtracted from every row of {@code y}
     * @return the statistics of that range
     * @throws IllegalArgumentException when the row counts or shift lengths do not match
     */
    public static CkaMoments over(RowMatrix x, RowMatrix y, int firstRow, int rowCount, double[] shiftX,
            double[] shiftY) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("rows differ: " + x.rows() + " and " + y.rows());
        }
        if (shiftX.length != x.columns() || shiftY.length != y.columns()) {
            throw new IllegalArgumentException("shifts of " + shiftX.length + " and " + shiftY.length
                    + " values for matrices of " + x.columns() + " and " + y.columns() + " columns");
        }
        CkaMoments moments = empty(shiftX, shiftY);
        moments.accumulate(x, y, firstRow, rowCount);
        return moments;
    }

    private void accumulate(RowMatrix x, RowMatrix y, int firstRow, int rowCount) {
        int d1 = shiftX.length;
        int d2 = shiftY.length;
        int blockRows = Math.max(1, Math.min(BLOCK_ROWS, rowCount));
        double[] bx = new double[blockRows * d1];
        double[] by = new double[blockRows * d2];
        double[] a = new double[blockRows];
        double[] b = new double[blockRows];
        Nd4jRuntime.ensureBlas();
        try (DoublePointer xx = zeros((long) d1 * d1); DoublePointer yy = zeros((long) d2 * d2);
                DoublePointer xy = zeros((long) d1 * d2); DoublePointer px = new DoublePointer((long) blockRows * d1);
                DoublePointer py = new DoublePointer((long) blockRows * d2)) {
            for (int start = firstRow; start < firstRow + rowCount; start += blockRows) {
                int read = Math.min(blockRows, firstRow + rowCount - start);
                x.readRows(start, read, bx, 0);
                y.readRows(start, read, by, 0);
                int rows = keepFinite(start, read, bx, by, d1, d2);
                shiftAndNorm(bx, rows, shiftX, a);
                shiftAndNorm(by, rows, shiftY, b);
                rowTerms(bx, by, a, b, rows, d1, d2);
                n += rows;
                if (rows == 0) {
                    continue;
                }
                px.position(0).put(bx, 0, rows * d1);
                py.position(0).put(by, 0, rows * d2);
                if (d1 > 0) {
                    cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, d1, rows, 1.0, px, d1, 1.0, xx, d1);
                }
                if (d2 > 0) {
                    cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, d2, rows, 1.0, py, d2, 1.0, yy, d2);
                }
                if (d1 > 0 && d2 > 0) {
                    cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, d1, d2, rows, 1.0, px, d1, py, d2, 1.0, xy, d2);
                }
            }
            xx.position(0).get(xtx);
            yy.position(0).get(yty);
            xy.position(0).get(xty);
        }
        DenseLinalg.mirrorUpper(xtx, d1);
        DenseLinalg.mirrorUpper(yty, d2);
    }

    /**
     * Moves the rows whose values are all finite to the front of the blocks, recording the first
     * row that is not.
     *
     * @return how many rows are kept
     */
    private int keepFinite(int start, int rows, double[] bx, double[] by, int d1, int d2) {
        int kept = 0;
        for (int r = 0; r < rows; r++) {
            boolean finite = finiteRow(bx, r, d1, 0, start) & finiteRow(by, r, d2, 1, start);
            if (finite) {
                if (kept != r) {
                    System.arraycopy(bx, r * d1, bx, kept * d1, d1);
                    System.arraycopy(by, r * d2, by, kept * d2, d2);
                }
                kept++;
            }
        }
        return kept;
    }

    private boolean finiteRow(double[] block, int r, int d, int side, int start) {
        for (int c = 0; c < d; c++) {
            double v = block[r * d + c];
            if (!Double.isFinite(v)) {
                NonFiniteValue found = new NonFiniteValue(side, (long) start + r, c, v);
                if (firstNonFinite == null || earlier(found, firstNonFinite)) {
                    firstNonFinite = found;
                }
                return false;
            }
        }
        return true;
    }

    private static boolean earlier(NonFiniteValue a, NonFiniteValue b) {
        return a.row() != b.row() ? a.row() < b.row() : a.side() < b.side();
    }

    /** Subtracts the shift from each row and puts its squared norm into {@code norms}. */
    private static void shiftAndNorm(double[] block, int rows, double[] shift, double[] norms) {
        int d = shift.length;
        for (int r = 0; r < rows; r++) {
            double squares = 0;
            int base = r * d;
            for (int c = 0; c < d; c++) {
                double v = block[base + c] - shift[c];
                block[base + c] = v;
                squares += v * v;
            }
            norms[r] = squares;
        }
    }

    /** The sums that weight rows by their own or the other side's squared norm. */
    private void rowTerms(double[] bx, double[] by, double[] a, double[] b, int rows, int d1, int d2) {
        for (int r = 0; r < rows; r++) {
            double ar = a[r];
            double br = b[r];
            sa += ar;
            sb += br;
            sab += ar * br;
            saa += ar * ar;
            sbb += br * br;
            int baseX = r * d1;
            for (int c = 0; c < d1; c++) {
                double v = bx[baseX + c];
                sx[c] += v;
                sax[c] += ar * v;
                sbx[c] += br * v;
            }
            int baseY = r * d2;
            for (int c = 0; c < d2; c++) {
                double v = by[baseY + c];
                sy[c] += v;
                say[c] += ar * v;
                sby[c] += br * v;
            }
        }
    }

    private static DoublePointer zeros(long size) {
        DoublePointer pointer = new DoublePointer(size);
        pointer.zero();
        return pointer;
    }

    /**
     * Adds another range's statistics to these.
     *
     * @param other statistics with the same shifts
     * @return this, for chaining in reductions
     * @throws IllegalArgumentException when the shifts differ
     */
    public CkaMoments merge(CkaMoments other) {
        if (!java.util.Arrays.equals(shiftX, other.shiftX) || !java.util.Arrays.equals(shiftY, other.shiftY)) {
            throw new IllegalArgumentException("statistics accumulated with different shifts cannot be merged");
        }
        n += other.n;
        add(xtx, other.xtx);
        add(yty, other.yty);
        add(xty, other.xty);
        add(sx, other.sx);
        add(sy, other.sy);
        add(say, other.say);
        add(sbx, other.sbx);
        add(sax, other.sax);
        add(sby, other.sby);
        sa += other.sa;
        sb += other.sb;
        sab += other.sab;
        saa += other.saa;
        sbb += other.sbb;
        if (other.firstNonFinite != null && (firstNonFinite == null || earlier(other.firstNonFinite, firstNonFinite))) {
            firstNonFinite = other.firstNonFinite;
        }
        return this;
    }

    private static void add(double[] target, double[] values) {
        for (int i = 0; i < target.length; i++) {
            target[i] += values[i];
        }
    }

    /** @return the rows accumulated (rows with values that are not finite excluded) */
    public long rows() {
        return n;
    }

    /** @return the first value that is not finite, if any was met */
    public java.util.Optional<NonFiniteValue> firstNonFinite() {
        return java.util.Optional.ofNullable(firstNonFinite);
    }

    /**
     * Linear CKA with the biased HSIC estimator, as the {@code cka} metric computes it.
     *
     * @return CKA, or empty when a representation is constant (a self-HSIC at rounding level)
     * @throws IllegalStateException when fewer than 2 rows were accumulated
     */
    public OptionalDouble cka() {
        if (n < 2) {
            throw new IllegalStateException("CKA needs at least 2 rows, got " + n);
        }
        double xx = HsicTerms.centredSquaredNorm(xtx, sx, sx, n);
        double yy = HsicTerms.centredSquaredNorm(yty, sy, sy, n);
        double xy = HsicTerms.centredSquaredNorm(xty, sx, sy, n);
        if (xx <= HsicTerms.BIASED_ZERO * dot(xtx, xtx) || yy <= HsicTerms.BIASED_ZERO * dot(yty, yty)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(xy / Math.sqrt(xx * yy));
    }

    /**
     * Linear CKA with the unbiased HSIC estimator of Song et al. 2012 (eq. 5), as the
     * {@code cka_unbiased} metric computes it.
     *
     * @return unbiased CKA, or empty when a representation is constant or a self-HSIC is not positive
     * @throws IllegalStateException when fewer than 4 rows were accumulated
     */
    public OptionalDouble unbiasedCka() {
        if (n < 4) {
            throw new IllegalStateException("unbiased CKA needs at least 4 rows, got " + n);
        }
        double[] kk = unbiased(dot(xtx, xtx) - saa, dot(sx, sx) - sa, dot(sx, sx) - sa,
                quadratic(xtx, sx, sx) - 2 * dot(sx, sax) + saa);
        double[] ll = unbiased(dot(yty, yty) - sbb, dot(sy, sy) - sb, dot(sy, sy) - sb,
                quadratic(yty, sy, sy) - 2 * dot(sy, sby) + sbb);
        double[] kl = unbiased(dot(xty, xty) - sab, dot(sx, sx) - sa, dot(sy, sy) - sb,
                quadratic(xty, sx, sy) - dot(sy, say) - dot(sx, sbx) + sab);
        if (kk[0] <= HsicTerms.UNBIASED_ZERO * kk[1] || ll[0] <= HsicTerms.UNBIASED_ZERO * ll[1]) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(kl[0] / Math.sqrt(kk[0] * ll[0]));
    }

    /** Song et al. 2012, eq. 5: {value, magnitude of its terms}, both divided by n(n − 3). */
    private double[] unbiased(double trace, double totalK, double totalL, double rowProducts) {
        return HsicTerms.combineUnbiased(n, trace, totalK, totalL, rowProducts);
    }

    /** uᵀ M v for M of u.length × v.length. */
    private static double quadratic(double[] m, double[] u, double[] v) {
        double total = 0;
        int columns = v.length;
        for (int i = 0; i < u.length; i++) {
            double row = 0;
            int base = i * columns;
            for (int j = 0; j < columns; j++) {
                row += m[base + j] * v[j];
            }
            total += u[i] * row;
        }
        return total;
    }

    private static double dot(double[] a, double[] b) {
        return HsicTerms.dot(a, b);
    }
}
