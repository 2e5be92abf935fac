package org.repalign.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The four effects the built-in demo is calibrated to show, on the demo's generator seed and
 * others: per seed, the demo experiment ({@link DemoExperiment}) with only its synthetic data's
 * seed changed runs its bias, noise, signal and probes analyses, and the table gives
 * <ol>
 * <li>bias: the share of pairs whose mutual_knn_10 centering raises (by sign, and significant);</li>
 * <li>signal: the share of pairs whose CKA is higher on sparse codes than on dense rows (by sign,
 *     and significant);</li>
 * <li>noise: the share of pairs whose alignment rises with frequency, for CKA and mutual_knn_10
 *     and the lowest over every metric (by sign, and significant);</li>
 * <li>probes: the mean AUROC of the attribute probes on dense rows and on SAE codes.</li>
 * </ol>
 * The targets (the same as the demo test's): shares of at least 90 % and mean AUROCs in
 * [0.75, 0.95]; a row that misses one is marked. Run it with {@code releng/benchmark.sh
 * demo-effects [SEEDS]} (SEEDS comma-separated, default the demo's seed and four others).
 *
 * <p>Further arguments {@code key=value} change the demo before it runs, for calibrating it:
 * {@code items}, {@code attributes}, {@code active}, {@code magnitude}, {@code jitter},
 * {@code zipf}, {@code top} (the world), {@code dims}, {@code bias}, {@code noise},
 * {@code gamma} (per model, five comma-separated values or one for all), {@code latents},
 * {@code k}, {@code steps}, {@code batch}, {@code lr} (the SAEs), {@code subsamples},
 * {@code size} (the protocol).
 */
public final class DemoEffectsBenchmark {

    /** The default seeds: the demo's generator seed first. */
    public static final String DEFAULT_SEEDS = "20260522,1,2,3,4";

    private static final double SHARE = 0.9;
    private static final double AUROC_LOW = 0.75;
    private static final double AUROC_HIGH = 0.95;

    private DemoEffectsBenchmark() {
    }

    /**
     * @param args SEEDS (comma-separated) and optional {@code key=value} changes, as one or more
     *             words
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        String[] words = String.join(" ", args).strip().split("\\s+");
        String seeds = DEFAULT_SEEDS;
        List<String> changes = new ArrayList<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.contains("=")) {
                changes.add(word);
            } else {
                seeds = word;
            }
        }
        Nd4jRuntime.ensureInitialized();
        System.out.println("demo effects" + (changes.isEmpty() ? "" : " with " + String.join(" ", changes)));
        System.out.println(String.format(Locale.ROOT, "%-10s | %-11s | %-11s | %-11s | %-11s | %-9s | %-13s | %5s",
                "seed", "bias knn10", "signal cka", "noise cka", "noise knn10", "noise min", "probes d / s", "s"));
        System.out.println("(shares by sign / significant; noise min: the lowest rising share over every metric; "
                + "targets: shares >= 90%, AUROC in [0.75, 0.95])");
        int missed = 0;
        for (String seed : seeds.split(",")) {
            Experiment experiment = DemoExperiment.create();
            experiment.getSynthetic().setSeed(Long.parseLong(seed.strip()));
            for (String change : changes) {
                apply(experiment, change);
            }
            if (!measure(seed.strip(), experiment)) {
                missed++;
            }
        }
        System.out.println(missed == 0 ? "every seed meets every target" : missed + " seed(s) miss a target (*)");
    }

    /** Runs one experiment and prints its row; @return whether every target is met. */
    private static boolean measure(String seed, Experiment experiment) throws Exception {
        Path out = Files.createTempDirectory("repalign-demo-effects");
        try {
            Path file = out.resolve("demo.repalign");
            ExperimentFiles.save(experiment, file);
            ExperimentPlan plan = ExperimentPlans.load(file).only(List.of("bias", "noise", "signal", "probes"));
            long start = System.nanoTime();
            RunOutcome outcome = new ExperimentRunner().run(plan, out, new RunListener() {
            }, new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonNode analyses = new ObjectMapper().readTree(outcome.reportFile().toFile()).path("analyses");
            JsonNode bias = analyses.path("bias").path("values");
            JsonNode signal = analyses.path("signal").path("values");
            JsonNode noise = analyses.path("noise").path("values");
            JsonNode probes = analyses.path("probes").path("values").path("mean_auroc");
            double biasShare = bias.path("improved_share").path("mutual_knn_10").asDouble(Double.NaN);
            double signalShare = signal.path("improved_share").path("cka").asDouble(Double.NaN);
            double noiseCka = noise.path("rising_share").path("cka").asDouble(Double.NaN);
            double noiseKnn = noise.path("rising_share").path("mutual_knn_10").asDouble(Double.NaN);
            double noiseMin = Double.POSITIVE_INFINITY;
            String noiseMinMetric = "";
            for (var entry : noise.path("rising_share").properties()) {
                if (entry.getValue().asDouble() < noiseMin) {
                    noiseMin = entry.getValue().asDouble();
                    noiseMinMetric = entry.getKey();
                }
            }
            double dense = probes.path("dense").asDouble(Double.NaN);
            double sparse = probes.path("sparse").asDouble(Double.NaN);
            boolean met = biasShare >= SHARE && signalShare >= SHARE && noiseCka >= SHARE && noiseKnn >= SHARE
                    && dense >= AUROC_LOW && dense <= AUROC_HIGH && sparse >= AUROC_LOW && sparse <= AUROC_HIGH;
            System.out.println(String.format(Locale.ROOT,
                    "%-10s | %4.0f%% / %3.0f%% | %4.0f%% / %3.0f%% | %4.0f%% / %3.0f%% | %4.0f%% / %3.0f%% | %3.0f%% %-5s"
                            + " | %.3f / %.3f | %5.1f%s",
                    seed, 100 * biasShare, 100 * significant(bias, "significant_improved_share", "mutual_knn_10"),
                    100 * signalShare, 100 * significant(signal, "significant_improved_share", "cka"),
                    100 * noiseCka, 100 * significant(noise, "significant_rising_share", "cka"),
                    100 * noiseKnn, 100 * significant(noise, "significant_rising_share", "mutual_knn_10"),
                    100 * noiseMin, abbreviate(noiseMinMetric), dense, sparse, seconds, met ? "" : " *"));
            return met;
        } finally {
            deleteTree(out);
        }
    }

    private static double significant(JsonNode analysis, String field, String metric) {
        return analysis.path(field).path(metric).asDouble(Double.NaN);
    }

    private static String abbreviate(String metric) {
        return metric.length() <= 5 ? metric : metric.substring(0, 5);
    }

    /** Applies one {@code key=value} change to the demo experiment. */
    private static void apply(Experiment experiment, String change) {
        String key = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        SyntheticData data = experiment.getSynthetic();
        switch (key) {
            case "items" -> data.setItems(Integer.parseInt(value));
            case "attributes" -> data.setAttributes(Integer.parseInt(value));
            case "active" -> data.setActivePerItem(Integer.parseInt(value));
            case "magnitude" -> data.setCodeMagnitude(Double.parseDouble(value));
            case "jitter" -> data.setCodeJitter(Double.parseDouble(value));
            case "zipf" -> data.setZipfExponent(Double.parseDouble(value));
            case "top" -> data.setTopFrequency(Double.parseDouble(value));
            case "dims", "bias", "noise", "gamma" -> {
                double[] values = Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
                List<SyntheticModel> models = data.getModels();
                for (int i = 0; i < models.size(); i++) {
                    double v = values.length == 1 ? values[0] : values[i];
                    SyntheticModel model = models.get(i);
                    switch (key) {
                        case "dims" -> model.setDimension((int) v);
                        case "bias" -> model.setBiasNorm(v);
                        case "noise" -> model.setNoiseScale(v);
                        default -> model.setNoiseExponent(v);
                    }
                }
            }
            case "latents" -> experiment.getSae().setLatents(Integer.parseInt(value));
            case "k" -> experiment.getSae().setK(Integer.parseInt(value));
            case "steps" -> experiment.getSae().setSteps(Integer.parseInt(value));
            case "batch" -> experiment.getSae().setBatchSize(Integer.parseInt(value));
            case "lr" -> experiment.getSae().setLearningRate(Double.parseDouble(value));
            case "subsamples" -> experiment.getProtocol().setSubsamples(Integer.parseInt(value));
            case "size" -> experiment.getProtocol().setSubsampleSize(Integer.parseInt(value));
            default -> throw new IllegalArgumentException("unknown change '" + change + "'");
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
