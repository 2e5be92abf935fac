package org.repalign.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.results.ResultViewers;
import org.repalign.ui.results.ViewerEntry;
import org.repalign.ui.views.ContributedResultsView;

/**
 * Opens the viewers the registry ({@link ResultViewers}) names for a run: one chosen in "Show
 * in", or the run's primary view when a run finishes or is double-clicked.
 */
public final class ShowResults {

    private ShowResults() {
    }

    /**
     * Shows a run in a viewer: opens its view, gives it the run and, for the generic viewer, picks the analysis.
     *
     * @param page  the workbench page
     * @param entry the viewer
     * @param run   the run
     * @param mode  {@link IWorkbenchPage#VIEW_ACTIVATE} or {@link IWorkbenchPage#VIEW_VISIBLE}
     * @return the view
     * @throws PartInitException when the view cannot be opened
     */
    public static IViewPart show(IWorkbenchPage page, ViewerEntry entry, RunResults run, int mode)
            throws PartInitException {
        IViewPart part = page.showView(entry.view(), null, mode);
        if (part instanceof RunResultsView view
                && (view.getRun() == null || !view.getRun().folder().equals(run.folder()))) {
            view.showRun(run);
        }
        if (part instanceof ContributedResultsView generic) {
            generic.showAnalysis(entry.analysis());
        }
        return part;
    }

    /**
     * Brings the run's primary view (the first view of its first analysis) to the front.
     *
     * @param page the workbench page
     * @param run  the run
     * @param mode {@link IWorkbenchPage#VIEW_ACTIVATE} or {@link IWorkbenchPage#VIEW_VISIBLE}
     * @return the view, empty when the run has no analyses
     * @throws PartInitException when the view cannot be opened
     */
    public static Optional<IViewPart> showPrimary(IWorkbenchPage page, RunResults run, int mode)
            throws PartInitException {
        Optional<ViewerEntry> primary = new ResultViewers().primaryView(run);
        return primary.isEmpty() ? Optional.empty() : Optional.of(show(page, primary.get(), run, mode));
    }

    /**
     * @param run a run
     * @return what "Show in" offers for it: analysis id → its viewers
     */
    public static Map<String, List<ViewerEntry>> choices(RunResults run) {
        return new ResultViewers().viewsFor(run);
    }
}
