package org.repalign.testing.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A hand-made run folder of the layers analysis, written as a run writes it: {@code report.json}
 * (report format 2, the best table in it), {@code layers-best.csv} and {@code layers-grid.csv}.
 * Three sources with 3, 4 and 2 layers; {@code cka} (higher is better) swept for every pair,
 * {@code knn_edit_10} (lower is better) for m1 – m3 only. The values, in the grid's layer order:
 *
 * <pre>
 * cka m1 × m2     l0   l1   l2   l3        cka m1 × m3   a    b       cka m2 × m3   a    b
 *   embed       0.10 0.20 0.30 0.25          embed     0.15 0.05        l0       0.12 0.22
 *   mid         0.20 0.40 0.55 0.50          mid       0.35 0.45        l1       0.70 0.33
 *   out         0.30 0.50 0.80 0.60          out       0.65 0.40        l2       0.44 0.41
 *                                                                       l3       0.31 0.28
 * knn_edit_10 m1 × m3   a    b
 *   embed             9.0  8.0
 *   mid               5.0  7.5
 *   out               6.0  4.5
 * </pre>
 *
 * Standard deviations are 0.01 ({@code cka}) and 0.5 ({@code knn_edit_10}), 0.02 at the best
 * {@code cka} cells. The best pairs: m1 out × m2 l2 = 0.80 (null of the maximum 0.42 ± 0.05 over
 * 100 permutations, p = 0.0099), m1 out × m3 a = 0.65 (no permutations), m2 l1 × m3 a = 0.70
 * (0.50 ± 0.06, p = 0.0396), and for {@code knn_edit_10} the minimum m1 out × m3 b = 4.5 (no
 * permutations).
 */
public final class LayersRunFolder {

    /** The run id written into the report. */
    public static final String RUN_ID = "20261207-120000-layers";

    /** The run id of the run without the layers analysis. */
    public static final String RUN_ID_WITHOUT_LAYERS = "20261207-110000-no-layers";

    private static final List<String> BEST_COLUMNS = List.of("metric", "a", "b", "layers_a", "layers_b",
            "best_layer_a", "best_layer_a_name", "best_layer_b", "best_layer_b_name", "value", "sd", "permutations",
            "null_max_mean", "null_max_sd", "p", "direction");

    private static final Set<String> TEXT_COLUMNS = Set.of("metric", "a", "b", "best_layer_a_name",
            "best_layer_b_name", "direction");

    private static final List<String> BEST = List.of(
            "cka,m1,m2,3,4,2,out,2,l2,0.8,0.02,100,0.42,0.05,0.0099,higher_is_better",
            "cka,m1,m3,3,2,2,out,0,a,0.65,0.02,0,,,,higher_is_better",
            "cka,m2,m3,4,2,1,l1,0,a,0.7,0.02,100,0.5,0.06,0.0396,higher_is_better",
            "knn_edit_10,m1,m3,3,2,2,out,1,b,4.5,0.5,0,,,,lower_is_better");

    private static final List<String> M1 = List.of("embed", "mid", "out");
    private static final List<String> M2 = List.of("l0", "l1", "l2", "l3");
    private static final List<String> M3 = List.of("a", "b");

    private LayersRunFolder() {
    }

    /**
     * Writes the run folder.
     *
     * @param folder the run folder to create (its parent is a results folder)
     * @return the run folder
     * @throws IOException when writing fails
     */
    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        report(folder, RUN_ID, "\"layers\": {\"label\": \"Layers\", \"tables\": {\"best\": [" + bestJson()
                + "]}, \"file_tables\": [\"grid\"], \"values\": {}, \"summary\": [], \"notes\": []}");
        Files.writeString(folder.resolve("layers-best.csv"),
                String.join(",", BEST_COLUMNS) + "\r\n" + String.join("\r\n", BEST) + "\r\n", StandardCharsets.UTF_8);
        List<String> grid = new ArrayList<>();
        grid.add("metric,a,b,layer_a,layer_a_name,layer_b,layer_b_name,value,sd,direction");
        cells(grid, "cka", "m1", M1, "m2", M2, new double[][] { { 0.10, 0.20, 0.30, 0.25 }, { 0.20, 0.40, 0.55, 0.50 },
                { 0.30, 0.50, 0.80, 0.60 } }, 0.01, 2, 2, 0.02, "higher_is_better");
        cells(grid, "cka", "m1", M1, "m3", M3, new double[][] { { 0.15, 0.05 }, { 0.35, 0.45 }, { 0.65, 0.40 } }, 0.01,
                2, 0, 0.02, "higher_is_better");
        cells(grid, "cka", "m2", M2, "m3", M3, new double[][] { { 0.12, 0.22 }, { 0.70, 0.33 }, { 0.44, 0.41 },
                { 0.31, 0.28 } }, 0.01, 1, 0, 0.02, "higher_is_better");
        cells(grid, "knn_edit_10", "m1", M1, "m3", M3, new double[][] { { 9.0, 8.0 }, { 5.0, 7.5 }, { 6.0, 4.5 } }, 0.5,
                2, 1, 0.5, "lower_is_better");
        Files.writeString(folder.resolve("layers-grid.csv"), String.join("\r\n", grid) + "\r\n", StandardCharsets.UTF_8);
        return folder;
    }

    /**
     * Writes a run folder of the same experiment without the layers analysis.
     *
     * @param folder the run folder to create
     * @return the run folder
     * @throws IOException when writing fails
     */
    public static Path writeWithoutLayers(Path folder) throws IOException {
        Files.createDirectories(folder);
        report(folder, RUN_ID_WITHOUT_LAYERS, "");
        return folder;
    }

    private static void report(Path folder, String runId, String analyses) throws IOException {
        Files.writeString(folder.resolve("report.json"), """
                {"format": "repalign-report-2", "experiment": "layered", "description": "", "run_id": "%s",
                 "seed": 1, "sources": ["m1", "m2", "m3"], "items": 200, "metrics": ["cka", "knn_edit_10"],
                 "metric_directions": {"cka": "higher_is_better", "knn_edit_10": "lower_is_better"},
                 "summary": [], "analyses": {%s}}
                """.formatted(runId, analyses), StandardCharsets.UTF_8);
    }

    private static String bestJson() {
        List<String> objects = new ArrayList<>();
        for (String line : BEST) {
            String[] cells = line.split(",", -1);
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                String column = BEST_COLUMNS.get(c);
                String value = TEXT_COLUMNS.contains(column) ? "\"" + cells[c] + "\""
                        : cells[c].isEmpty() ? "null" : cells[c];
                fields.add("\"" + column + "\": " + value);
            }
            objects.add("{" + String.join(", ", fields) + "}");
        }
        return String.join(", ", objects);
    }

    private static void cells(List<String> lines, String metric, String a, List<String> layersA, String b,
            List<String> layersB, double[][] values, double sd, int bestA, int bestB, double bestSd, String direction) {
        for (int i = 0; i < layersA.size(); i++) {
            for (int j = 0; j < layersB.size(); j++) {
                double spread = i == bestA && j == bestB ? bestSd : sd;
                lines.add(String.join(",", metric, a, b, Integer.toString(i), layersA.get(i), Integer.toString(j),
                        layersB.get(j), Double.toString(values[i][j]), Double.toString(spread), direction));
            }
        }
    }
}
