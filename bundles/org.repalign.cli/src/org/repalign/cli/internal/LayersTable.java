package org.repalign.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The human-readable form of a {@code repalign metrics --layers} report: per metric the layer
 * grid (rows: layers of A, columns: layers of B) with the best cell starred, and the null of the
 * best value when it was computed.
 */
final class LayersTable {

    private final Map<String, Object> report;

    LayersTable(Map<String, Object> report) {
        this.report = report;
    }

    @SuppressWarnings("unchecked")
    void print(PrintStream out) {
        Map<String, Object> layers = (Map<String, Object>) report.get("layers");
        List<String> namesA = (List<String>) layers.get("a");
        List<String> namesB = (List<String>) layers.get("b");
        out.printf("%s (%d layers) vs %s (%d layers): n = %s, dropped %s / %s, preprocess %s, seed %s, ties %s%n",
                report.get("a"), namesA.size(), report.get("b"), namesB.size(), report.get("n"), report.get("dropped_a"),
                report.get("dropped_b"), report.get("preprocess"), report.get("seed"), report.get("ties"));
        int subsamples = (Integer) report.get("subsamples");
        out.println(subsamples == 0 ? "whole matrices" : subsamples + " subsamples of " + report.get("size") + " rows");
        int rowLabel = Math.max(7, namesA.stream().mapToInt(String::length).max().orElse(0));
        int cell = Math.max(10, namesB.stream().mapToInt(String::length).max().orElse(0) + 1);
        Map<String, Object> grids = (Map<String, Object>) layers.get("grids");
        for (Map.Entry<String, Object> metric : grids.entrySet()) {
            Map<String, Object> grid = (Map<String, Object>) metric.getValue();
            Map<String, Object> best = (Map<String, Object>) grid.get("best");
            int bestA = (Integer) best.get("layer_a");
            int bestB = (Integer) best.get("layer_b");
            out.printf("%n%s (%s; * marks the best layer pair)%n", metric.getKey(),
                    String.valueOf(grid.get("direction")).replace('_', ' '));
            out.printf("%-" + rowLabel + "s", "A \\ B");
            for (String name : namesB) {
                out.printf(" %" + cell + "s", name);
            }
            out.println();
            List<List<Double>> values = (List<List<Double>>) grid.get("values");
            for (int a = 0; a < namesA.size(); a++) {
                out.printf("%-" + rowLabel + "s", namesA.get(a));
                for (int b = 0; b < namesB.size(); b++) {
                    Double value = values.get(a).get(b);
                    String text = value == null || value.isNaN() ? "-" : String.format("%.4f", value);
                    out.printf(" %" + cell + "s", (a == bestA && b == bestB ? "*" : "") + text);
                }
                out.println();
            }
            if (bestA >= 0) {
                out.printf("best: %s x %s = %.6f%n", best.get("layer_a_name"), best.get("layer_b_name"),
                        (Double) best.get("value"));
            } else {
                out.println("best: undefined in every cell");
            }
            Map<String, Object> nullOfBest = (Map<String, Object>) grid.get("null_of_best");
            if (nullOfBest != null) {
                out.printf("null of the best over the grid (%s permutations, %s): mean %s, sd %s, p %s,"
                        + " calibrated best %s%n", nullOfBest.get("permutations"), nullOfBest.get("rows"),
                        shortNumber(nullOfBest.get("mean")), shortNumber(nullOfBest.get("sd")),
                        shortNumber(nullOfBest.get("p")), shortNumber(nullOfBest.get("calibrated")));
            }
        }
        Map<String, Object> seconds = (Map<String, Object>) report.get("seconds");
        out.printf("%ntotal metric time %.3f s%n", (Double) seconds.get("total"));
    }

    private static String shortNumber(Object value) {
        if (!(value instanceof Double d)) {
            return "-";
        }
        return Double.isNaN(d) ? "-" : String.format("%.4g", d);
    }
}
