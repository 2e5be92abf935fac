package org.repalign.compute.metrics.knn.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Exact k-nearest-neighbour search for dense rows in two stages: a float32 screening pass that
 * keeps, per row, a candidate set that provably contains the float64 top list, then float64
 * rescoring of those candidates only. The result is the one the float64 search defines: the
 * scores are float64 inner products of the original rows, and the top list of every row is
 * selected under the same total order (score descending, then tie key ascending).
 *
 * <h2>Screening bound</h2>
 * The rows are scaled by one power of two 2<sup>e</sup> chosen so that the largest row norm lies
 * in [½, 1) (exact in binary arithmetic, and it orders nothing differently), rounded to float32
 * and multiplied tile by tile with SGEMM. Write x̃, ỹ for two scaled float64 rows, u = 2⁻²⁴ for
 * the unit roundoff of float32, λ = 2⁻¹⁵⁰ for half its subnormal spacing and
 * γ<sub>d</sub> = d·u / (1 − d·u) (Higham, <i>Accuracy and Stability of Numerical
 * Algorithms</i>, 2nd ed., §3.1; the bound holds for every order of summation, blocked and
 * fused multiply-add evaluation included). With the standard model of floating-point arithmetic
 * with gradual underflow (Higham §2.1), rounding the rows to float32 changes their inner product
 * by at most (2u + u²)‖x̃‖‖ỹ‖ + 4dλ, and the float32 evaluation of that inner product adds at
 * most γ<sub>d</sub>(1 + u)²‖x̃‖‖ỹ‖ + 5dλ. The float64 score itself (computed in a fixed order)
 * differs from the real inner product by at most γ<sub>d</sub><sup>(64)</sup>‖x̃‖‖ỹ‖ plus a
 * negligible underflow term (γ<sup>(64)</sup> with u = 2⁻⁵³). Hence for every pair
 * <pre>
 *   |s32(i, j) − s64(i, j)| ≤ E(i, j) = c·‖x̃_i‖‖x̃_j‖ + a,
 *   c = (γ_d (1 + u)² + 2u + u² + γ_d⁽⁶⁴⁾)·(1 + 2⁻¹⁰),   a = (d + 2)·2⁻¹⁴⁶
 * </pre>
 * where the factor 1 + 2⁻¹⁰ and the generous a also cover the rounding of the norms and of the
 * bound arithmetic itself (all relative errors of order 2⁻⁵⁰).
 *
 * <h2>Candidate sets</h2>
 * Every score lies in [L, U] = [s32 − E, s32 + E]. Let T be the K-th largest lower bound L of a
 * row (K = stored depth). At least K other rows have float64 score ≥ T, so a row j with U &lt; T
 * scores strictly less than K others and cannot be among the first K, ties included. The
 * search keeps, per row, a buffer of the candidates with U ≥ T at the time they were seen, where T
 * is the K-th largest lower bound in the buffer at its last compaction (it only rises); when a
 * buffer fills, T is raised by quickselect and the buffer compacted against it. At the end the candidates with U ≥ T (final)
 * are rescored in float64 and the list is selected exactly.
 *
 * <h2>Fallbacks</h2>
 * A row whose candidate buffer cannot be kept under the cap (mass ties, e.g. sparse codes) is
 * solved by an exact float64 scan over all rows. When more rows than allowed fall back, when the
 * norms are not finite, all zero or so small that float32 underflow could dominate, or when
 * d·u ≥ ½, the screening gives up ({@code null}) and the caller runs the float64 search.
 */
final class ScreenedSearch {

    /** Unit roundoff of float32. */
    static final double U32 = 0x1p-24;
    /** Unit roundoff of float64. */
    static final double U64 = 0x1p-53;
    /** Smallest largest-row-norm for which the screening is used. */
    private static final double SMALLEST_NORM = 0x1p-400;
    /** Rows copied to float64 at a time when streaming through a matrix. */
    private static final int CHUNK_ROWS = 64;
    /** Float64 bytes of a rescoring group's own rows (kept in cache while its candidates are scored). */
    private static final long GROUP_BYTES = 2L << 20;

