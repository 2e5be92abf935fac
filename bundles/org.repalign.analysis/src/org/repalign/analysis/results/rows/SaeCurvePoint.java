package org.repalign.analysis.results.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.TableSchema;
import org.repalign.compute.sae.SaeTrainingProgress;

/**
 * One point of an SAE training curve: the curve file {@value #FILE} that runs write as
 * {@code sae/<source>/curves.csv} and {@code repalign sae train} writes into its output folder.
 *
 * @param step          training step
 * @param loss          training loss
 * @param fvu           fraction of variance unexplained
 * @param l0            mean active latents per row
 * @param deadFraction  share of dead latents
 * @param rowsPerSecond training speed
 */
public record SaeCurvePoint(long step, double loss, double fvu, double l0, double deadFraction,
        double rowsPerSecond) {

    /** The curve table. */
    public static final TableSchema<SaeCurvePoint> TABLE = TableSchema.fileOnly("curves", SaeCurvePoint.class);

    /** Name of the curve file in an SAE folder. */
    public static final String FILE = "curves.csv";

    /** Name of the tab-separated curve file that {@code repalign sae train} wrote before this format. */
    public static final String LEGACY_FILE = "training_curves.tsv";

    /**
     * @param progress a point reported by the trainer
     * @return the curve point
     */
    public static SaeCurvePoint of(SaeTrainingProgress progress) {
        return new SaeCurvePoint(progress.step(), progress.loss(), progress.fvu(), progress.l0(),
                progress.deadFraction(), progress.rowsPerSecond());
    }

    /**
     * @param points a curve
     * @return its CSV text ({@link ResultsCsv})
     */
    public static String csv(List<SaeCurvePoint> points) {
        return ResultsCsv.write(TABLE, points);
    }

    /**
     * Reads a curve file: the CSV of this table, or the tab-separated file with the same columns
     * that {@code repalign sae train} wrote before ({@value #LEGACY_FILE}).
     *
     * @param file a curve file
     * @return its points in file order
     * @throws IOException with a one-line message naming the file when it does not fit
     */
    public static List<SaeCurvePoint> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElse("");
        if (header.indexOf('\t') >= 0 && header.indexOf(',') < 0) {
            // the numbers of the old tab-separated file hold no commas
            text = text.replace('\t', ',');
        }
        try {
            return List.copyOf(ResultsCsv.read(TABLE, text));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
