package org.repalign.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.RunResults.Comparison;
import org.repalign.analysis.results.rows.NullRow;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.stats.AverageLinkage;

/**
 * The data provider of the matrix views: arranges the pair rows of a {@link RunResults} as
 * sources × sources matrices. Nothing is computed beyond placing the report's numbers: cell
 * (i, j) and (j, i) both hold the report's value of the pair, the diagonal (a source against
 * itself, never measured) is NaN.
 */
public final class AlignmentMatrices {

    /** The representations a pair value can be measured on. */
    public enum Representation {
        /** L2-normalised rows (bias analysis) */
        RAW,
        /** centred rows (bias analysis) */
        CENTERED,
        /** the dense rows the SAEs were trained on (signal analysis) */
        DENSE,
        /** truncated SAE codes (signal analysis) */
        SPARSE;

        /** @return the lower-case name used in reports and titles */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private AlignmentMatrices() {
    }

    /**
     * @param run a run
     * @return the representations the run measured, in enum order
     */
    public static List<Representation> available(RunResults run) {
        List<Representation> out = new ArrayList<>();
        if (!run.bias().isEmpty()) {
            out.add(Representation.RAW);
            out.add(Representation.CENTERED);
        }
        if (!run.signal().isEmpty()) {
            out.add(Representation.DENSE);
            out.add(Representation.SPARSE);
        }
        return out;
    }

    /**
     * @param run            a run
     * @param metric         metric key
     * @param representation representation
     * @return the symmetric matrix in experiment order of the sources, NaN on the diagonal and for pairs without a row
     */
    public static double[][] values(RunResults run, String metric, Representation representation) {
        boolean bias = representation == Representation.RAW || representation == Representation.CENTERED;
        boolean first = representation == Representation.RAW || representation == Representation.DENSE;
        return fill(run, bias ? run.bias() : run.signal(), metric, c -> first ? c.first() : c.second());
    }

    /**
     * @param run    a run
     * @param metric metric key
     * @param signal true for sparse − dense (signal), false for centered − raw (bias)
     * @return the report's sign-corrected {@code delta} as a symmetric matrix, NaN on the diagonal
     */
    public static double[][] deltas(RunResults run, String metric, boolean signal) {
        return fill(run, signal ? run.signal() : run.bias(), metric, Comparison::delta);
    }

    /**
     * @param run         a run
     * @param metric      metric key
     * @param signal      true for the signal rows (dense, sparse), false for the bias rows (raw, centered)
     * @param firstName   what the first value is called, e.g. {@code dense}
     * @param secondName  what the second value is called
     * @return per cell the two values the difference is made of, e.g. {@code dense 98.5600, sparse 96.5800};
     *         {@code null} on the diagonal and for pairs without a row
     */
    public static String[][] pairNotes(RunResults run, String metric, boolean signal, String firstName,
            String secondName) {
        int n = run.sources().size();
        String[][] notes = new String[n][n];
        eachPairCell(run, signal ? run.signal() : run.bias(), metric, (c, a, b) -> {
            notes[a][b] = String.format(Locale.ROOT, "%s %.4f, %s %.4f", firstName, c.first(), secondName,
                    c.second()) + differenceNote(c);
            notes[b][a] = notes[a][b];
        });
        return notes;
    }

    /** What to do with one pair's row and its two cells (a, b) and (b, a). */
    @FunctionalInterface
    private interface PairCell {
        void set(Comparison row, int a, int b);
    }

    /** Calls {@code cell} for each row of the metric whose two sources are distinct sources of the run. */
    private static void eachPairCell(RunResults run, List<Comparison> rows, String metric, PairCell cell) {
        List<String> sources = run.sources();
        for (Comparison c : rows) {
            int a = sources.indexOf(c.a());
            int b = sources.indexOf(c.b());
            if (c.metric().equals(metric) && a >= 0 && b >= 0 && a != b) {
                cell.set(c, a, b);
            }
        }
    }

