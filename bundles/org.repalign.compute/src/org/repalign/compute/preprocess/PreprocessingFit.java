package org.repalign.compute.preprocess;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.preprocess.internal.RowNormalization;

/**
 * A {@link Preprocessing} together with the statistics it needs, computed once over all aligned
 * rows: the centring mean for {@code centered}, the clamp threshold for {@code clamp}. The
 * statistics can be recorded with a run and restored with {@link #centered(double[])} or
 * {@link #clamped(double)}. Immutable.
 */
public final class PreprocessingFit {

    private final Preprocessing mode;
    private final double[] centeringMean;
    private final double clampThreshold;

    private PreprocessingFit(Preprocessing mode, double[] centeringMean, double clampThreshold) {
        this.mode = mode;
        this.centeringMean = centeringMean;
        this.clampThreshold = clampThreshold;
    }

    /**
     * @param mode {@link Preprocessing#NONE} or {@link Preprocessing#RAW}
     * @return the fit, which has no statistics
     * @throws IllegalArgumentException for a mode that needs statistics
     */
    public static PreprocessingFit stateless(Preprocessing mode) {
        if (mode != Preprocessing.NONE && mode != Preprocessing.RAW) {
            throw new IllegalArgumentException("preprocessing '" + mode.id() + "' needs statistics; use Preprocessing.fit");
        }
        return new PreprocessingFit(mode, null, Double.NaN);
    }

    /**
     * Restores a {@code centered} fit from a recorded mean.
     *
     * @param mean the mean of the unit rows over all aligned rows, one value per column
     * @return the fit
     * @throws IllegalArgumentException when a value is not finite
     */
    public static PreprocessingFit centered(double[] mean) {
        for (int c = 0; c < mean.length; c++) {
            if (!Double.isFinite(mean[c])) {
                throw new IllegalArgumentException("centering mean has a non-finite value at column " + c);
            }
        }
        return new PreprocessingFit(Preprocessing.CENTERED, mean.clone(), Double.NaN);
    }

