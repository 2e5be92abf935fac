package org.repalign.analysis.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.ResultTable;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.AlignmentValue;
import org.repalign.analysis.results.rows.NullRow;
import org.repalign.analysis.results.rows.BiasRow;
import org.repalign.analysis.results.rows.SaeCurvePoint;
import org.repalign.analysis.results.rows.SignalRow;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sae.RepAlignTrainingInfo;
import org.repalign.io.sae.SaeModels;
import org.repalign.io.write.AtomicFiles;
import org.repalign.io.write.CsrNpzWriter;
import org.repalign.io.write.NpyWriter;

/**
 * Writes a run's folder in one atomic step. Layout:
 * <pre>
 * report.json                       the report (docs/results-format.md)
 * &lt;analysis&gt;-&lt;table&gt;.csv           every result table (features-null.csv: every null score)
 * alignment.csv                     every measured value: metric, representation, pair (tidy)
 * experiment.repalign               the experiment file as run (when there is one)
 * subsets.json                      the row subsets of every pair
 * environment.json                  Java, ND4J backend, BLAS threads, versions, seeds
 * sae/&lt;source&gt;/cfg.json, sae_weights.safetensors, curves.csv   each trained SAE (SAELens)
 * codes/&lt;source&gt;.npz                truncated SAE codes (scipy CSR), kept latents in report.json
 * probes/&lt;source&gt;-dense.npy, -sparse.npy   probe directions, one row per probed attribute
 * </pre>
 */
public final class ResultStore {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Name of the report file. */
    public static final String REPORT_FILE = RunResults.REPORT_FILE;

    /**
     * What to write.
     *
     * @param report         the report
     * @param results        the analyses' results (tables become CSV files)
     * @param codes          the SAE codes when some analysis made them
     * @param subsets        the subsets document
     * @param environment    the environment document
     * @param extraFiles     further files, such as the experiment file as run: relative name to
     *                       content
     */
    public record RunFiles(Map<String, Object> report, List<AnalysisResult> results, SparseCodes codes,
            Map<String, Object> subsets, Map<String, Object> environment, Map<String, byte[]> extraFiles) {
    }

    private ResultStore() {
    }

    /**
     * @param runFolder the folder to create; must not exist yet
     * @param files     what to write
     * @throws RepresentationFileException naming the folder when it cannot be written; nothing
     *                                     is left behind then
     */
    public static void write(Path runFolder, RunFiles files) throws RepresentationFileException {
        AtomicFiles.writeFolder(runFolder, false, folder -> {
            for (AnalysisResult result : files.results()) {
                for (ResultTable table : result.tables().values()) {
                    text(folder.resolve(tableFileName(result.id(), table.name())), table.toCsv());
                }
                for (Map.Entry<String, double[][]> array : result.arrays().entrySet()) {
                    Path target = Files.createDirectories(folder.resolve(result.id()))
                            .resolve(fileName(array.getKey()) + ".npy");
                    double[][] rows = array.getValue();
                    int columns = rows.length == 0 ? 0 : rows[0].length;
                    double[] values = new double[rows.length * columns];
                    for (int r = 0; r < rows.length; r++) {
                        System.arraycopy(rows[r], 0, values, r * columns, columns);
                    }
                    NpyWriter.write(target, values, rows.length, columns);
                }
            }
            text(folder.resolve(AlignmentValue.FILE), ResultsCsv.write(AlignmentValue.TABLE,
                    alignment(files.report(), files.results())));
            text(folder.resolve("subsets.json"), ResultsJson.write(files.subsets()));
            text(folder.resolve("environment.json"), ResultsJson.write(files.environment()));
            for (Map.Entry<String, byte[]> extra : files.extraFiles().entrySet()) {
                Path target = folder.resolve(extra.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, extra.getValue());
            }
            if (files.codes() != null) {
                writeSaes(folder, files.codes());
            }
            // last, so that a folder left by an interrupted write never holds a report
            text(folder.resolve(REPORT_FILE), ResultsJson.write(files.report()));
        });
    }

