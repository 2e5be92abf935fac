package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.providers.DataProvider;
import org.repalign.ui.results.ResultViewers;

/**
 * Base of the result views: shows the run selected in the Runs view (or given to
 * {@link #showRun(RunResults)}) and offers an {@link ExportAction} in the view toolbar. Subclasses
 * render the models their analysis's data provider ({@link #provider}) gives; they compute nothing.
 */
public abstract class RunResultsView extends ViewPart {

    /** Id of the Runs view, whose selection the result views follow. */
    public static final String RUNS_VIEW_ID = "org.repalign.ui.views.runs";

    private final ISelectionListener listener = this::selectionChanged;
    private RunResults run;
    private ExportAction exportAction;

    @Override
    public final void createPartControl(Composite parent) {
        createContents(parent);
        exportAction = new ExportAction(getViewSite(), exportExtensions(), this::export).addToToolBar()
                .addToContextMenu(parent);
        getSite().getPage().addSelectionListener(RUNS_VIEW_ID, listener);
        selectionChanged(null, getSite().getPage().getSelection(RUNS_VIEW_ID));
        if (run == null) {
            update(null);
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof RunResults results) {
            showRun(results);
        } else if (run != null && !Files.isDirectory(run.folder())) {
            // the run shown was deleted
            showRun(null);
        }
    }

    /**
     * Shows a run.
     *
     * @param results the run, or null for none
     */
    public void showRun(RunResults results) {
        run = results;
        setContentDescription(results == null ? "" : results.experiment() + " \u00b7 " + results.runId());
        update(results);
    }

    /** @return the run shown, or null */
    public RunResults getRun() {
        return run;
    }

    /**
     * Writes what the view shows; the format follows the file's extension.
     *
     * @param file target file, ending in one of {@link #exportExtensions()}
     * @throws IOException when writing fails or the extension is not supported
     */
    public abstract void export(Path file) throws IOException;

    /** @return the supported export extensions, without dots: PNG, SVG and CSV unless a view says otherwise */
    protected String[] exportExtensions() {
        return new String[] { "png", "svg", "csv" };
    }

    /**
     * The data provider registered for an analysis ({@code org.repalign.ui.resultViewers},
     * attribute {@code provider}).
     *
     * @param <P>      the provider type
     * @param analysis an analysis id
     * @param type     the provider type
     * @param fallback makes the provider when the registry has none (plain-classpath use)
     * @return the provider
     */
    protected static <P extends DataProvider> P provider(String analysis, Class<P> type, Supplier<P> fallback) {
        return new ResultViewers().provider(analysis, type).orElseGet(fallback);
    }

    /**
     * Offers Export in the context menu of controls the view creates after its first contents.
     *
     * @param control a new control (its children included)
     */
    protected void offerExport(Control control) {
        exportAction.addToContextMenu(control);
    }

    /** @param parent where to create the view's controls */
    protected abstract void createContents(Composite parent);

    /** @param results the run to show, or null */
    protected abstract void update(RunResults results);

    /**
     * @param file a file
     * @return its extension in lower case, without the dot
     */
    protected static String extension(Path file) {
        return ExportAction.extension(file);
    }

    /**
     * @param file a file with an unsupported extension
     * @return the error to throw
     */
    protected IOException unsupported(Path file) {
        return new IOException(file.getFileName() + ": export formats are " + String.join(", ", exportExtensions()));
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(RUNS_VIEW_ID, listener);
        super.dispose();
    }
}
