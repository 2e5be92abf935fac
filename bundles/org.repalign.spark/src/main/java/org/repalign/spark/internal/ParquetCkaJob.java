package org.repalign.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.repalign.cli.UsageException;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.CkaMoments;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.preprocess.PreprocessingFit;

/**
 * {@link CkaJob} for Parquet tables of embeddings read by Spark's own reader: one column of item
 * names and one of vectors (arrays of float or double). The two tables are joined on the item, so
 * rows are paired by item whatever their order; each partition of the join accumulates its rows'
 * {@link CkaMoments} in blocks, and tree aggregation merges them.
 */
public final class ParquetCkaJob {

    private static final int BLOCK_ROWS = 2048;

    private ParquetCkaJob() {
    }

    /**
     * One Parquet input.
     *
     * @param path   the file or folder of the table
     * @param items  the column of item names
     * @param vectors the column of vectors
     */
    public record Table(String path, String items, String vectors) implements Serializable {
        private static final long serialVersionUID = 1L;

        String name() {
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return trimmed.substring(trimmed.lastIndexOf('/') + 1);
        }
    }

    /**
     * The result of a job.
     *
     * @param moments    the merged statistics
     * @param rowsA      rows of A
     * @param rowsB      rows of B
     * @param columnsA   vector length of A
     * @param columnsB   vector length of B
     * @param partitions the join's partitions
     */
    public record Result(CkaMoments moments, long rowsA, long rowsB, int columnsA, int columnsB, int partitions) {
    }

    /** What a partition returns: statistics or unit-row sums, and the first item with a problem. */
    static final class Partial extends PartialSums {
        private static final long serialVersionUID = 1L;

        String problemItem;
        String problem;

        Partial merge(Partial other) {
            mergeSums(other);
            if (other.problemItem != null && (problemItem == null || other.problemItem.compareTo(problemItem) < 0)) {
                problemItem = other.problemItem;
                problem = other.problem;
            }
            return this;
        }
    }

    /**
     * Runs the job; every input problem that can be seen before the pass is reported then.
     *
     * @param spark         the Spark context
     * @param a             the first table
     * @param b             the second
     * @param preprocessing {@code none}, {@code raw} or {@code centered}
     * @param partitions    tasks of the pass, or 0 for Spark's choice
     * @return the merged statistics
     * @throws UsageException naming the table and the problem (a missing column, vectors of
     *                        different lengths, an item twice, a value that is not finite, a zero row)
     */
    public static Result run(JavaSparkContext spark, Table a, Table b, Preprocessing preprocessing, int partitions)
            throws UsageException {
        SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
        Dataset<Row> left = read(session, a, "a");
        Dataset<Row> right = read(session, b, "b");
        int columnsA = length(left, a, "a");
        int columnsB = length(right, b, "b");
        long rowsA = unique(left, a, "a");
        long rowsB = unique(right, b, "b");
        Dataset<Row> joined = left.join(right, "item");
        if (partitions > 0) {
            joined = joined.repartition(partitions, new Column("item"));
        }
        JavaRDD<Row> rows = joined.javaRDD();
        int depth = Math.max(2, (int) Math.ceil(Math.log(Math.max(2, rows.getNumPartitions())) / Math.log(8)));
        double[] meanA = null;
        double[] meanB = null;
        if (preprocessing == Preprocessing.CENTERED) {
            String[] names = { a.name(), b.name() };
            Partial sums = rows.mapPartitions(part -> List.of(unitSums(part, columnsA, columnsB, names)).iterator())
                    .treeAggregate(new Partial(), Partial::merge, Partial::merge, depth);
            failOn(sums);
            if (sums.count < 4) {
                throw new UsageException("CKA needs at least 4 items in both tables, got " + sums.count);
            }
            meanA = divide(sums.sumA, sums.count);
            meanB = divide(sums.sumB, sums.count);
        }
        PreprocessingFit fitA = fit(preprocessing, meanA);
        PreprocessingFit fitB = fit(preprocessing, meanB);
        List<Row> first = joined.limit(BLOCK_ROWS).collectAsList();
        if (first.size() < 4) {
            throw new UsageException("CKA needs at least 4 items in both tables, got " + first.size());
        }
        String[] names = { a.name(), b.name() };
        double[][] shifts = shifts(first, columnsA, columnsB, fitA, fitB, names);
        double[] centringA = meanA;
        double[] centringB = meanB;
        // the fits are made in each task: only the mode and the means travel
        Partial total = rows.mapPartitions(part -> List.of(moments(part, columnsA, columnsB,
                fit(preprocessing, centringA), fit(preprocessing, centringB), shifts, names)).iterator())
                .treeAggregate(new Partial(), Partial::merge, Partial::merge, depth);
        failOn(total);
        if (total.moments == null || total.moments.rows() < 4) {
            throw new UsageException("CKA needs at least 4 items in both tables, got "
                    + (total.moments == null ? 0 : total.moments.rows()));
        }
        return new Result(total.moments, rowsA, rowsB, columnsA, columnsB, rows.getNumPartitions());
    }

