package org.repalign.spark.internal;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.CkaMoments;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.preprocess.PreprocessingFit;
import org.repalign.compute.protocol.RowSelection;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;

/**
 * Exact linear CKA and unbiased CKA of two representations with Spark: the paired rows are cut
 * into ranges, each task accumulates its range's {@link CkaMoments} from the files on shared
 * storage, and tree aggregation merges them. Under {@code centered} preprocessing a first pass of
 * the same shape sums the unit rows for the centring mean.
 */
public final class CkaJob {

    /** Rows of a shift: the mean of the first rows of each side, read on the driver. */
    private static final int SHIFT_ROWS = 2048;

    private CkaJob() {
    }

    /**
     * The pair as every task reads it.
     *
     * @param a             the first representation
     * @param b             the second
     * @param rowsA         the rows of A in pairing order (item alignment), or {@code null} for all rows in order
     * @param rowsB         the rows of B in pairing order, or {@code null}
     * @param rows          the paired rows
     * @param preprocessing {@code none}, {@code raw} or {@code centered}
     * @param meanA         the centring mean of A's unit rows ({@code centered} only, else {@code null})
     * @param meanB         the same for B
     */
    public record PairRows(SideSpec a, SideSpec b, int[] rowsA, int[] rowsB, int rows, Preprocessing preprocessing,
            double[] meanA, double[] meanB) implements Serializable {
        private static final long serialVersionUID = 1L;

        PairRows withMeans(double[] a, double[] b) {
            return new PairRows(this.a, this.b, rowsA, rowsB, rows, preprocessing, a, b);
        }
    }

