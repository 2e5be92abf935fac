package org.repalign.compute.metrics.knn.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Exact k-nearest-neighbour search by inner product in float64, with the row itself excluded by
 * index (never by position, so duplicate rows are handled correctly).
 *
 * <p>The rows are cut into blocks of {@code blockRows}. For every pair of blocks (I, J) with
 * I ≤ J one tile S = X_I X_Jᵀ is computed and each value S_ij is offered both to row i's and to
 * row j's bounded heap, so every inner product is computed once. No n × n matrix is ever held:
 * memory is one tile, the input, and {@code n × (k + 1)} heap entries. Most values are rejected
 * by one comparison with the row's current k + 1-th best score; the heaps of different rows are
 * fed in parallel (each part owns its rows, so the result does not depend on scheduling).
 *
 * <p>Two ways to get the tiles, same lists:
 * <ul>
 * <li>{@link Precision#FLOAT64}: float64 tiles (GEMM for dense input, a sparse scatter product
 * for {@link CsrMatrix} input) fed to the heaps directly.</li>
 * <li>{@link Precision#SCREENED} (dense input): float32 SGEMM tiles, about twice as fast, only
 * screen candidates with a rigorous rounding-error bound; the candidates are then rescored in
 * float64 and the lists selected exactly (see {@code ScreenedSearch}). Rows whose candidates
 * cannot be narrowed down (mass ties) are scanned exactly; if there are too many of them the
 * search falls back to float64 tiles.</li>
 * </ul>
 * {@link Precision#AUTO} screens dense inputs of at least {@value #SCREENING_MIN_ROWS} rows,
 * where the GEMM dominates; for smaller inputs the float64 tiles are cheaper than the rescoring.
 * The float64 score of a pair is an inner product of the original rows summed in a fixed order;
 * different paths may sum in different orders, so scores may differ in the last bit between
 * them, never more than the float64 rounding error of an inner product.
 */
public final class NeighbourSearch {

    /** Rows per block unless told otherwise. */
    public static final int DEFAULT_BLOCK_ROWS = 1024;

    /** Fewest rows for which {@link Precision#AUTO} screens in float32. */
    public static final int SCREENING_MIN_ROWS = 4096;

    /** How the inner-product tiles are computed. */
    public enum Precision {
        /** {@link #SCREENED} for dense inputs of at least {@value NeighbourSearch#SCREENING_MIN_ROWS} rows, else {@link #FLOAT64}. */
        AUTO,
        /** Float64 tiles. */
        FLOAT64,
        /** Float32 screening with float64 rescoring for dense input; CSR input uses float64 tiles. */
        SCREENED
    }

    private NeighbourSearch() {
    }

    /**
     * The search with {@link Precision#AUTO}.
     *
     * @param matrix        n × d, rows as preprocessed by the caller (e.g. unit rows)
     * @param maxK          the largest k to answer, 1 ≤ maxK ≤ n − 1
     * @param tieKeys       distinct tie keys of the rows (see {@link TieOrder})
     * @param blockRows     rows per block, ≥ 1
     * @param checkCanceled called between tiles; throws to stop
     * @return the neighbour lists, {@code min(maxK + 1, n - 1)} entries per row
     * @throws IllegalArgumentException when maxK is out of range or the matrix holds a
     *                                  non-finite value
     */
    public static NeighbourLists search(RowMatrix matrix, int maxK, int[] tieKeys, int blockRows,
            Runnable checkCanceled) {
        return search(matrix, maxK, tieKeys, blockRows, checkCanceled, Precision.AUTO);
    }

    /**
     * The search with the given precision of the tiles; the lists do not depend on it.
     *
     * @param matrix        n × d, rows as preprocessed by the caller (e.g. unit rows)
     * @param maxK          the largest k to answer, 1 ≤ maxK ≤ n − 1
     * @param tieKeys       distinct tie keys of the rows (see {@link TieOrder})
     * @param blockRows     rows per block, ≥ 1
     * @param checkCanceled called between tiles; throws to stop
     * @param precision     how the tiles are computed
     * @return the neighbour lists, {@code min(maxK + 1, n - 1)} entries per row
     * @throws IllegalArgumentException when maxK is out of range or the matrix holds a
     *                                  non-finite value
     */
    public static NeighbourLists search(RowMatrix matrix, int maxK, int[] tieKeys, int blockRows,
            Runnable checkCanceled, Precision precision) {
        int n = matrix.rows();
        int depth = Math.min(maxK + 1, n - 1);
        return search(matrix, maxK, tieKeys, blockRows, checkCanceled, precision, 4 * depth + 256, n / 32);
    }

    /**
     * The screened search with explicit fallback limits (for tests and tuning); CSR input and
     * inputs the screening cannot handle use float64 tiles.
     *
     * @param matrix          n × d, rows as preprocessed by the caller
     * @param maxK            the largest k to answer, 1 ≤ maxK ≤ n − 1
     * @param tieKeys         distinct tie keys of the rows
     * @param blockRows       rows per block, ≥ 1
     * @param checkCanceled   called between tiles; throws to stop
     * @param candidateCap    most candidates a row may keep (at least {@code min(maxK + 1, n − 1)}
     *                        is used); a row needing more is scanned exactly in float64
     * @param maxFallbackRows most rows that may be scanned so; beyond, the whole search runs on
     *                        float64 tiles
     * @return the neighbour lists, {@code min(maxK + 1, n - 1)} entries per row
     */
    public static NeighbourLists searchScreened(RowMatrix matrix, int maxK, int[] tieKeys, int blockRows,
            Runnable checkCanceled, int candidateCap, int maxFallbackRows) {
        return search(matrix, maxK, tieKeys, blockRows, checkCanceled, Precision.SCREENED, candidateCap,
                maxFallbackRows);
    }

    /**
     * The same lists from a full inner-product matrix that is already at hand (e.g. the linear
     * Gram matrix a CKA metric built for the same rows), so that no product is computed again.
     * The result is the float64 search's, up to the last bit of scores whose summation order
     * differs between the two products.
     *
     * @param gram          XXᵀ, row-major n × n, symmetric
     * @param n             rows
     * @param maxK          list length K, 1 ≤ K ≤ n − 1
     * @param tieKeys       tie-break key per row (smaller wins), length n
     * @param checkCanceled throws when the user asked to stop
     * @return the top-K lists
     * @throws IllegalArgumentException for K out of range, wrong lengths or a non-finite product
     */
    public static NeighbourLists searchGram(double[] gram, int n, int maxK, int[] tieKeys, Runnable checkCanceled) {
        if (maxK < 1 || maxK > n - 1) {
            throw new IllegalArgumentException("k = " + maxK + " must lie in [1, n - 1] with n = " + n);
        }
        if (tieKeys.length != n || gram.length != (long) n * n) {
            throw new IllegalArgumentException(tieKeys.length + " tie keys and " + gram.length + " products for " + n + " rows");
        }
        for (int i = 0; i < gram.length; i++) {
            if (!Double.isFinite(gram[i])) {
                throw new IllegalArgumentException("the inner product of rows " + i / n + " and " + i % n + " is not finite");
            }
        }
        checkCanceled.run();
        return GramRowSelection.select(gram, n, maxK, tieKeys);
    }

    /** Up to this many rows a sparse matrix's lists are selected from all inner products (8n² bytes). */
    public static final int SPARSE_SELECTION_ROWS = 2048;

    private static NeighbourLists search(RowMatrix matrix, int maxK, int[] tieKeys, int blockRows,
            Runnable checkCanceled, Precision precision, int candidateCap, int maxFallbackRows) {
        int n = matrix.rows();
        if (maxK < 1 || maxK > n - 1) {
            throw new IllegalArgumentException("k = " + maxK + " must lie in [1, n - 1] with n = " + n);
        }
        if (tieKeys.length != n) {
            throw new IllegalArgumentException(tieKeys.length + " tie keys for " + n + " rows");
        }
        if (blockRows < 1) {
            throw new IllegalArgumentException("block size " + blockRows);
        }
        boolean dense = !(matrix instanceof CsrMatrix);
        boolean screen = dense && (precision == Precision.SCREENED
                || (precision == Precision.AUTO && n >= SCREENING_MIN_ROWS));
        if (screen) {
            NeighbourLists lists = ScreenedSearch.search(matrix, maxK, tieKeys, blockRows, checkCanceled,
                    candidateCap, maxFallbackRows);
            if (lists != null) {
                return lists;
            }
        }
        return searchFloat64(matrix, maxK, tieKeys, blockRows, checkCanceled);
    }

    private static NeighbourLists searchFloat64(RowMatrix matrix, int maxK, int[] tieKeys, int blockRows,
            Runnable checkCanceled) {
        int n = matrix.rows();
        if (matrix instanceof CsrMatrix csr && n <= SPARSE_SELECTION_ROWS) {
            return selectSparse(csr, maxK, tieKeys, blockRows, checkCanceled);
        }
        int depth = Math.min(maxK + 1, n - 1);
        BoundedHeaps heaps = new BoundedHeaps(n, depth, tieKeys);
        TileSource tiles = matrix instanceof CsrMatrix csr ? new SparseTiles(csr, blockRows)
                : new DenseTiles(matrix, blockRows);
        try {
            int blocks = (n + blockRows - 1) / blockRows;
            for (int bj = 0; bj < blocks; bj++) {
                for (int bi = 0; bi <= bj; bi++) {
                    checkCanceled.run();
                    double[] tile = tiles.tile(bi, bj);
                    feed(heaps, tile, bi * blockRows, Math.min(blockRows, n - bi * blockRows), bj * blockRows,
                            Math.min(blockRows, n - bj * blockRows), bi == bj);
                }
            }
        } finally {
            tiles.close();
        }
        return heaps.toLists(maxK, 0);
    }

    /**
     * Sparse input with few rows: the tiles are written into one n × n matrix of inner products
     * (each pair's score the very value the heaps would have been offered: row i's own tile row
     * on the diagonal, one tile entry for both rows off it), and the lists are selected from it
     * ({@link GramRowSelection}, the same total order), which is faster than offering every
     * score to a heap.
     */
    private static NeighbourLists selectSparse(CsrMatrix matrix, int maxK, int[] tieKeys, int blockRows,
            Runnable checkCanceled) {
        int n = matrix.rows();
        double[] scores = new double[n * n];
        TileSource tiles = new SparseTiles(matrix, blockRows);
        try {
            int blocks = (n + blockRows - 1) / blockRows;
            for (int bj = 0; bj < blocks; bj++) {
                int firstJ = bj * blockRows;
                int rowsJ = Math.min(blockRows, n - firstJ);
                for (int bi = 0; bi <= bj; bi++) {
                    checkCanceled.run();
                    double[] tile = tiles.tile(bi, bj);
                    int firstI = bi * blockRows;
                    int rowsI = Math.min(blockRows, n - firstI);
                    for (int r = 0; r < rowsI; r++) {
                        System.arraycopy(tile, r * rowsJ, scores, (firstI + r) * n + firstJ, rowsJ);
                        if (bi != bj) {
                            for (int c = 0; c < rowsJ; c++) {
                                scores[(firstJ + c) * n + firstI + r] = tile[r * rowsJ + c];
                            }
                        }
                    }
                }
            }
        } finally {
            tiles.close();
        }
        return GramRowSelection.select(scores, n, maxK, tieKeys);
    }

    /** Offers a tile to the rows of both blocks; parts own disjoint rows. */
    private static void feed(BoundedHeaps heaps, double[] tile, int firstI, int rowsI, int firstJ, int rowsJ,
            boolean diagonal) {
        int parts = rowsI * (long) rowsJ < 65536 ? 1 : ParallelRanges.DEFAULT_PARTS;
        if (diagonal) {
            ParallelRanges.run(parts, (part, all) -> offerRows(heaps, tile, firstI, rowsJ, firstJ, true,
                    ParallelRanges.split(rowsI, part, all), ParallelRanges.split(rowsI, part + 1, all)));
        } else if (parts == 1) {
            offerRows(heaps, tile, firstI, rowsJ, firstJ, false, 0, rowsI);
            offerColumns(heaps, tile, firstI, rowsI, firstJ, rowsJ, 0, rowsJ);
        } else {
            int rowParts = parts / 2;
            int columnParts = parts - rowParts;
            ParallelRanges.run(parts, (part, all) -> {
                if (part < rowParts) {
                    offerRows(heaps, tile, firstI, rowsJ, firstJ, false, ParallelRanges.split(rowsI, part, rowParts),
                            ParallelRanges.split(rowsI, part + 1, rowParts));
                } else {
                    int p = part - rowParts;
                    offerColumns(heaps, tile, firstI, rowsI, firstJ, rowsJ, ParallelRanges.split(rowsJ, p, columnParts),
                            ParallelRanges.split(rowsJ, p + 1, columnParts));
                }
            });
        }
    }

    private static void offerRows(BoundedHeaps heaps, double[] tile, int firstI, int rowsJ, int firstJ,
            boolean diagonal, int from, int to) {
        for (int r = from; r < to; r++) {
            int i = firstI + r;
            int base = r * rowsJ;
            for (int c = 0; c < rowsJ; c++) {
                double s = tile[base + c];
                if (heaps.mayEnter(i, s) && !(diagonal && c == r)) {
                    heaps.offer(i, firstJ + c, s);
                }
            }
        }
    }

    private static void offerColumns(BoundedHeaps heaps, double[] tile, int firstI, int rowsI, int firstJ,
            int rowsJ, int from, int to) {
        for (int r = 0; r < rowsI; r++) {
            int i = firstI + r;
            int base = r * rowsJ;
            for (int c = from; c < to; c++) {
                double s = tile[base + c];
                int j = firstJ + c;
                if (heaps.mayEnter(j, s)) {
                    heaps.offer(j, i, s);
                }
            }
        }
    }

    /** Computes the inner-product tiles X_I X_Jᵀ, row-major. */
    private interface TileSource extends AutoCloseable {
        double[] tile(int blockI, int blockJ);

        @Override
        void close();
    }

    static void checkFinite(double[] values, int count, int firstRow, int columns) {
        for (int p = 0; p < count; p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException("non-finite value " + values[p] + " at row "
                        + (firstRow + p / Math.max(1, columns)) + ", column " + (p % Math.max(1, columns)));
            }
        }
    }

    /** Dense input: the blocks are held as float64 ND4J arrays and multiplied with GEMM. */
    private static final class DenseTiles implements TileSource {

        private final List<INDArray> blocks = new ArrayList<>();
        private INDArray product;
        private double[] values;

        DenseTiles(RowMatrix matrix, int blockRows) {
            Nd4jRuntime.ensureInitialized();
            int n = matrix.rows();
            int d = matrix.columns();
            for (int start = 0; start < n; start += blockRows) {
                int rows = Math.min(blockRows, n - start);
                double[] values = new double[rows * d];
                matrix.readRows(start, rows, values, 0);
                checkFinite(values, values.length, start, d);
                // one bulk copy into native memory (creating from a Java array copies element-wise)
                INDArray block = Nd4j.createUninitialized(DataType.DOUBLE, rows, d);
                block.data().asNioDouble().put(values);
                blocks.add(block);
            }
        }

        @Override
        public double[] tile(int blockI, int blockJ) {
            INDArray a = blocks.get(blockI);
            INDArray b = blocks.get(blockJ);
            int rows = (int) a.rows();
            int columns = (int) b.rows();
            if (product == null || product.rows() != rows || product.columns() != columns) {
                // fresh native memory and fresh arrays are slow to touch: reuse them per shape
                closeProduct();
                product = Nd4j.createUninitialized(DataType.DOUBLE, rows, columns);
                values = new double[rows * columns];
            }
            Nd4j.gemm(a, b, product, false, true, 1.0, 0.0);
            product.data().asNioDouble().get(0, values);
            return values;
        }

        private void closeProduct() {
            if (product != null) {
                product.close();
                product = null;
            }
        }

        @Override
        public void close() {
            closeProduct();
            for (INDArray block : blocks) {
                block.close();
            }
            blocks.clear();
        }
    }

    /**
     * CSR input: for each block J the transposed block (feature → rows) is built once, and row i
     * of a tile is accumulated by scattering each nonzero of row i over the rows of J that share
     * its feature. Exact in float64 like the dense path (only the summation order differs).
     */
    private static final class SparseTiles implements TileSource {

        private final CsrMatrix matrix;
        private final int blockRows;
        private int transposedBlock = -1;
        private int[] featureStart;
        private int[] rowOf;
        private double[] valueOf;
        private double[] tile;

        SparseTiles(CsrMatrix matrix, int blockRows) {
            this.matrix = matrix;
            this.blockRows = blockRows;
            for (int p = 0; p < matrix.nonZeros(); p++) {
                double v = matrix.valueAt(p);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("non-finite value " + v + " at stored position " + p);
                }
            }
        }

        @Override
        public double[] tile(int blockI, int blockJ) {
            int n = matrix.rows();
            int firstJ = blockJ * blockRows;
            int rowsJ = Math.min(blockRows, n - firstJ);
            int firstI = blockI * blockRows;
            int rowsI = Math.min(blockRows, n - firstI);
            if (transposedBlock != blockJ) {
                transpose(firstJ, rowsJ);
                transposedBlock = blockJ;
            }
            if (tile == null || tile.length != rowsI * rowsJ) {
                tile = new double[rowsI * rowsJ];
            } else {
                Arrays.fill(tile, 0.0);
            }
            for (int r = 0; r < rowsI; r++) {
                int base = r * rowsJ;
                int row = firstI + r;
                for (int p = matrix.rowStart(row); p < matrix.rowEnd(row); p++) {
                    int feature = matrix.columnAt(p);
                    double v = matrix.valueAt(p);
                    for (int q = featureStart[feature]; q < featureStart[feature + 1]; q++) {
                        tile[base + rowOf[q]] += v * valueOf[q];
                    }
                }
            }
            return tile;
        }

        private void transpose(int firstRow, int rows) {
            int features = matrix.columns();
            int begin = matrix.rowStart(firstRow);
            int end = matrix.rowEnd(firstRow + rows - 1);
            featureStart = new int[features + 1];
            for (int p = begin; p < end; p++) {
                featureStart[matrix.columnAt(p) + 1]++;
            }
            for (int f = 0; f < features; f++) {
                featureStart[f + 1] += featureStart[f];
            }
            int[] fill = featureStart.clone();
            rowOf = new int[end - begin];
            valueOf = new double[end - begin];
            for (int r = 0; r < rows; r++) {
                int row = firstRow + r;
                for (int p = matrix.rowStart(row); p < matrix.rowEnd(row); p++) {
                    int slot = fill[matrix.columnAt(p)]++;
                    rowOf[slot] = r;
                    valueOf[slot] = matrix.valueAt(p);
                }
            }
        }

        @Override
        public void close() {
            featureStart = null;
            rowOf = null;
            valueOf = null;
            tile = null;
        }
    }
}