    private static Dataset<Row> read(SparkSession session, Table table, String side) throws UsageException {
        Dataset<Row> frame;
        try {
            frame = session.read().parquet(table.path());
        } catch (RuntimeException e) {
            throw new UsageException(table.name() + ": not a Parquet table Spark can read ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        StructField items = field(frame, table, table.items(), "--items-column");
        StructField vectors = field(frame, table, table.vectors(), "--vector-column");
        if (!items.dataType().equals(DataTypes.StringType)) {
            throw new UsageException(table.name() + ": column '" + table.items() + "' holds "
                    + items.dataType().simpleString() + ", not item names (string)");
        }
        DataType type = vectors.dataType();
        if (!(type instanceof ArrayType array) || !(array.elementType().equals(DataTypes.FloatType)
                || array.elementType().equals(DataTypes.DoubleType))) {
            throw new UsageException(table.name() + ": column '" + table.vectors() + "' holds " + type.simpleString()
                    + ", not vectors (array<float> or array<double>)");
        }
        return frame.select(new Column(table.items()).as("item"),
                new Column(table.vectors()).cast(DataTypes.createArrayType(DataTypes.DoubleType)).as(side));
    }

    private static StructField field(Dataset<Row> frame, Table table, String name, String option)
            throws UsageException {
        for (StructField field : frame.schema().fields()) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        throw new UsageException(table.name() + ": no column '" + name + "' (columns: "
                + String.join(", ", frame.columns()) + "); name it with " + option);
    }

    /** The vectors' length, the same in every row. */
    private static int length(Dataset<Row> frame, Table table, String side) throws UsageException {
        Row lengths = frame.agg(functions.min(functions.size(new Column(side))),
                functions.max(functions.size(new Column(side))), functions.count(functions.lit(1))).first();
        if (lengths.getLong(2) == 0) {
            throw new UsageException(table.name() + ": the table has no rows");
        }
        int min = lengths.getInt(0);
        int max = lengths.getInt(1);
        if (min != max) {
            throw new UsageException(table.name() + ": column '" + table.vectors() + "' holds vectors of " + min
                    + " and of " + max + " values; every row needs the same length");
        }
        if (min < 1) {
            throw new UsageException(table.name() + ": column '" + table.vectors() + "' holds empty vectors");
        }
        return min;
    }

    /** Rows, each item once. */
    private static long unique(Dataset<Row> frame, Table table, String side) throws UsageException {
        List<Row> twice = frame.groupBy("item").count().filter(new Column("count").gt(1)).orderBy("item").limit(1)
                .collectAsList();
        if (!twice.isEmpty()) {
            throw new UsageException(table.name() + ": item '" + twice.get(0).getString(0) + "' appears "
                    + twice.get(0).getLong(1) + " times; each item needs one row");
        }
        return frame.count();
    }

    private static PreprocessingFit fit(Preprocessing preprocessing, double[] mean) {
        if (preprocessing == Preprocessing.CENTERED) {
            return mean == null ? PreprocessingFit.stateless(Preprocessing.RAW) : PreprocessingFit.centered(mean);
        }
        return PreprocessingFit.stateless(preprocessing);
    }

    private static double[] divide(double[] sums, long count) {
        double[] mean = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            mean[i] = sums[i] / count;
        }
        return mean;
    }

    private static void failOn(Partial partial) throws UsageException {
        if (partial.problemItem != null) {
            throw new UsageException(partial.problem);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** A block of joined rows: item names, A's and B's values row-major. */
    private record Block(List<String> items, double[] x, double[] y, int rows) {
    }

    /** Reads up to a block of rows; a row with a value that is not finite becomes the partition's problem. */
    private static Block next(Iterator<Row> part, int da, int db, Partial partial, String[] names) {
        List<String> items = new ArrayList<>();
        double[] x = new double[BLOCK_ROWS * da];
        double[] y = new double[BLOCK_ROWS * db];
        int rows = 0;
        while (rows < BLOCK_ROWS && part.hasNext()) {
            Row row = part.next();
            String item = row.getString(0);
            List<Double> a = row.getList(1);
            List<Double> b = row.getList(2);
            String bad = copy(a, x, rows * da, names[0], item);
            bad = bad != null ? bad : copy(b, y, rows * db, names[1], item);
            if (bad != null) {
                if (partial.problemItem == null || item.compareTo(partial.problemItem) < 0) {
                    partial.problemItem = item;
                    partial.problem = bad;
                }
                continue;
            }
            items.add(item);
            rows++;
        }
        return new Block(items, x, y, rows);
    }

    private static String copy(List<Double> values, double[] target, int offset, String side, String item) {
        for (int c = 0; c < values.size(); c++) {
            Double v = values.get(c);
            if (v == null || !Double.isFinite(v)) {
                return side + ": item '" + item + "', column " + c + " is " + (v == null ? "null"
                        : Double.isNaN(v) ? "NaN" : v > 0 ? "+Infinity" : "-Infinity")
                        + "; values must be finite before metrics are computed";
            }
            target[offset + c] = v;
        }
        return null;
    }

    private static RowMatrix view(int side, PreprocessingFit fit, double[] values, int rows, int columns,
            List<String> items) {
        return new CkaJob.Tagged(side, fit.lazyView(DenseMatrix.wrap(rows, columns,
                java.util.Arrays.copyOf(values, rows * columns)), items));
    }

    private static Partial unitSums(Iterator<Row> part, int da, int db, String[] names) {
        Partial partial = new Partial();
        partial.sumA = new double[da];
        partial.sumB = new double[db];
        PreprocessingFit raw = PreprocessingFit.stateless(Preprocessing.RAW);
        while (part.hasNext()) {
            Block block = next(part, da, db, partial, names);
            if (block.rows() == 0) {
                continue;
            }
            try {
                add(partial.sumA, view(0, raw, block.x(), block.rows(), da, block.items()), block.rows());
                add(partial.sumB, view(1, raw, block.y(), block.rows(), db, block.items()), block.rows());
                partial.count += block.rows();
            } catch (CkaJob.SideFailure e) {
                refused(partial, block, e, names);
            }
        }
        return partial;
    }

    private static void add(double[] sums, RowMatrix rows, int count) {
        int d = rows.columns();
        double[] values = new double[count * d];
        rows.readRows(0, count, values, 0);
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < d; c++) {
                sums[c] += values[r * d + c];
            }
        }
    }

    /** A zero row under raw or centered: the message names the table and the item. */
    private static void refused(Partial partial, Block block, CkaJob.SideFailure e, String[] names) {
        String item = block.items().get(0);
        if (partial.problemItem == null || item.compareTo(partial.problemItem) < 0) {
            partial.problemItem = item;
            partial.problem = names[e.side] + ": " + e.getMessage();
        }
    }

    private static Partial moments(Iterator<Row> part, int da, int db, PreprocessingFit fitA, PreprocessingFit fitB,
            double[][] shifts, String[] names) {
        Partial partial = new Partial();
        partial.moments = CkaMoments.empty(shifts[0], shifts[1]);
        while (part.hasNext()) {
            Block block = next(part, da, db, partial, names);
            if (block.rows() == 0) {
                continue;
            }
            try {
                partial.moments.merge(CkaMoments.over(view(0, fitA, block.x(), block.rows(), da, block.items()),
                        view(1, fitB, block.y(), block.rows(), db, block.items()), 0, block.rows(), shifts[0],
                        shifts[1]));
            } catch (CkaJob.SideFailure e) {
                refused(partial, block, e, names);
            }
        }
        return partial;
    }

    private static double[][] shifts(List<Row> first, int da, int db, PreprocessingFit fitA, PreprocessingFit fitB,
            String[] names) {
        Partial ignored = new Partial();
        Block block = next(first.iterator(), da, db, ignored, names);
        if (block.rows() == 0) {
            return new double[][] { new double[da], new double[db] };
        }
        try {
            return new double[][] {
                    CkaMoments.meanOfRows(view(0, fitA, block.x(), block.rows(), da, block.items()), 0, block.rows()),
                    CkaMoments.meanOfRows(view(1, fitB, block.y(), block.rows(), db, block.items()), 0,
                            block.rows()) };
        } catch (CkaJob.SideFailure e) {
            // the pass names the row
            return new double[][] { new double[da], new double[db] };
        }
    }
}
