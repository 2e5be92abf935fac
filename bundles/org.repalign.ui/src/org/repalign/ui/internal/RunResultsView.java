package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.repalign.analysis.results.RunResults;

/**
 * Base of the result views: shows the run selected in the Runs view (or given to
 * {@link #showRun(RunResults)}) and offers an export action in the view toolbar. Subclasses
 * only arrange the run's numbers; they compute nothing.
 */
public abstract class RunResultsView extends ViewPart {

    /** Id of the Runs view, whose selection the result views follow. */
    public static final String RUNS_VIEW_ID = "org.repalign.ui.views.runs";

    private final ISelectionListener listener = this::selectionChanged;
    private RunResults run;

    @Override
    public final void createPartControl(Composite parent) {
        createContents(parent);
        Action export = new Action("Export\u2026") {
            @Override
            public void run() {
                exportWithDialog();
            }
        };
        export.setToolTipText("Export as " + String.join(", ", exportExtensions()).toUpperCase(java.util.Locale.ROOT));
        export.setImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(export);
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

    /** @return the supported export extensions, without dots */
    protected abstract String[] exportExtensions();

    /** @param parent where to create the view's controls */
    protected abstract void createContents(Composite parent);

    /** @param results the run to show, or null */
    protected abstract void update(RunResults results);

    /**
     * @param file a file
     * @return its extension in lower case, without the dot
     */
    protected static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param file a file with an unsupported extension
     * @return the error to throw
     */
    protected IOException unsupported(Path file) {
        return new IOException(file.getFileName() + ": export formats are " + String.join(", ", exportExtensions()));
    }

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        String[] extensions = exportExtensions();
        String[] filters = new String[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            filters[i] = "*." + extensions[i];
        }
        dialog.setFilterExtensions(filters);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (extension(file).isEmpty()) {
            file = Path.of(chosen + "." + extensions[Math.max(0, dialog.getFilterIndex())]);
        }
        try {
            export(file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Export failed", e.getMessage());
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(RUNS_VIEW_ID, listener);
        super.dispose();
    }
}
