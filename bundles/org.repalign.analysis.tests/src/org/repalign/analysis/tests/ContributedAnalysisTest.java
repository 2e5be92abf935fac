package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.synth.SyntheticModelSpec;

/**
 * Contributed analyses in a run: ordered after the built-in ones, settings validated by the
 * contributor before anything runs, an exception inside one reported once and contained.
 */
class ContributedAnalysisTest {

    @TempDir
    static Path folder;

    /**
     * The row of the count table.
     *
     * @param sources the number of sources
     * @param label   the label setting
     */
    private record Count(int sources, String label) {
    }

    /** Counts the sources, or throws when {@code fail} is set. */
    private record CountingFactory(String id, boolean fail) implements AnalysisFactory {
        @Override
        public String name() {
            return "Counting " + id;
        }

        @Override
        public List<TableSchema<?>> tables() {
            return List.of(TableSchema.of("count", Count.class));
        }

        @Override
        public List<SettingDeclaration> settings() {
            return List.of(SettingDeclaration.integer("limit", 2, 1, 5, "a declared setting"));
        }

        @Override
        public void validate(Map<String, String> settings) {
            if (settings.containsKey("bad")) {
                throw new IllegalArgumentException("setting bad: not accepted");
            }
        }

        @Override
        public Analysis create(Map<String, String> settings) {
            return new Analysis() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public AnalysisResult run(RunContext context, IProgressMonitor monitor) {
                    if (fail) {
                        throw new UnsupportedOperationException("deliberate failure in " + id);
                    }
                    AnalysisResult result = new AnalysisResult(id);
                    result.addTable(new ResultTable("count", "sources", "label"))
                            .add(context.data().sourceCount(), settings.getOrDefault("label", "none"));
                    result.summary(id + ": " + context.data().sourceCount() + " sources");
                    return result;
                }
            };
        }
    }

    @BeforeAll
    static void contribute() {
        AnalysisRegistry registry = AnalysisRegistry.installed();
        assertTrue(registry.contribute(new Contribution<>(new CountingFactory("test_count", false), "test.bundle")));
        assertTrue(registry.contribute(new Contribution<>(new CountingFactory("test_fail", true), "test.bundle")));
        assertFalse(registry.contribute(new Contribution<>(new CountingFactory("bias", false), "test.bundle")),
                "a built-in id cannot be taken");
        assertFalse(registry.contribute(new Contribution<>(new CountingFactory("test_count", false), "test.other")));
    }

    private static ExperimentPlan plan(List<AnalysisSettings> analyses) {
        return TestPlans.plan(TestPlans.generator(120, List.of(SyntheticModelSpec.of("a", 8, 0, 0.3),
                SyntheticModelSpec.of("b", 6, 0, 0.3))), analyses);
    }

    @Test
    void duplicatesAreReportedWithTheirContributor() {
        assertEquals(1, ContributionProblems.reported().stream()
                .filter(m -> m.equals("test.bundle: analysis id 'bias' is registered twice")).count());
        assertEquals(1, ContributionProblems.reported().stream()
                .filter(m -> m.equals("test.other: analysis id 'test_count' is registered twice")).count());
        assertTrue(AnalysisRegistry.installed().knownIds().containsAll(List.of("bias", "probes", "test_count")));
    }

    @Test
    void contributedAnalysesRunAfterTheBuiltInsAndAFailureLeavesTheOthers() throws Exception {
        ExperimentPlan plan = plan(List.of(new AnalysisSettings.Contributed("test_fail", Map.of()),
                new AnalysisSettings.Contributed("test_count", Map.of("label", "x")), new AnalysisSettings.Bias()));
        assertEquals(List.of("bias", "test_fail", "test_count"), plan.analyses().stream().map(AnalysisSettings::id).toList());
        RunOutcome outcome = new ExperimentRunner().run(plan, folder.resolve("runs"), RunListener.NONE,
                new NullProgressMonitor());
        assertEquals("sources,label\n2,x\n", Files.readString(outcome.runFolder().resolve("test_count-count.csv")));
        assertTrue(Files.exists(outcome.runFolder().resolve("bias-rows.csv")));
        for (AnalysisResult result : outcome.results()) {
            // every table an analysis writes is one its factory declares
            List<String> declared = AnalysisRegistry.installed().require(result.id()).tables().stream()
                    .map(TableSchema::name).toList();
            assertTrue(declared.containsAll(result.tables().keySet()), result.id() + ": " + result.tables().keySet()
                    + " not all in " + declared);
        }
        assertTrue(outcome.summary().contains("test_count: 2 sources"), outcome.summary().toString());
        assertTrue(outcome.summary().stream().anyMatch(l -> l.contains("deliberate failure in test_fail")));
        assertEquals(1, ContributionProblems.reported().stream()
                .filter(m -> m.startsWith("test.bundle: analysis 'test_fail' failed")).count());
    }

    @Test
    void settingsAreValidatedBeforeTheRunAndUnknownIdsFail() {
        ExperimentPlan bad = plan(List.of(new AnalysisSettings.Bias(),
                new AnalysisSettings.Contributed("test_count", Map.of("bad", "1"))));
        ExperimentInputException rejected = assertThrows(ExperimentInputException.class,
                () -> new ExperimentRunner().run(bad, folder.resolve("bad"), RunListener.NONE, new NullProgressMonitor()));
        assertEquals("analysis 'test_count': setting bad: not accepted", rejected.getMessage());
        ExperimentPlan outside = plan(List.of(new AnalysisSettings.Contributed("test_count", Map.of("limit", "9"))));
        assertEquals("analysis 'test_count': setting limit: 9 is outside [1, 5]", assertThrows(
                ExperimentInputException.class, () -> new ExperimentRunner().run(outside, folder.resolve("outside"),
                        RunListener.NONE, new NullProgressMonitor())).getMessage());
        assertFalse(Files.exists(folder.resolve("bad")) && folder.resolve("bad").toFile().list().length > 0,
                "nothing is written");
        ExperimentPlan unknown = plan(List.of(new AnalysisSettings.Contributed("no_such", Map.of())));
        assertTrue(assertThrows(ExperimentInputException.class, () -> new ExperimentRunner().run(unknown,
                folder.resolve("unknown"), RunListener.NONE, new NullProgressMonitor())).getMessage().contains("no_such"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan(List.of(new AnalysisSettings.Bias()))
                .only(List.of("no_such"))).getMessage().contains("unknown analysis 'no_such'"));
    }
}
