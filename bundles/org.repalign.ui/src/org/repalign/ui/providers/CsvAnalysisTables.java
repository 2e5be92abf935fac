package org.repalign.ui.providers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.store.ResultStore;
import org.repalign.ui.results.ResultTableFile;

/**
 * {@link AnalysisTables} over the run folder's CSV files: the tables of analysis {@code a} are
 * the files {@code a-<table>.csv} (names as {@link ResultStore#tableFileName} writes them), read
 * with {@link ResultTableFile}.
 */
public final class CsvAnalysisTables implements AnalysisTables {

    static final CsvAnalysisTables INSTANCE = new CsvAnalysisTables();

    private CsvAnalysisTables() {
    }

    @Override
    public List<String> tableNames(RunResults run, String analysis) {
        Path folder = run.folder();
        String prefix = ResultStore.fileName(analysis) + "-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".csv") && n.length() > prefix.length() + 4)
                    .map(n -> n.substring(prefix.length(), n.length() - 4))
                    .filter(t -> Files.isRegularFile(folder.resolve(ResultStore.tableFileName(analysis, t))))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public TableModel table(RunResults run, String analysis, String table) throws IOException {
        ResultTableFile file = ResultTableFile.read(run.folder(), analysis, table);
        return TableModel.fromText(analysis, table, file.columns(), file.rows());
    }
}
