package org.repalign.analysis.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.repalign.analysis.results.rows.BiasRow;
import org.repalign.analysis.results.rows.BuiltInTables;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;
import org.repalign.analysis.results.rows.MetaRow;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.results.rows.ModelSourceRow;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;
import org.repalign.analysis.results.rows.NullRow;
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.analysis.results.rows.SaeCurvePoint;
import org.repalign.analysis.results.rows.SaeSourceSummary;
import org.repalign.analysis.results.rows.SignalRow;
import org.repalign.analysis.store.ResultStore;
import org.repalign.compute.metrics.Direction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The results of one run, read from the {@code report.json} of its run folder
 * (docs/results-format.md), format 1 or 2: typed, immutable and complete enough for the result
 * views, which only read them. The rows are the records the analyses wrote
 * ({@link org.repalign.analysis.results.rows}), mapped by {@link ResultsJson} through their
 * {@link TableSchema}; {@link #tableNames} and {@link #table} give any analysis's tables
 * without knowing their record types. Analyses that did not run give empty lists. Undefined
 * numbers ({@code null} in the report) are {@link Double#NaN}.
 */
public final class RunResults {

    /** Report format 1: an analysis's tables and values are keys of one object. */
    public static final String FORMAT_1 = "repalign-report-1";

    /** Report format 2: an analysis is {@code {"label", "tables", "file_tables", "values", "summary", "notes"}}. */
    public static final String FORMAT_2 = "repalign-report-2";

    /** The report format runs write now. */
    public static final String FORMAT = FORMAT_2;

    /** Name of the report file in a run folder. */
    public static final String REPORT_FILE = "report.json";

    /** Name of the file that holds every feature-matching null score of a run. */
    public static final String FEATURE_NULL_FILE = "features-null.csv";

    /**
     * One pair and metric measured on two representations: bias (first raw, second centered) or
     * signal (first dense, second sparse); the view of {@link BiasRow} and {@link SignalRow}
     * that the matrix views share.
     *
     * @param a        first source id (experiment order)
     * @param b        second source id
     * @param metric   metric key
     * @param first    value on the first representation
     * @param second   value on the second representation
     * @param delta    second over first, sign-corrected for distances (positive: second is better)
     * @param firstSd  standard deviation of {@code first} over subsamples
     * @param secondSd standard deviation of {@code second} over subsamples
     * @param firstLower  lower end of the 95% interval of {@code first} (NaN when undefined or
     *                    in runs of earlier releases)
     * @param firstUpper  upper end of that interval
     * @param secondLower lower end of the 95% interval of {@code second}
     * @param secondUpper upper end of that interval
     * @param deltaLower  lower end of the 95% interval of {@code delta} (paired differences on the
     *                    same subsamples)
     * @param deltaUpper  upper end of that interval
     * @param q           the difference's p-value adjusted over the metric's pairs (NaN when untested)
     * @param significant whether q ≤ 0.05, or {@code null} when untested
     */
    public record Comparison(String a, String b, String metric, double first, double second, double delta,
            double firstSd, double secondSd, double firstLower, double firstUpper, double secondLower,
            double secondUpper, double deltaLower, double deltaUpper, double q, Boolean significant) {

        /**
         * @param row a bias row
         * @return it as a comparison, first raw, second centered
         */
        public static Comparison of(BiasRow row) {
            return new Comparison(row.a(), row.b(), row.metric(), row.raw(), row.centered(), row.delta(), row.rawSd(),
                    row.centeredSd(), row.rawLower(), row.rawUpper(), row.centeredLower(), row.centeredUpper(),
                    row.deltaLower(), row.deltaUpper(), row.q(), row.significant());
        }

        /**
         * @param row a signal row
         * @return it as a comparison, first dense, second sparse
         */
        public static Comparison of(SignalRow row) {
            return new Comparison(row.a(), row.b(), row.metric(), row.dense(), row.sparse(), row.delta(),
                    row.denseSd(), row.sparseSd(), row.denseLower(), row.denseUpper(), row.sparseLower(),
                    row.sparseUpper(), row.deltaLower(), row.deltaUpper(), row.q(), row.significant());
        }

        /** @return whether the difference is significant in the direction of {@code delta} (q ≤ 0.05) */
        public boolean significantlyDifferent() {
            return Boolean.TRUE.equals(significant);
        }
    }

    private final Path folder;
    private final JsonNode report;
    private final ReportHeader header;
    private final List<String> summary;
    private final Map<String, Direction> directions;
    private final List<String> analyses;
    private final List<BiasRow> bias;
    private final List<SignalRow> signal;
    private final List<NoiseRow> noiseRows;
    private final List<NoiseFit> noiseFits;
    private final List<FeatureRow> features;
    private final List<ProbeRow> probes;
    private final List<MetaRow> meta;
    private final List<NullRow> nulls;
    private final List<ModelSourceRow> modelSources;
    private final List<ModelPredictionRow> modelPredictions;
    private final List<SaeSourceSummary> saeSources;

    private RunResults(Path folder, JsonNode report) throws ReportException {
        this.folder = folder;
        this.report = report;
        String format = report.path("format").asText("");
        if (!FORMAT_1.equals(format) && !FORMAT_2.equals(format)) {
            throw new ReportException("format is \"" + format + "\", expected \"" + FORMAT_1 + "\" or \"" + FORMAT_2
                    + "\"");
        }
        header = bind(report, ReportHeader.class, "");
        for (String field : ReportHeader.KEYS) {
            if (!field.equals("description") && (report.get(field) == null || report.get(field).isNull())) {
                throw new ReportException("missing field " + field);
            }
        }
        List<String> lines = new ArrayList<>();
        report.path("summary").forEach(line -> lines.add(line.asText()));
        summary = List.copyOf(lines);
        Map<String, Direction> d = new LinkedHashMap<>();
        for (String key : header.metrics()) {
            String text = header.metricDirections().get(key);
            if (text == null) {
                throw new ReportException("missing field metric_directions." + key);
            }
            try {
                d.put(key, Direction.valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ReportException("metric_directions." + key + " is \"" + text + "\"");
            }
        }
        directions = Collections.unmodifiableMap(d);
        JsonNode all = report.path("analyses");
        if (!all.isObject()) {
            throw new ReportException("missing field analyses");
        }
        List<String> ids = new ArrayList<>();
        all.fieldNames().forEachRemaining(ids::add);
        analyses = List.copyOf(ids);
        bias = rows("bias", BiasRow.TABLE);
        signal = rows("signal", SignalRow.TABLE);
        noiseRows = rows("noise", NoiseRow.TABLE);
        noiseFits = rows("noise", NoiseFit.TABLE);
        features = rows("features", FeatureRow.TABLE);
        probes = rows("probes", ProbeRow.TABLE);
        meta = rows("meta", MetaRow.TABLE);
        nulls = rows("nulls", NullRow.TABLE);
        modelSources = rows("model", ModelSourceRow.TABLE);
        modelPredictions = optionalRows("model", ModelPredictionRow.TABLE);
        JsonNode sae = report.path("sae");
        saeSources = sae.isObject() ? bindRows(sae.path(SaeSourceSummary.TABLE.name()), SaeSourceSummary.TABLE,
                "sae." + SaeSourceSummary.TABLE.name()) : List.of();
    }

    /**
     * Reads the report of a run folder.
     *
     * @param runFolder a run folder ({@code <out>/<run-id>/}) holding {@code report.json}
     * @return the results
     * @throws IOException with a one-line message naming {@code report.json} when the file is
     *                     missing, not JSON, of another format, or lacks a field
     */
    public static RunResults read(Path runFolder) throws IOException {
        Path file = runFolder.resolve(REPORT_FILE);
        JsonNode root;
        try {
            root = ResultsJson.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + ")", e);
        } catch (IOException e) {
            throw new IOException(file + ": " + (Files.exists(file) ? "cannot be read" : "no such file"), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": the report is not a JSON object");
        }
        try {
            return new RunResults(runFolder, root);
        } catch (ReportException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param folder a folder
     * @return whether it is a run folder: it holds a regular {@code report.json}
     */
    public static boolean isRunFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(REPORT_FILE));
    }

    /** @return the report's format, {@link #FORMAT_1} or {@link #FORMAT_2} */
    public String format() {
        return header.format();
    }

    /**
     * @param analysis an analysis id
     * @return the object that holds the analysis's tables: its own object in format 1, its
     *         {@code tables} in format 2; missing when the analysis did not run
     */
    private JsonNode tablesOf(String analysis) {
        JsonNode node = report.path("analyses").path(analysis);
        return FORMAT_1.equals(format()) ? node : node.path("tables");
    }

    private <R extends Record> List<R> rows(String analysis, TableSchema<R> schema) throws ReportException {
        JsonNode tables = tablesOf(analysis);
        if (tables.isMissingNode()) {
            return List.of();
        }
        String where = "analyses." + analysis + (FORMAT_1.equals(format()) ? "." : ".tables.") + schema.name();
        JsonNode rows = tables.path(schema.name());
        if (!rows.isArray()) {
            throw new ReportException("missing field " + where);
        }
        return bindRows(rows, schema, where);
    }

    /** A table the analysis writes only with some settings: empty when it is missing. */
    private <R extends Record> List<R> optionalRows(String analysis, TableSchema<R> schema) throws ReportException {
        JsonNode tables = tablesOf(analysis);
        if (tables.isMissingNode() || !tables.path(schema.name()).isArray()) {
            return List.of();
        }
        return rows(analysis, schema);
    }

    private static <R extends Record> List<R> bindRows(JsonNode rows, TableSchema<R> schema, String where)
            throws ReportException {
        if (!rows.isArray()) {
            throw new ReportException(where + " is not a list");
        }
        List<R> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(bind(rows.get(i), schema.type(), where + "[" + i + "]."));
        }
        return List.copyOf(out);
    }

    private static <T> T bind(JsonNode node, Class<T> type, String where) throws ReportException {
        if (!node.isObject()) {
            throw new ReportException(where.isEmpty() ? "not an object" : where + " is not an object");
        }
        if (type.isRecord()) {
            // a missing whole number or flag has no undefined value (a missing double reads as NaN)
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                String column = TableSchema.columnName(component.getName());
                Class<?> t = component.getType();
                if (t.isPrimitive() && t != double.class && (node.get(column) == null || node.get(column).isNull())) {
                    throw new ReportException("missing field " + where + column);
                }
            }
        }
        try {
            return ResultsJson.mapper().treeToValue(node, type);
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(where);
            for (JsonMappingException.Reference reference : e.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() || path.charAt(path.length() - 1) == '.' ? "" : ".")
                            .append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            String problem = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ReportException(path + " is not a valid value (" + problem + ")");
        } catch (JsonProcessingException e) {
            throw new ReportException(where + ": " + e.getOriginalMessage());
        }
    }

    /** @return the run folder */
    public Path folder() {
        return folder;
    }

    /** @return the experiment's name */
    public String experiment() {
        return header.experiment();
    }

    /** @return the experiment's description, possibly empty */
    public String description() {
        return header.description() == null ? "" : header.description();
    }

    /** @return the run id */
    public String runId() {
        return header.runId();
    }

    /**
     * @return the preprocessing of the dense rows (the signal analysis's dense side, the SAEs'
     *         input): the report's {@code protocol.dense_preprocessing}, {@code centered} when a
     *         report lacks it
     */
    public String densePreprocessing() {
        return report.path("protocol").path("dense_preprocessing").asText("centered");
    }

    /** @return the experiment seed */
    public long seed() {
        return header.seed();
    }

    /** @return the source ids in experiment order */
    public List<String> sources() {
        return List.copyOf(header.sources());
    }

    /** @return number of aligned items */
    public int items() {
        return header.items();
    }

    /** @return the metric keys in report order */
    public List<String> metrics() {
        return List.copyOf(directions.keySet());
    }

    /** @return each metric key's direction, in report order */
    public Map<String, Direction> directions() {
        return directions;
    }

    /**
     * @param metric a metric key
     * @return its direction
     * @throws IllegalArgumentException for a metric the run did not measure
     */
    public Direction direction(String metric) {
        Direction d = directions.get(metric);
        if (d == null) {
            throw new IllegalArgumentException("metric '" + metric + "' is not in run " + runId());
        }
        return d;
    }

    /** @return ids of the analyses that ran, in report order */
    public List<String> analyses() {
        return analyses;
    }

    /** @return bias rows as comparisons: first is raw, second centered */
    public List<Comparison> bias() {
        return bias.stream().map(Comparison::of).toList();
    }

    /** @return the bias table's rows */
    public List<BiasRow> biasRows() {
        return bias;
    }

    /** @return signal rows as comparisons: first is dense, second sparse */
    public List<Comparison> signal() {
        return signal.stream().map(Comparison::of).toList();
    }

    /** @return the signal table's rows */
    public List<SignalRow> signalRows() {
        return signal;
    }

    /** @return noise window rows */
    public List<NoiseRow> noiseRows() {
        return noiseRows;
    }

    /** @return noise fits, one per pair and metric */
    public List<NoiseFit> noiseFits() {
        return noiseFits;
    }

    /** @return feature matching rows */
    public List<FeatureRow> features() {
        return features;
    }

    /** @return every value against its permutation null; empty when the run has no nulls analysis */
    public List<NullRow> nulls() {
        return nulls;
    }

    /** @return each source's fit of the model analysis; empty when the run has none */
    public List<ModelSourceRow> modelSources() {
        return modelSources;
    }

    /** @return the model analysis's twins against the sources; empty without twins */
    public List<ModelPredictionRow> modelPredictions() {
        return modelPredictions;
    }

    /** @return probe rows */
    public List<ProbeRow> probes() {
        return probes;
    }

    /** @return meta-regression coefficients */
    public List<MetaRow> meta() {
        return meta;
    }

    /** @return the SAE of each source, empty when no analysis used SAEs */
    public List<SaeSourceSummary> saeSources() {
        return saeSources;
    }

    /**
     * Reads the training curve of a source's SAE, written beside the report for SAEs trained in the run.
     *
     * @param source a source id
     * @return the curve's points in step order; empty when the SAE was loaded, not trained
     * @throws IOException with a one-line message naming {@code curves.csv} when it cannot be read
     */
    public List<SaeCurvePoint> saeCurve(String source) throws IOException {
        Path file = folder.resolve("sae").resolve(ResultStore.fileName(source)).resolve(SaeCurvePoint.FILE);
        if (!Files.isRegularFile(file)) {
            // run folders of earlier versions named the folder differently
            file = folder.resolve("sae").resolve(ResultStore.legacyFileName(source)).resolve(SaeCurvePoint.FILE);
        }
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return SaeCurvePoint.read(file);
    }

    /**
     * @return whether the run folder holds {@value #FEATURE_NULL_FILE}; runs written before the
     *         null scores were stored keep only their mean and standard deviation
     */
    public boolean hasFeatureNulls() {
        return Files.isRegularFile(folder.resolve(FEATURE_NULL_FILE));
    }

    /**
     * Reads every null score of the feature matching.
     *
     * @return the scores in file order (pair, kind, draw); empty when the file is missing
     * @throws IOException with a one-line message naming {@value #FEATURE_NULL_FILE} when a line
     *                     is not a, b, kind, draw, score
     */
    public List<FeatureNullScore> featureNulls() throws IOException {
        Path file = folder.resolve(FEATURE_NULL_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return readCsv(file, FeatureNullScore.TABLE);
    }

    /**
     * @param file   a CSV file of a table
     * @param schema the table's schema
     * @param <R>    the row type
     * @return its rows
     * @throws IOException with a one-line message naming the file
     */
    public static <R extends Record> List<R> readCsv(Path file, TableSchema<R> schema) throws IOException {
        try {
            return List.copyOf(ResultsCsv.read(schema, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param analysis an analysis id of {@link #analyses()}
     * @return its label as its factory declared it when the run was written (report format 2),
     *         else the id
     */
    public String label(String analysis) {
        JsonNode label = report.path("analyses").path(analysis).path("label");
        return label.isTextual() && !label.asText().isBlank() ? label.asText() : analysis;
    }

    /**
     * The tables of any analysis, for a viewer that does not know their record types: the tables
     * in the report and the file-only tables beside it.
     *
     * @param analysis an analysis id
     * @return its table names, in report order; empty when it did not run
     */
    public List<String> tableNames(String analysis) {
        List<String> names = new ArrayList<>();
        JsonNode node = report.path("analyses").path(analysis);
        if (FORMAT_1.equals(format())) {
            // format 1 mixed tables and values: a table is a list of objects, or a known file-only table
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isArray() && !field.getValue().isEmpty() && field.getValue().get(0).isObject()
                        || field.getValue().isArray() && Files.isRegularFile(
                                folder.resolve(ResultStore.tableFileName(analysis, field.getKey())))) {
                    names.add(field.getKey());
                }
            }
            for (TableSchema<?> schema : BuiltInTables.BY_ANALYSIS.getOrDefault(analysis, List.of())) {
                if (!schema.inReport() && !names.contains(schema.name()) && Files.isRegularFile(
                        folder.resolve(ResultStore.tableFileName(analysis, schema.name())))) {
                    names.add(schema.name());
                }
            }
        } else {
            node.path("tables").fieldNames().forEachRemaining(names::add);
            node.path("file_tables").forEach(name -> names.add(name.asText()));
        }
        return List.copyOf(names);
    }

    /**
     * Any table of any analysis, without its record type: from the report, or from its CSV file
     * when it is file-only.
     *
     * @param analysis an analysis id
     * @param name     a table name
     * @return the table; empty when the run has no such table
     * @throws IOException with a one-line message naming the file when its CSV cannot be read
     */
    public Optional<GenericTable> table(String analysis, String name) throws IOException {
        if (!tableNames(analysis).contains(name)) {
            return Optional.empty();
        }
        JsonNode rows = tablesOf(analysis).path(name);
        if (rows.isArray()) {
            List<String> columns = new ArrayList<>();
            rows.forEach(row -> row.fieldNames().forEachRemaining(c -> {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }));
            List<List<Object>> values = new ArrayList<>();
            for (JsonNode row : rows) {
                List<Object> cells = new ArrayList<>(columns.size());
                for (String column : columns) {
                    cells.add(value(row.path(column)));
                }
                values.add(cells);
            }
            return Optional.of(new GenericTable(analysis, name, columns, values));
        }
        Path file = folder.resolve(ResultStore.tableFileName(analysis, name));
        List<List<String>> records;
        try {
            records = ResultsCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IOException(file + ": has no header line");
        }
        List<List<Object>> values = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            values.add(record.stream().map(RunResults::cellValue).toList());
        }
        return Optional.of(new GenericTable(analysis, name, records.get(0), values));
    }

    private static Object value(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Double.NaN;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        return node.toString();
    }

    private static Object cellValue(String cell) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            // not a whole number
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    /**
     * @param analysis an analysis id
     * @return its summary values (shares, fits) by key: {@code values} in format 2, the keys
     *         that are not tables in format 1; empty when it did not run
     */
    public Map<String, Object> values(String analysis) {
        JsonNode node = report.path("analyses").path(analysis);
        Map<String, Object> values = new LinkedHashMap<>();
        if (FORMAT_1.equals(format())) {
            List<String> tables = tableNames(analysis);
            node.fields().forEachRemaining(field -> {
                if (!tables.contains(field.getKey()) && !field.getKey().equals("summary")
                        && !field.getKey().equals("notes")) {
                    values.put(field.getKey(), ResultsJson.mapper().convertValue(field.getValue(), Object.class));
                }
            });
        } else {
            node.path("values").fields().forEachRemaining(field -> values.put(field.getKey(),
                    ResultsJson.mapper().convertValue(field.getValue(), Object.class)));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * @param analysis an analysis id
     * @return the seconds it took: {@code analyses.<id>.seconds}, else the older
     *         {@code work.analysis_seconds.<id>}; empty when the report does not say (format 1)
     */
    public java.util.OptionalDouble seconds(String analysis) {
        JsonNode seconds = report.path("analyses").path(analysis).path("seconds");
        if (!seconds.isNumber()) {
            seconds = report.path("work").path("analysis_seconds").path(analysis);
        }
        return seconds.isNumber() ? java.util.OptionalDouble.of(seconds.asDouble()) : java.util.OptionalDouble.empty();
    }

    /** @return the report's summary lines */
    public List<String> summary() {
        return summary;
    }

    @Override
    public String toString() {
        return experiment() + " " + runId();
    }

    /** A problem with a field of the report (without the file name). */
    private static final class ReportException extends Exception {
        private static final long serialVersionUID = 1L;

        ReportException(String problem) {
            super(problem);
        }
    }
}
