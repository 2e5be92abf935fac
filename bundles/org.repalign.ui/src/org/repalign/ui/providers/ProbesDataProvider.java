package org.repalign.ui.providers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.ProbeRow;

/**
 * The data provider of the probes analysis: the probed sources, per source the probe rows as a
 * table and the per-attribute series of one probe quantity (AUROC, accuracy, the majority
 * baseline) on the dense rows or the SAE codes, and for all sources the AUROC of each
 * attribute's best single latent.
 */
public final class ProbesDataProvider implements DataProvider {

    /** The columns of {@link #rows}. */
    public static final List<String> COLUMNS = List.of("source", "representation", "attribute", "accuracy",
            "balanced_accuracy", "auroc", "baseline", "best_latent", "best_latent_auroc", "positives");

    /** A provider for the extension registry. */
    public ProbesDataProvider() {
    }

    @Override
    public Set<String> analyses() {
        return Set.of("probes");
    }

    /**
     * @param run a run, or {@code null}
     * @return the probed sources in report order
     */
    public List<String> sources(RunResults run) {
        return run == null ? List.of() : run.probes().stream().map(ProbeRow::source).distinct().toList();
    }

    /**
     * @param run    a run, or {@code null}
     * @param source a source
     * @return the source's probe rows as a table in {@link #COLUMNS} order
     */
    public TableModel rows(RunResults run, String source) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProbeRow p : probes(run, source)) {
            rows.add(Arrays.asList(p.source(), p.representation(), p.attribute(), p.accuracy(), p.balancedAccuracy(),
                    p.auroc(), p.baseline(), p.bestLatent(), p.bestLatentAuroc(), p.positives()));
        }
        return new TableModel("probes", "rows", COLUMNS, rows);
    }

    /**
     * @param run    a run, or {@code null}
     * @param source a source
     * @return the source's attributes in report order
     */
    public List<String> attributes(RunResults run, String source) {
        return probes(run, source).stream().map(ProbeRow::attribute).distinct().toList();
    }

    /**
     * @param run            a run
     * @param source         a source
     * @param id             the series id
     * @param representation {@code dense} or {@code sparse}
     * @param value          the quantity, e.g. {@code ProbeRow::auroc}
     * @return per attribute of the source the value of its probe on the representation, NaN where there is none
     */
    public SeriesModel series(RunResults run, String source, String id, String representation,
            ToDoubleFunction<ProbeRow> value) {
        List<ProbeRow> rows = probes(run, source);
        List<String> attributes = attributes(run, source);
        double[] values = new double[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            String attribute = attributes.get(i);
            values[i] = rows.stream().filter(p -> p.attribute().equals(attribute)
                    && p.representation().equals(representation)).mapToDouble(value).findFirst().orElse(Double.NaN);
        }
        return new SeriesModel(id, attributes, values);
    }

    /**
     * @param run a run with probes
     * @return sources × attributes: the AUROC of each attribute's best single latent (dense
     *         probes), noted with the latent; the labels are the sources, the column labels the
     *         attributes ({@link #latentAttributes})
     */
    public double[][] latentAurocs(RunResults run) {
        return latentMap(run, false).values;
    }

    /**
     * @param run a run with probes
     * @return per cell of {@link #latentAurocs} the latent, or {@code no active latent}
     */
    public String[][] latentNotes(RunResults run) {
        return latentMap(run, true).notes;
    }

    /**
     * @param run a run
     * @return the attributes of all sources, in report order (the columns of the latent map)
     */
    public List<String> latentAttributes(RunResults run) {
        return run == null ? List.of() : run.probes().stream().map(ProbeRow::attribute).distinct().toList();
    }

    private record LatentMap(double[][] values, String[][] notes) {
    }

    private LatentMap latentMap(RunResults run, boolean withNotes) {
        List<String> sources = sources(run);
        List<String> attributes = latentAttributes(run);
        double[][] values = new double[sources.size()][attributes.size()];
        String[][] notes = new String[sources.size()][attributes.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        for (ProbeRow p : run.probes()) {
            if (p.representation().equals("dense")) {
                int r = sources.indexOf(p.source());
                int c = attributes.indexOf(p.attribute());
                values[r][c] = p.bestLatentAuroc();
                if (withNotes) {
                    notes[r][c] = p.bestLatent() < 0 ? "no active latent" : "latent " + p.bestLatent();
                }
            }
        }
        return new LatentMap(values, notes);
    }

    private static List<ProbeRow> probes(RunResults run, String source) {
        return run == null ? List.of() : run.probes().stream().filter(p -> p.source().equals(source)).toList();
    }
}
