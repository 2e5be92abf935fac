package org.repalign.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.RunResults.Comparison;
import org.repalign.analysis.results.rows.AlignmentValue;
import org.repalign.analysis.results.rows.NullRow;

/**
 * The CSV exports of the matrix and difference views in the run's tidy alignment schema
 * ({@link AlignmentValue}: metric, representation, a, b, value, sd, direction), one line per
 * pair in experiment order, as the run's {@code alignment.csv} holds them.
 */
public final class AlignmentExport {

    private AlignmentExport() {
    }

    /**
     * @param run            a run
     * @param metric         a metric key of the run
     * @param representation the id of a representation the run measured ({@code raw},
     *                       {@code centered}, {@code dense}, {@code sparse})
     * @return the pair values the matrix shows
     * @throws IllegalArgumentException for another id
     */
    public static List<AlignmentValue> matrix(RunResults run, String metric, String representation) {
        for (AlignmentMatrices.Representation r : AlignmentMatrices.Representation.values()) {
            if (r.id().equals(representation)) {
                return matrix(run, metric, r);
            }
        }
        throw new IllegalArgumentException("no representation '" + representation + "'");
    }

    /**
     * @param run            a run
     * @param metric         a metric key of the run
     * @param representation a representation the run measured
     * @return the pair values the matrix shows, with their nulls when the run has them
     */
    public static List<AlignmentValue> matrix(RunResults run, String metric,
            AlignmentMatrices.Representation representation) {
        boolean bias = representation == AlignmentMatrices.Representation.RAW
                || representation == AlignmentMatrices.Representation.CENTERED;
        boolean first = representation == AlignmentMatrices.Representation.RAW
                || representation == AlignmentMatrices.Representation.DENSE;
        String nullId = AlignmentMatrices.nullRepresentation(run, representation);
        // the nulls of this metric and representation, by pair in either order
        java.util.Map<List<String>, NullRow> nulls = new java.util.HashMap<>();
        for (NullRow row : run.nulls()) {
            if (row.metric().equals(metric) && row.representation().equals(nullId)) {
                nulls.put(List.of(row.a(), row.b()), row);
                nulls.put(List.of(row.b(), row.a()), row);
            }
        }
        List<AlignmentValue> out = new ArrayList<>();
        for (Comparison c : bias ? run.bias() : run.signal()) {
            if (c.metric().equals(metric)) {
                AlignmentValue value = new AlignmentValue(metric, representation.id(), c.a(), c.b(),
                        first ? c.first() : c.second(), first ? c.firstSd() : c.secondSd(), direction(run, metric),
                        first ? c.firstLower() : c.secondLower(), first ? c.firstUpper() : c.secondUpper());
                NullRow nul = nulls.get(List.of(c.a(), c.b()));
                out.add(nul == null ? value : value.withNull(nul));
            }
        }
        return out;
    }

    /**
     * @param run    a run
     * @param metric a metric key of the run
     * @param signal {@code true} for sparse against dense, {@code false} for centered against raw
     * @return the report's sign-corrected gains (positive: the second representation aligns
     *         better), as representation {@code sparse-dense} or {@code centered-raw}, with the
     *         difference's interval; no sd
     */
    public static List<AlignmentValue> differences(RunResults run, String metric, boolean signal) {
        String representation = signal ? "sparse-dense" : "centered-raw";
        List<AlignmentValue> out = new ArrayList<>();
        for (Comparison c : signal ? run.signal() : run.bias()) {
            if (c.metric().equals(metric)) {
                out.add(new AlignmentValue(metric, representation, c.a(), c.b(), c.delta(), Double.NaN,
                        direction(run, metric), c.deltaLower(), c.deltaUpper()));
            }
        }
        return out;
    }

    /**
     * @param values values in the tidy schema
     * @return their CSV text
     */
    public static String csv(List<AlignmentValue> values) {
        return ResultsCsv.write(AlignmentValue.TABLE, values);
    }

    private static String direction(RunResults run, String metric) {
        return run.direction(metric).name().toLowerCase(Locale.ROOT);
    }
}
