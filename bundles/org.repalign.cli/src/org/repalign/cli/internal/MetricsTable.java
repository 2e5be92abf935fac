package org.repalign.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The human-readable form of a {@code repalign metrics} report. */
final class MetricsTable {

    private final Map<String, Object> report;

    MetricsTable(Map<String, Object> report) {
        this.report = report;
    }

    @SuppressWarnings("unchecked")
    void print(PrintStream out) {
        out.printf("%s vs %s: n = %s, d = %s / %s, dropped %s / %s, preprocess %s, seed %s, ties %s%n", report.get("a"),
                report.get("b"), report.get("n"), report.get("d_a"), report.get("d_b"), report.get("dropped_a"),
                report.get("dropped_b"), report.get("preprocess"), report.get("seed"), report.get("ties"));
        int subsamples = (Integer) report.get("subsamples");
        out.println(subsamples == 0 ? "whole matrices" : subsamples + " subsamples of " + report.get("size") + " rows");
        Map<String, Object> metrics = (Map<String, Object>) report.get("metrics");
        Map<String, Object> sd = (Map<String, Object>) report.getOrDefault("sd", Map.of());
        Map<String, Object> ties = (Map<String, Object>) report.get("tie_share");
        Map<String, Object> seconds = (Map<String, Object>) report.get("seconds");
        Map<String, Object> nulls = (Map<String, Object>) report.getOrDefault("null", Map.of());
        Map<String, Object> intervals = (Map<String, Object>) report.getOrDefault("ci", Map.of());
        int width = 8;
        for (String key : metrics.keySet()) {
            width = Math.max(width, key.length());
        }
        out.printf("%n%-" + width + "s  %10s  %10s%s  %9s  %8s%s%n", "metric", "value", "sd",
                intervals.isEmpty() ? "" : String.format("  %-22s", "95% interval"), "tie_share", "seconds",
                nulls.isEmpty() ? "" : "  null mean     z       p  calibrated");
        for (Map.Entry<String, Object> entry : metrics.entrySet()) {
            String key = entry.getKey();
            out.printf("%-" + width + "s  %10s  %10s%s  %9s  %8s", key, number(entry.getValue()), number(sd.get(key)),
                    intervals.isEmpty() ? "" : String.format("  %-22s", interval((List<Object>) intervals.get(key))),
                    number(ties.get(key)), String.format("%.3f", (Double) seconds.get(key)));
            Map<String, Object> permutation = (Map<String, Object>) nulls.get(key);
            if (permutation != null) {
                // the null of the value shown: of the mean over subsamples when there are subsamples
                permutation = (Map<String, Object>) permutation.getOrDefault("protocol", permutation);
                out.printf("  %9s %7s %7s  %10s", number(permutation.get("mean")), shortNumber(permutation.get("z")),
                        shortNumber(permutation.get("p")), shortNumber(permutation.get("calibrated")));
            }
            out.println();
        }
        if (!nulls.isEmpty()) {
            Object permutations = ((Map<String, Object>) nulls.values().iterator().next()).get("permutations");
            out.printf("%nnull: %s row permutations of B %s; calibrated = (value − null mean)/(ideal − null mean)%n",
                    permutations, subsamples == 0 ? "on the whole matrices" : "in every subsample, null of the mean");
        }
        if (!intervals.isEmpty()) {
            out.printf("%n95%% interval: of the expected value on %s-row draws, over the subsamples with the"
                    + " overlap-corrected variance (docs/metrics.md)%n", report.get("size"));
        }
        out.printf("%ntotal metric time %.3f s%n", (Double) seconds.get("total"));
    }

    private static String number(Object value) {
        if (!(value instanceof Double d)) {
            return "-";
        }
        return Double.isNaN(d) ? "undefined" : String.format("%.6f", d);
    }

    private static String interval(List<Object> bounds) {
        if (bounds == null || !(bounds.get(0) instanceof Double low) || !(bounds.get(1) instanceof Double high)
                || Double.isNaN(low) || Double.isNaN(high)) {
            return "-";
        }
        return String.format("[%.6f, %.6f]", low, high);
    }

    private static String shortNumber(Object value) {
        if (!(value instanceof Double d)) {
            return "-";
        }
        return Double.isNaN(d) ? "-" : String.format("%.3g", d);
    }
}