    private final RowMatrix matrix;
    private final int n;
    private final int d;
    private final int depth;
    private final int blockRows;
    private final int cap;
    /** Float64 copy of the rows per block, or null when the matrix is read directly. */
    private final double[][] copy;
    /** Scaled float64 row norms ‖x̃_i‖. */
    private final double[] norm;
    /** c·‖x̃_i‖ per row. */
    private final double[] rowBound;
    private final double absolute;
    /**
     * Per row the {@code depth}-th largest lower bound among its kept candidates as of the last
     * compaction (−∞ before the first), +∞ once the row fell back.
     */
    private final double[] threshold;
    /** Per row the kept candidates, each packed as (float32 score bits &lt;&lt; 32) | column. */
    private final long[][] candidates;
    private final int[] candidateCount;
    private final boolean[] fallback;
    private final AtomicInteger fallbackCount = new AtomicInteger();

    private ScreenedSearch(RowMatrix matrix, int depth, int blockRows, int cap, double[][] copy, double[] norm,
            double boundFactor, double absolute) {
        this.matrix = matrix;
        this.n = matrix.rows();
        this.d = matrix.columns();
        this.depth = depth;
        this.blockRows = blockRows;
        this.cap = cap;
        this.copy = copy;
        this.norm = norm;
        this.absolute = absolute;
        this.rowBound = new double[n];
        for (int i = 0; i < n; i++) {
            rowBound[i] = boundFactor * norm[i];
        }
        this.threshold = new double[n];
        Arrays.fill(threshold, Double.NEGATIVE_INFINITY);
        this.candidates = new long[n][];
        this.candidateCount = new int[n];
        this.fallback = new boolean[n];
    }

    /**
     * The relative factor c of the screening bound for inner products of length {@code d}.
     *
     * @param d the number of columns
     * @return c, or NaN when d·u ≥ ½
     */
    static double boundFactor(int d) {
        double du = d * U32;
        if (du >= 0.5) {
            return Double.NaN;
        }
        double gamma32 = du / (1 - du);
        double gamma64 = d * U64 / (1 - d * U64);
        return (gamma32 * (1 + U32) * (1 + U32) + 2 * U32 + U32 * U32 + gamma64) * (1 + 0x1p-10);
    }

    /**
     * The absolute term a of the screening bound (underflow), in the scaled units.
     *
     * @param d the number of columns
     * @return a
     */
    static double absoluteBound(int d) {
        return (d + 2.0) * 0x1p-146;
    }

    /**
     * @param matrix          dense n × d rows
     * @param maxK            the largest k, 1 ≤ maxK ≤ n − 1
     * @param tieKeys         tie keys
     * @param blockRows       rows per tile
     * @param checkCanceled   called between tiles
     * @param candidateCap    most candidates a row may keep before it falls back to a full scan
     * @param maxFallbackRows most rows that may fall back before the whole screening gives up
     * @return the lists, or null when the caller must run the float64 search
     */
    static NeighbourLists search(RowMatrix matrix, int maxK, int[] tieKeys, int blockRows, Runnable checkCanceled,
            int candidateCap, int maxFallbackRows) {
        int n = matrix.rows();
        int d = matrix.columns();
        int depth = Math.min(maxK + 1, n - 1);
        double factor = boundFactor(d);
        if (Double.isNaN(factor) || d == 0) {
            return null;
        }
        // one pass over the matrix: finiteness, norms, and (for non-heap matrices) a float64 copy
        boolean direct = matrix instanceof DenseMatrix;
        int blocks = (n + blockRows - 1) / blockRows;
        double[][] copy = direct ? null : new double[blocks][];
        double[] norm = new double[n];
        double[] chunk = direct ? new double[Math.min(blockRows, CHUNK_ROWS) * d] : null;
        double largest = 0;
        for (int b = 0; b < blocks; b++) {
            int first = b * blockRows;
            int rows = Math.min(blockRows, n - first);
            if (direct) {
                int chunkRows = chunk.length / d;
                for (int start = first; start < first + rows; start += chunkRows) {
                    int count = Math.min(chunkRows, first + rows - start);
                    matrix.readRows(start, count, chunk, 0);
                    NeighbourSearch.checkFinite(chunk, count * d, start, d);
                    largest = Math.max(largest, norms(chunk, start, count, d, norm));
                }
            } else {
                double[] values = new double[rows * d];
                matrix.readRows(first, rows, values, 0);
                NeighbourSearch.checkFinite(values, values.length, first, d);
                largest = Math.max(largest, norms(values, first, rows, d, norm));
                copy[b] = values;
            }
        }
        if (!Double.isFinite(largest) || largest < SMALLEST_NORM) {
            return null;
        }
        int scale = -Math.getExponent(largest) - 1;
        for (int i = 0; i < n; i++) {
            norm[i] = Math.scalb(norm[i], scale);
        }
        int cap = Math.max(candidateCap, depth);
        ScreenedSearch search = new ScreenedSearch(matrix, depth, blockRows, cap, copy, norm, factor,
                absoluteBound(d));
        if (!search.screen(scale, checkCanceled, maxFallbackRows)) {
            return null;
        }
        return search.rescore(tieKeys, maxK, maxFallbackRows);
    }