    /**
     * Restores a {@code clamp} fit from a recorded threshold.
     *
     * @param threshold the clip level t ≥ 0; entries are clipped to [−t, t]
     * @return the fit
     * @throws IllegalArgumentException when the threshold is negative or not finite
     */
    public static PreprocessingFit clamped(double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("clamp threshold must be finite and non-negative, got " + threshold);
        }
        return new PreprocessingFit(Preprocessing.CLAMP, null, threshold);
    }

    /** @return the preprocessing */
    public Preprocessing mode() {
        return mode;
    }

    /** @return a copy of the centring mean (one value per column), present for {@code centered} only */
    public Optional<double[]> centeringMean() {
        return Optional.ofNullable(centeringMean).map(double[]::clone);
    }

    /** @return the clamp threshold, present for {@code clamp} only */
    public OptionalDouble clampThreshold() {
        return mode == Preprocessing.CLAMP ? OptionalDouble.of(clampThreshold) : OptionalDouble.empty();
    }

    /**
     * Applies the preprocessing to some of the aligned rows (all of them, a subsample or a
     * window); row {@code r} of the result is row {@code r} of {@code rows}, preprocessed.
     *
     * @param rows      the rows to transform
     * @param itemNames names of {@code rows}' rows for error messages, or {@code null}
     * @return a new float64 matrix
     * @throws IllegalArgumentException for a zero row (see {@link Preprocessing}), naming its index
     *         in {@code rows} and its item, or when the column count differs from the fitted mean
     */
    public DenseMatrix transform(RowMatrix rows, List<String> itemNames) {
        int n = rows.rows();
        int d = rows.columns();
        checkColumns(d);
        long size = (long) n * d;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + n + " x " + d
                    + " matrix is too large to hold on the heap; use a streaming computation");
        }
        double[] values = new double[(int) size];
        rows.readRows(0, n, values, 0);
        for (int r = 0; r < n; r++) {
            transformRow(values, r * d, d, r, itemNames);
        }
        return DenseMatrix.wrap(n, d, values);
    }

    /**
     * The preprocessed rows as a view that transforms each row when it is read, for callers that
     * read only some of the rows (the subsamples of a protocol) of a large matrix: no preprocessed
     * copy of all rows is made. Every row is checked now, in blocks, with the same errors as
     * {@link #transform}; a row read later has exactly the values {@link #transform} gives it.
     *
     * @param rows      the rows to transform; read again on every read of the view
     * @param itemNames names of {@code rows}' rows for error messages, or {@code null}
     * @return the view, safe to read from several threads when {@code rows} is
     * @throws IllegalArgumentException as {@link #transform}
     */
    public RowMatrix view(RowMatrix rows, List<String> itemNames) {
        int n = rows.rows();
        int d = rows.columns();
        checkColumns(d);
        if (d > 0 && n > 0) {
            int blockRows = Math.max(1, Math.min(n, (1 << 20) / d));
            double[] block = new double[blockRows * d];
            for (int first = 0; first < n; first += blockRows) {
                int count = Math.min(blockRows, n - first);
                rows.readRows(first, count, block, 0);
                for (int r = 0; r < count; r++) {
                    transformRow(block, r * d, d, first + r, itemNames);
                }
            }
        }
        return new TransformedRows(rows, itemNames);
    }

    /**
     * The preprocessed rows as a view that transforms, and checks, each row only when it is read:
     * for callers that read a range of a large matrix each (the tasks of a cluster job), where
     * {@link #view}'s check of every row would read the whole matrix in every task.
     *
     * @param rows      the rows to transform; read again on every read of the view
     * @param itemNames names of {@code rows}' rows for error messages, or {@code null}
     * @return the view; a read throws {@link IllegalArgumentException} as {@link #transform} for
     *         the first refused row it meets
     * @throws IllegalArgumentException when a centring mean does not fit the columns
     */
    public RowMatrix lazyView(RowMatrix rows, List<String> itemNames) {
        checkColumns(rows.columns());
        return new TransformedRows(rows, itemNames);
    }

    /** Rows of another matrix, transformed as they are read. */
    private final class TransformedRows implements RowMatrix {

        private final RowMatrix source;
        private final List<String> itemNames;

        TransformedRows(RowMatrix source, List<String> itemNames) {
            this.source = source;
            this.itemNames = itemNames;
        }

        @Override
        public int rows() {
            return source.rows();
        }

        @Override
        public int columns() {
            return source.columns();
        }

        @Override
        public void readRows(int firstRow, int rowCount, double[] target, int offset) {
            source.readRows(firstRow, rowCount, target, offset);
            int d = source.columns();
            for (int r = 0; r < rowCount; r++) {
                transformRow(target, offset + r * d, d, firstRow + r, itemNames);
            }
        }
    }

    private void checkColumns(int d) {
        if (centeringMean != null && centeringMean.length != d) {
            throw new IllegalArgumentException("the centering mean has " + centeringMean.length
                    + " columns but the matrix has " + d);
        }
    }

    /** Transforms row {@code r} held in {@code values[base .. base + d)} in place. */
    private void transformRow(double[] values, int base, int d, int r, List<String> itemNames) {
        switch (mode) {
            case NONE -> {
                // as read
            }
            case RAW -> RowNormalization.scaleToUnit(values, base, d, r, itemNames, mode.id());
            case CENTERED -> {
                RowNormalization.scaleToUnit(values, base, d, r, itemNames, mode.id());
                for (int c = 0; c < d; c++) {
                    values[base + c] -= centeringMean[c];
                }
                RowNormalization.scaleCenteredToUnit(values, base, d, r, itemNames, mode.id());
            }
            case CLAMP -> {
                for (int c = 0; c < d; c++) {
                    values[base + c] = Math.max(-clampThreshold, Math.min(clampThreshold, values[base + c]));
                }
                RowNormalization.scaleToUnit(values, base, d, r, itemNames, mode.id());
            }
        }
    }
}
