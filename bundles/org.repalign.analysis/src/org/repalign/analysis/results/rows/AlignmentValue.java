package org.repalign.analysis.results.rows;

import java.util.List;

import org.repalign.analysis.results.TableSchema;

/**
 * The tidy alignment schema: one value of one metric for one pair on one representation. A run
 * writes every value it measured as {@value #FILE}; the result views export their matrices and
 * differences in the same columns.
 *
 * @param metric         metric key
 * @param representation what was compared: {@code raw}, {@code centered}, {@code dense},
 *                       {@code sparse}, or a difference such as {@code centered-raw}
 * @param a              first source id
 * @param b              second source id
 * @param value          the value (mean over subsamples)
 * @param sd             its standard deviation over subsamples, NaN when not measured
 * @param direction      {@code higher_is_better} or {@code lower_is_better}
 * @param lower          lower end of the value's 95% interval (subsample interval; NaN when
 *                       undefined or not measured; files of earlier releases lack the column)
 * @param upper          upper end of that interval
 * @param nullMean       mean of the value's row-permutation null (the {@code nulls} analysis;
 *                       NaN when the run has none; files of earlier releases lack this and the
 *                       following columns)
 * @param nullSd         standard deviation of that null
 * @param z              (value − null mean) / null sd
 * @param nullP          permutation p-value, never below 1/(P + 1)
 * @param calibrated     (value − null mean) / (ideal − null mean): 0 at chance, 1 at the
 *                       metric's perfect value
 */
public record AlignmentValue(String metric, String representation, String a, String b, double value, double sd,
        String direction, double lower, double upper, double nullMean, double nullSd, double z, double nullP,
        double calibrated) {

    /**
     * A value without a null.
     *
     * @param metric         metric key
     * @param representation what was compared
     * @param a              first source id
     * @param b              second source id
     * @param value          the value
     * @param sd             its standard deviation over subsamples
     * @param direction      the metric's direction
     * @param lower          lower end of the 95% interval
     * @param upper          upper end of that interval
     */
    public AlignmentValue(String metric, String representation, String a, String b, double value, double sd,
            String direction, double lower, double upper) {
        this(metric, representation, a, b, value, sd, direction, lower, upper, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /**
     * @param row the value's null
     * @return this value with the null's columns filled in
     */
    public AlignmentValue withNull(NullRow row) {
        return new AlignmentValue(metric, representation, a, b, value, sd, direction, lower, upper, row.nullMean(),
                row.nullSd(), row.z(), row.p(), row.calibrated());
    }

    /** The run's alignment table. */
    public static final TableSchema<AlignmentValue> TABLE = TableSchema.fileOnly("alignment", AlignmentValue.class);

    /** Name of the file in the run folder. */
    public static final String FILE = "alignment.csv";

    /**
     * @param row       a row of the bias table
     * @param direction the metric's direction
     * @return its raw and centered values
     */
    public static List<AlignmentValue> of(BiasRow row, String direction) {
        return List.of(new AlignmentValue(row.metric(), "raw", row.a(), row.b(), row.raw(), row.rawSd(), direction,
                row.rawLower(), row.rawUpper()),
                new AlignmentValue(row.metric(), "centered", row.a(), row.b(), row.centered(), row.centeredSd(),
                        direction, row.centeredLower(), row.centeredUpper()));
    }

    /**
     * @param row       a row of the signal table
     * @param dense     the id of the dense rows' preprocessing, their representation
     * @param direction the metric's direction
     * @return its dense and sparse values
     */
    public static List<AlignmentValue> of(SignalRow row, String dense, String direction) {
        return List.of(new AlignmentValue(row.metric(), dense, row.a(), row.b(), row.dense(), row.denseSd(), direction,
                row.denseLower(), row.denseUpper()),
                new AlignmentValue(row.metric(), "sparse", row.a(), row.b(), row.sparse(), row.sparseSd(), direction,
                        row.sparseLower(), row.sparseUpper()));
    }
}
