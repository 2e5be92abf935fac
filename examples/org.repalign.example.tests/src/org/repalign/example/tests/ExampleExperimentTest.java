package org.repalign.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.example.RamatReader;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.BiasAnalysis;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.MetricSetting;
import org.repalign.model.Protocol;
import org.repalign.model.Source;

/**
 * The example plug-in in an experiment: sources in its {@code .ramat} format, its metric beside a
 * built-in one, its analysis beside a built-in one and beside an analysis that throws; and the
 * same through the command line.
 */
class ExampleExperimentTest {

    private static final ExperimentFactory MODEL = ExperimentFactory.eINSTANCE;

    @TempDir
    static Path folder;

    @BeforeAll
    static void sources() throws Exception {
        Random random = new Random(7);
        float[][] a = new float[60][4];
        float[][] b = new float[60][3];
        for (int i = 0; i < 60; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = (float) random.nextGaussian();
            }
            // b: the first three columns of a, rotated in the plane of the first two
            b[i][0] = 0.6f * a[i][0] - 0.8f * a[i][1];
            b[i][1] = 0.8f * a[i][0] + 0.6f * a[i][1];
            b[i][2] = a[i][2];
        }
        RamatReader.write(folder.resolve("a.ramat"), a);
        RamatReader.write(folder.resolve("b.ramat"), b);
    }

    private static Path experiment(String name, String... contributed) throws Exception {
        Experiment experiment = MODEL.createExperiment();
        experiment.setName(name);
        for (String id : List.of("a", "b")) {
            Source source = MODEL.createSource();
            source.setId(id);
            source.setFile(id + ".ramat");
            experiment.getSources().add(source);
        }
        for (String id : List.of("cka", "example_procrustes")) {
            MetricSetting metric = MODEL.createMetricSetting();
            metric.setId(id);
            experiment.getMetrics().add(metric);
        }
        Protocol protocol = MODEL.createProtocol();
        protocol.setSubsamples(0);
        protocol.setSubsampleSize(60);
        protocol.setPermutations(0);
        experiment.setProtocol(protocol);
        BiasAnalysis bias = MODEL.createBiasAnalysis();
        experiment.getAnalyses().add(bias);
        for (String id : contributed) {
            ContributedAnalysis analysis = MODEL.createContributedAnalysis();
            analysis.setAnalysisId(id);
            if (id.equals("dimension")) {
                AnalysisSetting rows = MODEL.createAnalysisSetting();
                rows.setName("rows");
                rows.setValue("50");
                analysis.getSettings().add(rows);
            }
            experiment.getAnalyses().add(analysis);
        }
        Path file = folder.resolve(name + ".repalign");
        ExperimentFiles.save(experiment, file);
        return file;
    }

    @Test
    void exampleMetricReaderAndAnalysisRunInAnExperiment() throws Exception {
        Path file = experiment("example", "dimension", "failing");
        RunOutcome outcome = new ExperimentRunner().run(ExperimentPlans.load(file), folder.resolve("runs"),
                RunListener.NONE, new NullProgressMonitor());
        String report = Files.readString(outcome.runFolder().resolve("report.json"));
        assertTrue(report.contains("example_procrustes"), "the example metric is measured");
        String bias = Files.readString(outcome.runFolder().resolve("bias-rows.csv"));
        assertTrue(bias.contains("example_procrustes"), bias);
        String dimension = Files.readString(outcome.runFolder().resolve("dimension-dimension.csv"));
        assertTrue(dimension.startsWith("source,rows,columns,participation_ratio"), dimension);
        assertTrue(dimension.contains("a,50,4,"), dimension);
        assertTrue(outcome.summary().stream().anyMatch(l -> l.startsWith("effective dimension")), outcome.summary().toString());
        assertTrue(outcome.summary().stream().anyMatch(l -> l.contains("deliberate failure")),
                "the failing analysis reports its failure and the run goes on: " + outcome.summary());
    }

    @Test
    void exampleMetricAndReaderOnTheCommandLine() {
        Result ok = run("metrics", folder.resolve("a.ramat").toString(), folder.resolve("b.ramat").toString(),
                "--metrics", "example_procrustes,cka", "--format", "json");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("\"example_procrustes\""), ok.out());

        Result list = run("metrics", "--list", "--format", "json");
        assertEquals(0, list.status());
        assertTrue(list.out().contains("\"example_procrustes\"") && list.out().contains("org.repalign.example"), list.out());
    }

    @Test
    void explicitlyRequestedBrokenContributionsFailWithStatusTwo() throws Exception {
        String a = folder.resolve("a.ramat").toString();
        String b = folder.resolve("b.ramat").toString();
        Result broken = run("metrics", a, b, "--metrics", "broken_range");
        assertEquals(2, broken.status());
        assertTrue(broken.err().contains("broken_range") && broken.err().contains("broken contribution")
                && broken.err().contains("org.repalign.example"), broken.err());
        Result throwing = run("metrics", a, b, "--metrics", "cka,throwing");
        assertEquals(2, throwing.status());
        assertTrue(throwing.err().contains("deliberate failure"), throwing.err());

        Path file = experiment("unknown", "no_such_analysis");
        Result unknown = run("run", file.toString(), "--out", folder.resolve("runs-unknown").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no_such_analysis"), unknown.err());
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine().run(arguments, new CommandIO(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
