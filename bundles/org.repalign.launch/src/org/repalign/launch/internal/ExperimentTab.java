package org.repalign.launch.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.launch.ExperimentLaunchConfigurations;

/**
 * The Experiment tab: the experiment file (typed or chosen with Browse) and, optionally, the
 * analyses to run (the command line's {@code --only}). A new configuration takes the experiment
 * selected in the workbench or shown in the active editor.
 */
final class ExperimentTab extends AbstractLaunchConfigurationTab {

    private Text file;
    private Text only;

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText("Experiment &file:");
        file = new Text(body, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("&Browse\u2026");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.repalign", "*" });
            String current = file.getText().strip();
            if (!current.isEmpty() && Path.of(current).getParent() != null) {
                dialog.setFilterPath(Path.of(current).getParent().toString());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        new Label(body, SWT.NONE).setText("&Only analyses:");
        only = new Text(body, SWT.BORDER);
        only.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        only.setMessage("all enabled analyses");
        only.addModifyListener(e -> updateLaunchConfigurationDialog());
        Label hint = new Label(body, SWT.WRAP);
        hint.setText("Comma-separated analysis ids of the experiment (" + String.join(", ", AnalysisRegistry.installed().builtInIds())
                + " or a plug-in's); empty runs every enabled analysis. Results go where the experiment editor's Run writes them (Window > Preferences > RepAlign).");
        GridData wrapped = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        wrapped.widthHint = 400;
        hint.setLayoutData(wrapped);
        setControl(body);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        ExperimentLaunchConfigurations.initialize(configuration, selectedExperiment());
        configuration.setAttribute(ExperimentLaunchConfigurations.ONLY, "");
    }

    /** @return the experiment file selected in the workbench or shown in the active editor, or {@code null} */
    private static Path selectedExperiment() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        if (page.getSelection() instanceof IStructuredSelection selection && !selection.isEmpty()) {
            Path chosen = ExperimentLaunchShortcut.fileOf(selection);
            if (chosen != null) {
                return chosen;
            }
        }
        IEditorPart editor = page.getActiveEditor();
        return editor == null || Adapters.adapt(editor.getEditorInput(), IFile.class) == null ? null
                : ExperimentLaunchShortcut.fileOf(editor.getEditorInput());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            file.setText(configuration.getAttribute(ExperimentLaunchConfigurations.FILE, ""));
            only.setText(configuration.getAttribute(ExperimentLaunchConfigurations.ONLY, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        String text = file.getText().strip();
        ExperimentLaunchConfigurations.initialize(configuration, text.isEmpty() ? null : Path.of(text));
        configuration.setAttribute(ExperimentLaunchConfigurations.ONLY, only.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        String text = file.getText().strip();
        if (text.isEmpty()) {
            setErrorMessage("Choose the experiment file (.repalign) to run.");
            return false;
        }
        if (!Files.isRegularFile(Path.of(text))) {
            setErrorMessage(text + ": no such file");
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Experiment";
    }
}
