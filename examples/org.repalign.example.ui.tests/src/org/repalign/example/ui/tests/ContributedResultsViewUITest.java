package org.repalign.example.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.example.RamatReader;
import org.repalign.example.ui.EffectiveDimensionViewer;
import org.repalign.ui.results.ResultTableFile;
import org.repalign.ui.results.ResultViewer;
import org.repalign.ui.results.ResultViewers;
import org.repalign.ui.results.ViewerEntry;
import org.repalign.ui.views.ContributedResultsView;

/** A run of the example analysis, shown in the generic viewer (Result Tables) by the example viewer. */
class ContributedResultsViewUITest {

    @TempDir
    Path folder;

    private RunOutcome run() throws Exception {
        // a: variance on two axes equally (PR 2); b: on one axis (PR 1)
        RamatReader.write(folder.resolve("a.ramat"), new float[][] {{1, 0}, {0, 1}, {-1, 0}, {0, -1}});
        RamatReader.write(folder.resolve("b.ramat"), new float[][] {{1, 2}, {2, 4}, {-1, -2}, {-2, -4}});
        ExperimentPlan plan = new ExperimentPlan("viewer", "", 1, List.of(SourcePlan.of("a", folder.resolve("a.ramat")),
                SourcePlan.of("b", folder.resolve("b.ramat"))), Optional.empty(), null, null, null, Preprocessing.RAW,
                List.of("cka"), new ProtocolSettings(0, 4, 0, TieRule.INDEX), null,
                List.of(new AnalysisSettings.Bias(), new AnalysisSettings.Contributed("dimension", Map.of("rows", "4"))),
                null);
        return new ExperimentRunner().run(plan, folder.resolve("runs"), RunListener.NONE, new NullProgressMonitor());
    }

    @Test
    void exampleTableIsShownByTheExampleViewer() throws Exception {
        RunOutcome outcome = run();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ContributedResultsView view = (ContributedResultsView) page.showView(ContributedResultsView.ID);
        try {
            view.showRun(RunResults.read(outcome.runFolder()));
            drainEvents();
            assertEquals(List.of("bias", "dimension"), view.analysisChoices(), "the run's analyses with tables");
            assertEquals("dimension", view.shownAnalysis(), "the analysis without a view of its own is shown first");
            assertEquals(List.of("dimension"), view.tableChoices());
            assertTrue(view.showsContributedViewer(), "the table is shown by the contributed viewer");

            ResultViewers registry = new ResultViewers();
            RunResults results = RunResults.read(outcome.runFolder());
            List<ViewerEntry> offered = registry.viewsFor(results).get("dimension");
            assertEquals(1, offered.size());
            assertTrue(offered.get(0).isGeneric(), "Show In offers the generic viewer for the example analysis");
            assertTrue(registry.hasEmbeddedViewer("dimension", "dimension"));
            assertFalse(registry.hasEmbeddedViewer("bias", "dimension"), "the viewer is declared for its analysis");

            ResultViewer viewer = new ResultViewers().create("dimension").orElseThrow();
            assertInstanceOf(EffectiveDimensionViewer.class, viewer);
            viewer.show(ResultTableFile.read(outcome.runFolder(), "dimension", "dimension"));
            List<EffectiveDimensionViewer.Bar> bars = ((EffectiveDimensionViewer) viewer).bars();
            assertEquals("a", bars.get(0).source());
            assertEquals(2.0, bars.get(0).ratio(), 1e-6);
            assertEquals(1.0, bars.get(1).ratio(), 1e-6);

            Path exported = folder.resolve("export.csv");
            view.export(exported);
            assertEquals(Files.readString(outcome.runFolder().resolve("dimension-dimension.csv")), Files.readString(exported));
        } finally {
            page.hideView(view);
        }
    }

    private static void drainEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the workbench process pending events
        }
    }
}