    /** Fills {@code norm} for {@code rows} rows starting at {@code first}; returns their largest norm. */
    private static double norms(double[] values, int first, int rows, int d, double[] norm) {
        double largest = 0;
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            int base = r * d;
            for (int c = 0; c < d; c++) {
                sum += values[base + c] * values[base + c];
            }
            norm[first + r] = Math.sqrt(sum);
            largest = Math.max(largest, norm[first + r]);
        }
        return largest;
    }

    /** The float32 pass; false when too many rows fell back. */
    private boolean screen(int scale, Runnable checkCanceled, int maxFallbackRows) {
        Nd4jRuntime.ensureInitialized();
        int blocks = (n + blockRows - 1) / blockRows;
        INDArray[] scaled = new INDArray[blocks];
        INDArray product = null;
        try {
            double[] values = new double[Math.min(blockRows, n) * d];
            for (int b = 0; b < blocks; b++) {
                int first = b * blockRows;
                int rows = Math.min(blockRows, n - first);
                float[] rounded = new float[rows * d];
                double[] source;
                int offset;
                if (copy != null) {
                    source = copy[b];
                    offset = 0;
                } else {
                    matrix.readRows(first, rows, values, 0);
                    source = values;
                    offset = 0;
                }
                for (int p = 0; p < rows * d; p++) {
                    rounded[p] = (float) Math.scalb(source[offset + p], scale);
                }
                scaled[b] = Nd4j.createUninitialized(DataType.FLOAT, rows, d);
                scaled[b].data().asNioFloat().put(rounded);
            }
            float[] tile = null;
            for (int bj = 0; bj < blocks; bj++) {
                for (int bi = 0; bi <= bj; bi++) {
                    checkCanceled.run();
                    INDArray a = scaled[bi];
                    INDArray b = scaled[bj];
                    int rowsI = (int) a.rows();
                    int rowsJ = (int) b.rows();
                    if (product == null || product.rows() != rowsI || product.columns() != rowsJ) {
                        if (product != null) {
                            product.close();
                        }
                        product = Nd4j.createUninitialized(DataType.FLOAT, rowsI, rowsJ);
                        tile = new float[rowsI * rowsJ];
                    }
                    Nd4j.gemm(a, b, product, false, true, 1.0, 0.0);
                    product.data().asNioFloat().get(0, tile);
                    feed(tile, bi * blockRows, rowsI, bj * blockRows, rowsJ, bi == bj);
                }
                if (fallbackCount.get() > maxFallbackRows) {
                    return false;
                }
            }
            return true;
        } finally {
            if (product != null) {
                product.close();
            }
            for (INDArray block : scaled) {
                if (block != null) {
                    block.close();
                }
            }
        }
    }

    /** Offers a tile to the rows of both blocks; parts own disjoint rows. */
    private void feed(float[] tile, int firstI, int rowsI, int firstJ, int rowsJ, boolean diagonal) {
        int parts = ParallelRanges.DEFAULT_PARTS;
        if (diagonal) {
            ParallelRanges.run(parts, (part, all) -> offerRows(tile, firstI, rowsI, firstJ, rowsJ, true,
                    ParallelRanges.split(rowsI, part, all), ParallelRanges.split(rowsI, part + 1, all)));
        } else if (parts == 1) {
            offerRows(tile, firstI, rowsI, firstJ, rowsJ, false, 0, rowsI);
            offerColumns(tile, firstI, rowsI, firstJ, rowsJ, 0, rowsJ);
        } else {
            int rowParts = parts / 2;
            int columnParts = parts - rowParts;
            ParallelRanges.run(parts, (part, all) -> {
                if (part < rowParts) {
                    offerRows(tile, firstI, rowsI, firstJ, rowsJ, false, ParallelRanges.split(rowsI, part, rowParts),
                            ParallelRanges.split(rowsI, part + 1, rowParts));
                } else {
                    int p = part - rowParts;
                    offerColumns(tile, firstI, rowsI, firstJ, rowsJ, ParallelRanges.split(rowsJ, p, columnParts),
                            ParallelRanges.split(rowsJ, p + 1, columnParts));
                }
            });
        }
    }

    /**
     * A float32 value v with v ≤ t − (bound·largestNorm + a), so that a float32 score below v
     * certainly has an upper bound below t (the cheap first test of the hot loops).
     */
    private float quickThreshold(double t, double bound, double largestNorm) {
        if (t == Double.POSITIVE_INFINITY) {
            return Float.POSITIVE_INFINITY;
        }
        double low = t - (bound * largestNorm + absolute) * (1 + 0x1p-20);
        // rounding to float32 moves a value by at most 2⁻²⁴ of it, or 2⁻¹⁵⁰ below the normal range
        return (float) (low - Math.abs(low) * 0x1p-20 - 0x1p-140);
    }

    /** Offers tile rows {@code from..to-1} to the rows of block I. */
    private void offerRows(float[] tile, int firstI, int rowsI, int firstJ, int rowsJ, boolean diagonal, int from,
            int to) {
        double a = absolute;
        double[] scratch = new double[cap];
        double largestJ = largestNorm(firstJ, rowsJ);
        for (int r = from; r < to; r++) {
            int i = firstI + r;
            int base = r * rowsJ;
            double bound = rowBound[i];
            double t = threshold[i];
            float quick = quickThreshold(t, bound, largestJ);
            for (int c = 0; c < rowsJ; c++) {
                float value = tile[base + c];
                if (value >= quick) {
                    double s = value;
                    if (s + (bound * norm[firstJ + c] + a) >= t && !(diagonal && c == r)) {
                        if (accept(i, firstJ + c, value, scratch)) {
                            t = threshold[i];
                            quick = quickThreshold(t, bound, largestJ);
                        }
                    }
                }
            }
        }
    }

    /** Offers tile columns {@code from..to-1} to the rows of block J (off-diagonal tiles only). */
    private void offerColumns(float[] tile, int firstI, int rowsI, int firstJ, int rowsJ, int from, int to) {
        double a = absolute;
        double[] scratch = new double[cap];
        double largestI = largestNorm(firstI, rowsI);
        float[] quick = new float[rowsJ];
        for (int c = from; c < to; c++) {
            quick[c] = quickThreshold(threshold[firstJ + c], rowBound[firstJ + c], largestI);
        }
        for (int r = 0; r < rowsI; r++) {
            int i = firstI + r;
            int base = r * rowsJ;
            double ni = norm[i];
            for (int c = from; c < to; c++) {
                float value = tile[base + c];
                if (value >= quick[c]) {
                    int j = firstJ + c;
                    double s = value;
                    if (s + (rowBound[j] * ni + a) >= threshold[j]) {
                        if (accept(j, i, value, scratch)) {
                            quick[c] = quickThreshold(threshold[j], rowBound[j], largestI);
                        }
                    }
                }
            }
        }
    }

    private double largestNorm(int first, int rows) {
        double largest = 0;
        for (int r = 0; r < rows; r++) {
            largest = Math.max(largest, norm[first + r]);
        }
        return largest;
    }

    /**
     * Keeps candidate {@code j} of row {@code i} with float32 score {@code s}.
     *
     * @return whether the row's threshold may have changed
     */
    private boolean accept(int i, int j, float s, double[] scratch) {
        int count = candidateCount[i];
        long[] kept = candidates[i];
        if (kept == null || count == kept.length) {
            if (!makeRoom(i, scratch)) {
                return true;
            }
            kept = candidates[i];
            count = candidateCount[i];
            kept[count] = pack(s, j);
            candidateCount[i] = count + 1;
            return true;
        }
        kept[count] = pack(s, j);
        candidateCount[i] = count + 1;
        return false;
    }

    /**
     * Raises the threshold of row i to the {@code depth}-th largest lower bound of its
     * candidates (never lowers it) and drops the candidates whose upper bound is below it.
     *
     * @return the candidates left
     */
    private int tighten(int i, double[] scratch) {
        int count = candidateCount[i];
        if (count >= depth) {
            long[] kept = candidates[i];
            double bound = rowBound[i];
            for (int p = 0; p < count; p++) {
                scratch[p] = score(kept[p]) - (bound * norm[column(kept[p])] + absolute);
            }
            double t = select(scratch, count, count - depth);
            if (t > threshold[i]) {
                threshold[i] = t;
            }
        }
        return compact(i, threshold[i]);
    }

    /** Compacts or grows the buffer of row i; false when the row falls back to a full scan. */
    private boolean makeRoom(int i, double[] scratch) {
        long[] kept = candidates[i];
        if (kept == null) {
            candidates[i] = new long[Math.min(cap, Math.max(16, 4 * depth + 16))];
            return true;
        }
        int count = tighten(i, scratch);
        int length = kept.length;
        if (count > length / 2) {
            if (length == cap) {
                if (count > cap - Math.max(1, cap / 8)) {
                    fallback[i] = true;
                    threshold[i] = Double.POSITIVE_INFINITY;
                    candidates[i] = null;
                    candidateCount[i] = 0;
                    fallbackCount.incrementAndGet();
                    return false;
                }
            } else {
                int grown = (int) Math.min(cap, 2L * length);
                candidates[i] = Arrays.copyOf(kept, grown);
            }
        }
        return true;
    }

    /** Drops the candidates of row i whose upper bound is below {@code t}; returns how many remain. */
    private int compact(int i, double t) {
        long[] kept = candidates[i];
        int count = candidateCount[i];
        double bound = rowBound[i];
        int out = 0;
        for (int p = 0; p < count; p++) {
            long entry = kept[p];
            if (score(entry) + (bound * norm[column(entry)] + absolute) >= t) {
                kept[out++] = entry;
            }
        }
        candidateCount[i] = out;
        return out;
    }

    private static long pack(float score, int column) {
        return ((long) Float.floatToRawIntBits(score) << 32) | column;
    }

    private static double score(long entry) {
        return Float.intBitsToFloat((int) (entry >>> 32));
    }

    private static int column(long entry) {
        return (int) entry;
    }

    /**
     * Rearranges {@code values[0..count-1]} and returns the value of rank {@code rank} in
     * ascending order (quickselect with median-of-three pivots).
     */
    static double select(double[] values, int count, int rank) {
        int lo = 0;
        int hi = count - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three into values[mid]
            if (values[mid] < values[lo]) {
                swap(values, mid, lo);
            }
            if (values[hi] < values[lo]) {
                swap(values, hi, lo);
            }
            if (values[hi] < values[mid]) {
                swap(values, hi, mid);
            }
            double pivot = values[mid];
            int left = lo;
            int right = hi;
            while (left <= right) {
                while (values[left] < pivot) {
                    left++;
                }
                while (values[right] > pivot) {
                    right--;
                }
                if (left <= right) {
                    swap(values, left, right);
                    left++;
                    right--;
                }
            }
            if (rank <= right) {
                hi = right;
            } else if (rank >= left) {
                lo = left;
            } else {
                return values[rank];
            }
        }
        return values[rank];
    }

    private static void swap(double[] values, int a, int b) {
        double t = values[a];
        values[a] = values[b];
        values[b] = t;
    }

    /** The float64 stage: exact scores for the candidates, full scans for the rows that fell back. */
    private NeighbourLists rescore(int[] tieKeys, int maxK, int maxFallbackRows) {
        // a row's final candidate set: upper bound at least its final threshold
        double[] scratch = new double[cap];
        for (int i = 0; i < n; i++) {
            if (!fallback[i] && (candidates[i] == null || tighten(i, scratch) < depth)) {
                throw new IllegalStateException("row " + i + " has too few candidates");
            }
        }
        if (fallbackCount.get() > maxFallbackRows) {
            return null;
        }
        BoundedHeaps heaps = new BoundedHeaps(n, depth, tieKeys);
        int groupRows = (int) Math.max(1, Math.min(n, GROUP_BYTES / (8L * d)));
        int groups = (n + groupRows - 1) / groupRows;
        ParallelRanges.run(Math.min(ParallelRanges.DEFAULT_PARTS, groups), (part, parts) -> {
            double[] own = new double[groupRows * d];
            double[] rowJ = new double[d];
            double[] chunk = copy == null ? new double[Math.min(CHUNK_ROWS, n) * d] : null;
            long[][] pairs = { new long[0] };
            for (int g = part; g < groups; g += parts) {
                int first = g * groupRows;
                rescoreGroup(heaps, first, Math.min(groupRows, n - first), own, rowJ, chunk, pairs);
            }
        });
        return heaps.toLists(maxK, n - fallbackCount.get());
    }

    /**
     * Rescores the candidates of rows {@code first..first+rows-1}. The (candidate, row) pairs are
     * sorted by candidate, so every candidate row is read once per group while the group's own
     * rows stay in cache: the rescoring reads far fewer rows from memory than it computes dots.
     */
    private void rescoreGroup(BoundedHeaps heaps, int first, int rows, double[] own, double[] rowJ, double[] chunk,
            long[][] pairBuffer) {
        for (int r = 0; r < rows; r++) {
            readRow(first + r, own, r * d);
        }
        int total = 0;
        for (int r = 0; r < rows; r++) {
            total += candidateCount[first + r];
        }
        long[] pairs = pairBuffer[0];
        if (pairs.length < total) {
            pairs = new long[Math.max(total, pairs.length + pairs.length / 2)];
            pairBuffer[0] = pairs;
        }
        int m = 0;
        for (int r = 0; r < rows; r++) {
            int i = first + r;
            long[] kept = candidates[i];
            for (int p = 0; p < candidateCount[i]; p++) {
                pairs[m++] = ((long) column(kept[p]) << 32) | r;
            }
            candidates[i] = null;
            candidateCount[i] = 0;
        }
        Arrays.sort(pairs, 0, m);
        int current = -1;
        double[] source = null;
        int offset = 0;
        for (int p = 0; p < m; p++) {
            int j = (int) (pairs[p] >>> 32);
            int r = (int) pairs[p];
            if (j != current) {
                current = j;
                if (j >= first && j < first + rows) {
                    source = own;
                    offset = (j - first) * d;
                } else if (copy != null) {
                    source = copy[j / blockRows];
                    offset = (j % blockRows) * d;
                } else {
                    matrix.readRows(j, 1, rowJ, 0);
                    source = rowJ;
                    offset = 0;
                }
            }
            double s = dot(own, r * d, source, offset, d);
            int i = first + r;
            if (heaps.mayEnter(i, s)) {
                heaps.offer(i, j, s);
            }
        }
        for (int r = 0; r < rows; r++) {
            if (fallback[first + r]) {
                scanAll(heaps, first + r, own, r * d, chunk);
            }
        }
    }

    private void readRow(int i, double[] target, int offset) {
        if (copy == null) {
            matrix.readRows(i, 1, target, offset);
        } else {
            System.arraycopy(copy[i / blockRows], (i % blockRows) * d, target, offset, d);
        }
    }

    /** Offers every other row to row i with its exact float64 score. */
    private void scanAll(BoundedHeaps heaps, int i, double[] rowI, int rowOffset, double[] chunk) {
        if (copy != null) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double s = dot(rowI, rowOffset, copy[j / blockRows], (j % blockRows) * d, d);
                    if (heaps.mayEnter(i, s)) {
                        heaps.offer(i, j, s);
                    }
                }
            }
            return;
        }
        int chunkRows = chunk.length / d;
        for (int start = 0; start < n; start += chunkRows) {
            int count = Math.min(chunkRows, n - start);
            matrix.readRows(start, count, chunk, 0);
            for (int r = 0; r < count; r++) {
                int j = start + r;
                if (j != i) {
                    double s = dot(rowI, rowOffset, chunk, r * d, d);
                    if (heaps.mayEnter(i, s)) {
                        heaps.offer(i, j, s);
                    }
                }
            }
        }
    }

    /**
     * The float64 inner product in a fixed order (four interleaved partial sums, combined
     * pairwise). The order depends only on d, and each product is commutative, so
     * dot(x, y) = dot(y, x) bit for bit and equal rows give equal scores.
     */
    static double dot(double[] a, int ao, double[] b, int bo, int d) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < d; k += 4) {
            s0 += a[ao + k] * b[bo + k];
            s1 += a[ao + k + 1] * b[bo + k + 1];
            s2 += a[ao + k + 2] * b[bo + k + 2];
            s3 += a[ao + k + 3] * b[bo + k + 3];
        }
        for (; k < d; k++) {
            s0 += a[ao + k] * b[bo + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