    /**
     * @param report  the report, for the metrics' directions and the dense preprocessing
     * @param results the analyses' results
     * @return every value of the bias and signal tables in the tidy schema, each pair, metric
     *         and representation once, with its null when the nulls analysis ran
     */
    static List<AlignmentValue> alignment(Map<String, Object> report, List<AnalysisResult> results) {
        Map<?, ?> directions = report.get("metric_directions") instanceof Map<?, ?> m ? m : Map.of();
        Object dense = report.get("protocol") instanceof Map<?, ?> p ? p.get("dense_preprocessing") : null;
        Map<List<String>, AlignmentValue> values = new LinkedHashMap<>();
        for (AnalysisResult result : results) {
            for (ResultTable table : result.tables().values()) {
                if (!(table instanceof RecordTable<?> records)) {
                    continue;
                }
                for (Record row : records.rows()) {
                    List<AlignmentValue> of = switch (row) {
                        case BiasRow bias -> AlignmentValue.of(bias, String.valueOf(directions.get(bias.metric())));
                        case SignalRow signal -> AlignmentValue.of(signal, dense == null ? "dense" : dense.toString(),
                                String.valueOf(directions.get(signal.metric())));
                        default -> List.of();
                    };
                    of.forEach(v -> values.putIfAbsent(List.of(v.metric(), v.representation(), v.a(), v.b()), v));
                }
            }
        }
        // the nulls analysis runs last and saw every value above
        for (AnalysisResult result : results) {
            for (ResultTable table : result.tables().values()) {
                if (table instanceof RecordTable<?> records) {
                    for (Record row : records.rows()) {
                        if (row instanceof NullRow nul) {
                            values.computeIfPresent(List.of(nul.metric(), nul.representation(), nul.a(), nul.b()),
                                    (key, value) -> value.withNull(nul));
                        }
                    }
                }
            }
        }
        return List.copyOf(values.values());
    }

    private static void writeSaes(Path folder, SparseCodes codes) throws IOException {
        Path saeRoot = Files.createDirectories(folder.resolve("sae"));
        Path codeRoot = Files.createDirectories(folder.resolve("codes"));
        for (SparseCodes.SourceSae sae : codes.saes()) {
            String name = fileName(sae.sourceId());
            if (sae.config() != null) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("k", sae.config().k());
                extra.put("latents", sae.config().latents());
                extra.put("batch", sae.config().batchSize());
                extra.put("lr", sae.config().learningRate());
                extra.put("source", sae.sourceId());
                RepAlignTrainingInfo info = new RepAlignTrainingInfo(sae.config().recipe().id(),
                        sae.config().architecture(), sae.config().seed(), sae.config().steps(), sae.preprocessing(),
                        null, extra);
                Path target = Files.createDirectories(saeRoot.resolve(name));
                SaeModels.toFolder(sae.sae(), info).writeFiles(target);
                List<SaeCurvePoint> curve = new ArrayList<>();
                for (SaeTrainingProgress p : sae.curve()) {
                    curve.add(SaeCurvePoint.of(p));
                }
                text(target.resolve(SaeCurvePoint.FILE), ResultsCsv.write(SaeCurvePoint.TABLE, curve));
            }
            CsrNpzWriter.write(codeRoot.resolve(name + ".npz"), sae.truncated().codes());
        }
    }

    /**
     * The folder that receives the runs of an experiment file unless the user names another:
     * {@code NAME.results/} beside {@code NAME.repalign} (the last extension dropped). The
     * command line and the workbench both use this rule.
     *
     * @param experimentFile an experiment file
     * @return its default results folder, absolute
     */
    public static Path defaultResultsFolder(Path experimentFile) {
        String name = experimentFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return experimentFile.toAbsolutePath().resolveSibling(base + ".results");
    }

    /**
     * @param analysis an analysis id
     * @param table    a table name
     * @return the CSV file of the table in a run folder, {@code <analysis>-<table>.csv}, safe for
     *         any name a plug-in gives (see {@link #fileName})
     */
    public static String tableFileName(String analysis, String table) {
        return fileName(analysis) + "-" + fileName(table) + ".csv";
    }

    /**
     * Maps an id to a file name, injectively: letters, digits, '.', '_' and '-' stay; every other
     * character (and a leading '.') becomes {@code %XX} for each of its UTF-8 bytes, so
     * {@code x/y} is {@code x%2Fy} while {@code x_y} stays {@code x_y}. Names longer than 120
     * characters keep their first 100 and add {@code ~} and 16 hex digits of the SHA-256 of the id.
     *
     * @param id a source, analysis or table id
     * @return a file name for it, different for different ids
     */
    public static String fileName(String id) {
        StringBuilder name = new StringBuilder();
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean safe = b < 0x80 && (Character.isLetterOrDigit(b) || b == '_' || b == '-' || b == '.' && i > 0);
            if (safe) {
                name.append((char) b);
            } else {
                name.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        if (name.isEmpty()) {
            return "%";
        }
        if (name.length() > 120) {
            return name.substring(0, 100) + "~" + RunId.sha256Hex(bytes).substring(0, 16);
        }
        return name.toString();
    }

    /**
     * The name an earlier version gave an id (characters outside [A-Za-z0-9._-] as '_'), which
     * was not injective; readers fall back to it for run folders written before.
     *
     * @param id a source id
     * @return the earlier file name
     */
    public static String legacyFileName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    private static void text(Path file, String content) throws IOException {
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
