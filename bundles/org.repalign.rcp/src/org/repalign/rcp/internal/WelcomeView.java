package org.repalign.rcp.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.RunsView;

/**
 * The first thing a new user sees: what RepAlign does and three ways to begin (the demo project,
 * a new experiment from one's own files, a folder of results). Shown on a first start; Help >
 * Welcome shows it again. When a run is selected it gives its place to the Alignment Matrix.
 */
public final class WelcomeView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.repalign.rcp.welcome";

    /** The New wizard of the demo project (in the experiment editor's plug-in). */
    static final String DEMO_WIZARD = "org.repalign.editor.exampleProject";
    /** The New Experiment wizard. */
    static final String EXPERIMENT_WIZARD = "org.repalign.editor.newExperiment";

    /** The New Experiment wizard's initialization data for starting on the user's own files. */
    static final String OWN_FILES = "ownFiles";
    /** The demo project's experiment file, as the demo wizard names it by default. */
    static final String DEMO_FILE = "repalign-demo/demo.repalign";

    private FormToolkit toolkit;
    private ScrolledForm form;
    private Button openDemo;
    private Button newExperiment;
    private Button openResults;
    private final ISelectionListener runSelected = (part, selection) -> stepAside(selection);

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Welcome to RepAlign");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 10).margins(12, 8).applyTo(body);
        Label intro = toolkit.createLabel(body, "Compare how neural networks represent the same items: "
                + "alignment metrics, their calibration against noise, and sparse-autoencoder features.", SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(intro);
        openDemo = action(body, "Open the demo project",
                "Five synthetic models: press Run in the editor, then read the results.");
        openDemo.addListener(SWT.Selection, e -> openDemo());
        newExperiment = action(body, "New experiment from your files…",
                "Representations (.npy, .csv) of the same items, one file per model.");
        newExperiment.addListener(SWT.Selection, e -> openWizard(EXPERIMENT_WIZARD, OWN_FILES));
        openResults = action(body, "Open a results folder…",
                "Runs written earlier, here or by the command line.");
        openResults.addListener(SWT.Selection, e -> openResultsFolder());
        form.reflow(true);
        getSite().getPage().addSelectionListener(RunsView.ID, runSelected);
    }

    /**
     * Once a run is selected in the Runs view, the Welcome view in front gives its place to the
     * Alignment Matrix, so that the run's results are what the user sees.
     */
    private void stepAside(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof RunResults)) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (form.isDisposed() || !page.isPartVisible(this)) {
                return;
            }
            try {
                page.showView(AlignmentMatrixView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                form.setMessage(e.getMessage(), IMessageProvider.ERROR);
            }
        });
    }

    private Button action(Composite body, String text, String description) {
        Button button = toolkit.createButton(body, text, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(button);
        Label label = toolkit.createLabel(body, description, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(260, SWT.DEFAULT)
                .applyTo(label);
        return button;
    }

    /** Opens the demo experiment when the demo project exists, else the wizard that makes it. */
    void openDemo() {
        IFile demo = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(DEMO_FILE));
        if (demo.exists()) {
            try {
                IDE.openEditor(getSite().getPage(), demo, true);
                return;
            } catch (PartInitException e) {
                form.setMessage(e.getMessage(), IMessageProvider.ERROR);
                return;
            }
        }
        openWizard(DEMO_WIZARD);
    }

    /**
     * Opens a New wizard in a dialog.
     *
     * @param id the wizard id
     * @return the dialog's return code, or -1 when the wizard is not installed or cannot start
     */
    int openWizard(String id) {
        return openWizard(id, null);
    }

    /**
     * Opens a New wizard in a dialog.
     *
     * @param id   the wizard id
     * @param data initialization data for a wizard that takes it ({@link IExecutableExtension}),
     *             or {@code null}
     * @return the dialog's return code, or -1 when the wizard is not installed or cannot start
     */
    int openWizard(String id, String data) {
        IWizardDescriptor descriptor = getSite().getWorkbenchWindow().getWorkbench().getNewWizardRegistry()
                .findWizard(id);
        if (descriptor == null) {
            form.setMessage("The wizard " + id + " is not installed", IMessageProvider.ERROR);
            return -1;
        }
        try {
            INewWizard wizard = (INewWizard) descriptor.createWizard();
            if (data != null && wizard instanceof IExecutableExtension extension) {
                extension.setInitializationData(null, null, data);
            }
            wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(getSite().getShell(), wizard);
            dialog.create();
            return dialog.open();
        } catch (CoreException e) {
            form.setMessage(e.getMessage(), IMessageProvider.ERROR);
            return -1;
        }
    }

    private void openResultsFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText("Open a results folder");
        dialog.setMessage("A folder of runs, such as NAME.results beside an experiment"
                + " (each run a folder named by its start time)");
        String chosen = dialog.open();
        if (chosen != null) {
            showResults(Path.of(chosen));
        }
    }

    /**
     * Lists a folder of runs in the Runs view and shows that view.
     *
     * @param folder the folder
     */
    void showResults(Path folder) {
        try {
            IWorkbenchPage page = getSite().getPage();
            RunsView runs = (RunsView) page.showView(RunsView.ID);
            runs.addFolder(folder);
        } catch (PartInitException e) {
            form.setMessage(e.getMessage(), IMessageProvider.ERROR);
        }
    }

    /** @return the button that opens the demo project */
    public Button openDemoButton() {
        return openDemo;
    }

    /** @return the button that opens the New Experiment wizard */
    public Button newExperimentButton() {
        return newExperiment;
    }

    /** @return the button that asks for a results folder */
    public Button openResultsButton() {
        return openResults;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(RunsView.ID, runSelected);
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