    /** @return an n × n matrix of NaN: nothing measured yet */
    private static double[][] unmeasured(int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    private static double[][] fill(RunResults run, List<Comparison> rows, String metric,
            java.util.function.ToDoubleFunction<Comparison> value) {
        double[][] m = unmeasured(run.sources().size());
        eachPairCell(run, rows, metric, (c, a, b) -> {
            m[a][b] = value.applyAsDouble(c);
            m[b][a] = m[a][b];
        });
        return m;
    }

    /**
     * @param matrix    a symmetric matrix
     * @param direction which way values are better
     * @return the indices sorted by each row's mean over its defined off-diagonal values, best
     *         aligned first (highest mean for similarities, lowest for distances); rows without
     *         values last; ties keep experiment order
     */
    public static int[] orderByMean(double[][] matrix, Direction direction) {
        int n = matrix.length;
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (i != j && !Double.isNaN(matrix[i][j])) {
                    sum += matrix[i][j];
                    count++;
                }
            }
            mean[i] = count == 0 ? Double.NaN : sum / count;
        }
        Comparator<Integer> byMean = Comparator.comparingDouble(i -> direction == Direction.HIGHER_IS_BETTER
                ? -mean[i] : mean[i]);
        Comparator<Integer> undefinedLast = Comparator.comparing(i -> Double.isNaN(mean[i]));
        return java.util.stream.IntStream.range(0, n).boxed().sorted(undefinedLast.thenComparing(byMean))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Orders the sources so that those aligned alike sit together: average-linkage clustering
     * ({@link AverageLinkage}) on distances made from the values, {@code max − value} for
     * similarities and {@code value − min} for distances (min and max over the defined
     * off-diagonal values), and the dendrogram's leaf order.
     *
     * @param matrix    a symmetric matrix, NaN on the diagonal and where undefined
     * @param direction which way values are better
     * @return new position → old index; sources without values last
     */
    public static int[] orderByClustering(double[][] matrix, Direction direction) {
        int n = matrix.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && !Double.isNaN(matrix[i][j])) {
                    min = Math.min(min, matrix[i][j]);
                    max = Math.max(max, matrix[i][j]);
                }
            }
        }
        double[][] distances = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = matrix[i][j];
                distances[i][j] = i == j ? 0 : Double.isNaN(v) ? Double.NaN
                        : direction == Direction.HIGHER_IS_BETTER ? max - v : v - min;
            }
        }
        return AverageLinkage.leafOrder(distances);
    }

    /**
     * @return the difference's interval and test, e.g. {@code \n95% interval [0.0120, 0.0410],
     *         q 0.003: significant}; empty when the run has none (no subsamples, earlier releases)
     */
    private static String differenceNote(Comparison c) {
        if (Double.isNaN(c.deltaLower()) || Double.isNaN(c.deltaUpper())) {
            return "";
        }
        String verdict = c.significant() == null ? "" : c.significantlyDifferent() ? ": significant" : ": not significant";
        return String.format(Locale.ROOT, "\n95%% interval of the difference [%.4f, %.4f]", c.deltaLower(),
                c.deltaUpper()) + (Double.isNaN(c.q()) ? "" : String.format(Locale.ROOT, ", q %.3g", c.q())) + verdict;
    }

    /**
     * @param run            a run
     * @param metric         metric key
     * @param representation representation
     * @return per cell the value's 95% interval, e.g. {@code 95% interval [0.6120, 0.6410]}; null
     *         on the diagonal, for pairs without a row and where the run has no interval
     */
    public static String[][] valueNotes(RunResults run, String metric, Representation representation) {
        boolean bias = representation == Representation.RAW || representation == Representation.CENTERED;
        boolean first = representation == Representation.RAW || representation == Representation.DENSE;
        int n = run.sources().size();
        String[][] notes = new String[n][n];
        eachPairCell(run, bias ? run.bias() : run.signal(), metric, (c, a, b) -> {
            double lower = first ? c.firstLower() : c.secondLower();
            double upper = first ? c.firstUpper() : c.secondUpper();
            if (!Double.isNaN(lower) && !Double.isNaN(upper)) {
                notes[a][b] = String.format(Locale.ROOT, "95%% interval [%.4f, %.4f]", lower, upper);
                notes[b][a] = notes[a][b];
            }
        });
        return notes;
    }

    /**
     * @param run            a run
     * @param representation a representation of the matrix views
     * @return the representation's id in the nulls table: the dense rows are the run's dense
     *         preprocessing
     */
    public static String nullRepresentation(RunResults run, Representation representation) {
        return representation == Representation.DENSE ? run.densePreprocessing() : representation.id();
    }

    /**
     * @param run            a run
     * @param metric         metric key
     * @param representation representation
     * @return whether the run has the permutation nulls of that metric's values on that
     *         representation (the nulls analysis)
     */
    public static boolean hasNulls(RunResults run, String metric, Representation representation) {
        String id = nullRepresentation(run, representation);
        return run.nulls().stream().anyMatch(r -> r.metric().equals(metric) && r.representation().equals(id));
    }

    /**
     * @param run            a run
     * @param metric         metric key
     * @param representation representation
     * @return the calibrated scores (value − null mean)/(ideal − null mean) of the nulls
     *         analysis as a symmetric matrix in experiment order, NaN on the diagonal and where the
     *         run has no null
     */
    public static double[][] calibrated(RunResults run, String metric, Representation representation) {
        double[][] m = unmeasured(run.sources().size());
        eachNullCell(run, metric, representation, (r, a, b) -> {
            m[a][b] = r.calibrated();
            m[b][a] = m[a][b];
        });
        return m;
    }

    /**
     * @param run            a run
     * @param metric         metric key
     * @param representation representation
     * @return per cell the value against its null: the value, the null's mean and sd, z, p and q
     *         and the number of permutations; {@code null} where the run has no null
     */
    public static String[][] nullNotes(RunResults run, String metric, Representation representation) {
        int n = run.sources().size();
        String[][] notes = new String[n][n];
        eachNullCell(run, metric, representation, (r, a, b) -> {
            notes[a][b] = String.format(Locale.ROOT, "value %.4f, null %.4f ± %.4f (%d permutations), z %.2f,"
                    + " p %.3g, q %.3g", r.value(), r.nullMean(), r.nullSd(), r.permutations(), r.z(), r.p(), r.q());
            notes[b][a] = notes[a][b];
        });
        return notes;
    }

    /** What to do with one null row and its two cells (a, b) and (b, a). */
    @FunctionalInterface
    private interface NullCell {
        void set(NullRow row, int a, int b);
    }

    private static void eachNullCell(RunResults run, String metric, Representation representation, NullCell cell) {
        String id = nullRepresentation(run, representation);
        List<String> sources = run.sources();
        for (NullRow r : run.nulls()) {
            int a = sources.indexOf(r.a());
            int b = sources.indexOf(r.b());
            if (r.metric().equals(metric) && r.representation().equals(id) && a >= 0 && b >= 0 && a != b) {
                cell.set(r, a, b);
            }
        }
    }

    /**
     * @param run    a run
     * @param metric metric key
     * @param signal true for sparse − dense (signal), false for centered − raw (bias)
     * @return per cell whether the difference's 95% interval contains 0 (no difference the data
     *         can tell from none); false where the run has no interval
     */
    public static boolean[][] intervalHoldsZero(RunResults run, String metric, boolean signal) {
        int n = run.sources().size();
        boolean[][] holds = new boolean[n][n];
        eachPairCell(run, signal ? run.signal() : run.bias(), metric, (c, a, b) -> {
            holds[a][b] = c.deltaLower() <= 0 && c.deltaUpper() >= 0;
            holds[b][a] = holds[a][b];
        });
        return holds;
    }

    /**
     * @param notes per cell a note (null rows and cells allowed)
     * @param order new position → old index
     * @return the notes in the new order
     */
    public static String[][] permute(String[][] notes, int[] order) {
        String[][] out = new String[order.length][order.length];
        for (int i = 0; i < order.length; i++) {
            for (int j = 0; j < order.length; j++) {
                out[i][j] = notes[order[i]][order[j]];
            }
        }
        return out;
    }

    /**
     * @param matrix a square matrix
     * @param order  new position → old index
     * @return the matrix with rows and columns reordered
     */
    public static double[][] permute(double[][] matrix, int[] order) {
        double[][] out = new double[order.length][order.length];
        for (int i = 0; i < order.length; i++) {
            for (int j = 0; j < order.length; j++) {
                out[i][j] = matrix[order[i]][order[j]];
            }
        }
        return out;
    }

    /**
     * @param labels labels in old order
     * @param order  new position → old index
     * @return the labels in new order
     */
    public static List<String> permute(List<String> labels, int[] order) {
        return Arrays.stream(order).mapToObj(labels::get).toList();
    }
}