    /** A range of paired rows, one task's share. */
    private record Range(int first, int count) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The first problem met in the rows (lowest row, then side), as the one-line message the user sees. */
    record Problem(long row, int side, String message) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Problem first(Problem a, Problem b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return a.row != b.row ? (a.row < b.row ? a : b) : (a.side <= b.side ? a : b);
        }
    }

    /** What the tasks return: statistics of rows, or of unit-row sums, and the first problem. */
    static final class Partial extends PartialSums {
        private static final long serialVersionUID = 1L;

        Problem problem;

        Partial merge(Partial other) {
            mergeSums(other);
            problem = Problem.first(problem, other.problem);
            return this;
        }
    }

    /**
     * The result of a job.
     *
     * @param moments    the merged statistics
     * @param partitions the tasks of the main pass
     * @param pair       the pair with its centring means
     */
    public record Result(CkaMoments moments, int partitions, PairRows pair) {
    }

    /**
     * Runs the job.
     *
     * @param spark      the Spark context
     * @param pair       the pair, checked on the driver (files open, rows paired)
     * @param partitions tasks per pass, ≥ 1
     * @return the merged statistics
     * @throws RepresentationFileException for a problem in the rows (a value that is not finite, a
     *                                     zero row), the first in row order, as the command line
     *                                     reports it
     */
    public static Result run(JavaSparkContext spark, PairRows pair, int partitions)
            throws RepresentationFileException {
        List<Range> ranges = ranges(pair.rows(), partitions);
        int depth = Math.max(2, (int) Math.ceil(Math.log(ranges.size()) / Math.log(8)));
        PairRows measured = pair;
        if (pair.preprocessing() == Preprocessing.CENTERED) {
            Broadcast<PairRows> shared = spark.broadcast(pair);
            Partial sums = spark.parallelize(ranges, ranges.size()).map(range -> unitSums(shared.value(), range))
                    .treeAggregate(new Partial(), Partial::merge, Partial::merge, depth);
            failOn(sums.problem, pair);
            measured = pair.withMeans(divide(sums.sumA, sums.count), divide(sums.sumB, sums.count));
        }
        double[][] shifts = shifts(measured);
        Broadcast<PairRows> shared = spark.broadcast(measured);
        Partial total = spark.parallelize(ranges, ranges.size())
                .map(range -> moments(shared.value(), range, shifts[0], shifts[1]))
                .treeAggregate(new Partial(), Partial::merge, Partial::merge, depth);
        failOn(total.problem, measured);
        return new Result(total.moments, ranges.size(), measured);
    }

    private static void failOn(Problem problem, PairRows pair) throws RepresentationFileException {
        if (problem != null) {
            throw new RepresentationFileException((problem.side == 0 ? pair.a() : pair.b()).path(),
                    problem.message);
        }
    }

    private static double[] divide(double[] sums, long count) {
        double[] mean = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            mean[i] = sums[i] / count;
        }
        return mean;
    }

    private static List<Range> ranges(int rows, int partitions) {
        int parts = Math.max(1, Math.min(partitions, rows));
        List<Range> ranges = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int first = (int) ((long) rows * p / parts);
            int end = (int) ((long) rows * (p + 1) / parts);
            ranges.add(new Range(first, end - first));
        }
        return ranges;
    }

    /** The mean of the first rows of each side, preprocessed, read on the driver. */
    private static double[][] shifts(PairRows pair) throws RepresentationFileException {
        int rows = Math.min(SHIFT_ROWS, pair.rows());
        Sides sides = Sides.open(pair);
        try {
            return new double[][] { CkaMoments.meanOfRows(sides.x, 0, rows), CkaMoments.meanOfRows(sides.y, 0, rows) };
        } catch (SideFailure e) {
            // the tasks name the problem with its file and row
            return new double[][] { new double[sides.x.columns()], new double[sides.y.columns()] };
        }
    }

    private static Partial moments(PairRows pair, Range range, double[] shiftX, double[] shiftY)
            throws RepresentationFileException {
        return TaskThreads.run(0, () -> rangeMoments(pair, range, shiftX, shiftY));
    }

    private static Partial rangeMoments(PairRows pair, Range range, double[] shiftX, double[] shiftY)
            throws RepresentationFileException {
        Sides sides = Sides.open(pair);
        Partial partial = new Partial();
        try {
            partial.moments = CkaMoments.over(sides.x, sides.y, range.first, range.count, shiftX, shiftY);
        } catch (SideFailure e) {
            partial.problem = Sides.preprocessingProblem(e);
        }
        // a value that is not finite is named exactly (file row and column), before what it made
        // the preprocessing refuse
        Problem nonFinite = sides.nonFinite();
        partial.problem = nonFinite != null ? nonFinite : partial.problem;
        return partial;
    }

    private static Partial unitSums(PairRows pair, Range range) throws RepresentationFileException {
        Sides sides = Sides.open(pair);
        Partial partial = new Partial();
        try {
            partial.sumA = columnSums(sides.x, range);
            partial.sumB = columnSums(sides.y, range);
            partial.count = range.count;
        } catch (SideFailure e) {
            partial.problem = Sides.preprocessingProblem(e);
        }
        // a value that is not finite is named exactly (file row and column), before what it made
        // the preprocessing refuse
        Problem nonFinite = sides.nonFinite();
        partial.problem = nonFinite != null ? nonFinite : partial.problem;
        return partial;
    }

    private static double[] columnSums(RowMatrix m, Range range) {
        int d = m.columns();
        int block = Math.max(1, Math.min(1024, range.count));
        double[] values = new double[block * d];
        double[] sums = new double[d];
        for (int start = range.first; start < range.first + range.count; start += block) {
            int rows = Math.min(block, range.first + range.count - start);
            m.readRows(start, rows, values, 0);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < d; c++) {
                    sums[c] += values[r * d + c];
                }
            }
        }
        return sums;
    }

    /** A side's preprocessing refused a row (a zero row, or zero after centring). */
    static final class SideFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int side;
        final long row;

        SideFailure(int side, long row, IllegalArgumentException cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
            this.side = side;
            this.row = row;
        }
    }

    /** A side's rows, telling which side a preprocessing failure came from. */
    record Tagged(int side, RowMatrix source) implements RowMatrix {
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
            try {
                source.readRows(firstRow, rowCount, target, offset);
            } catch (IllegalArgumentException e) {
                throw new SideFailure(side, firstRow, e);
            }
        }
    }

    /**
     * Both sides of a pair as one task reads them: paired, checked for values that are not finite
     * and preprocessed (for the first pass of {@code centered}, scaled to unit rows only).
     */
    private static final class Sides {
        final PairRows pair;
        final CheckedRows checkedX;
        final CheckedRows checkedY;
        final RowMatrix x;
        final RowMatrix y;
        final int[] fileRowsA;
        final int[] fileRowsB;

        private Sides(PairRows pair, Representation a, Representation b) {
            this.pair = pair;
            fileRowsA = pair.rowsA();
            fileRowsB = pair.rowsB();
            checkedX = new CheckedRows(paired(a.matrix(), fileRowsA));
            checkedY = new CheckedRows(paired(b.matrix(), fileRowsB));
            x = new Tagged(0, fit(pair.preprocessing(), pair.meanA()).lazyView(checkedX, names(a, fileRowsA)));
            y = new Tagged(1, fit(pair.preprocessing(), pair.meanB()).lazyView(checkedY, names(b, fileRowsB)));
        }

        static Sides open(PairRows pair) throws RepresentationFileException {
            return new Sides(pair, pair.a().open(), pair.b().open());
        }

        private static RowMatrix paired(RowMatrix matrix, int[] rows) {
            return rows == null ? matrix : RowSelection.of(matrix, rows);
        }

        /** Without a mean, {@code centered} reads unit rows: the first pass sums them for the mean. */
        private static PreprocessingFit fit(Preprocessing preprocessing, double[] mean) {
            if (preprocessing == Preprocessing.CENTERED) {
                return mean == null ? PreprocessingFit.stateless(Preprocessing.RAW) : PreprocessingFit.centered(mean);
            }
            return PreprocessingFit.stateless(preprocessing);
        }

        private static List<String> names(Representation representation, int[] rows) {
            if (representation.itemNames().isEmpty()) {
                return null;
            }
            List<String> names = representation.itemNames().get();
            if (rows == null) {
                return names;
            }
            return new AbstractList<>() {
                @Override
                public String get(int index) {
                    return names.get(rows[index]);
                }

                @Override
                public int size() {
                    return rows.length;
                }
            };
        }

        private long fileRow(int side, long pairedRow) {
            int[] rows = side == 0 ? fileRowsA : fileRowsB;
            return rows == null ? pairedRow : rows[(int) pairedRow];
        }

        /** The first value that is not finite on either side, with its row in its file. */
        Problem nonFinite() {
            Problem found = null;
            CheckedRows[] checked = { checkedX, checkedY };
            for (int side = 0; side < 2; side++) {
                long row = checked[side].firstRow();
                if (row >= 0) {
                    double value = checked[side].firstValue();
                    String what = Double.isNaN(value) ? "NaN" : value > 0 ? "+Infinity" : "-Infinity";
                    found = Problem.first(found, new Problem(row, side, "row " + fileRow(side, row) + ", column "
                            + checked[side].firstColumn() + " is " + what
                            + "; values must be finite before metrics are computed"));
                }
            }
            return found;
        }

        /** A preprocessing failure (a zero row): its message names the row or item. */
        static Problem preprocessingProblem(SideFailure e) {
            return new Problem(e.row, e.side, e.getMessage());
        }
    }
}
