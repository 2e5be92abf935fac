package org.repalign.editor.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.testing.ui.DisplayWaits;

/** A workspace project with the demo experiment open in the experiment editor, and user gestures. */
final class EditorFixture {

    final IProject project;
    final IFile file;
    final ExperimentEditor editor;

    private EditorFixture(IProject project, IFile file, ExperimentEditor editor) {
        this.project = project;
        this.file = file;
        this.editor = editor;
    }

    /** @return a new project with {@code demo.repalign} open in the editor */
    static EditorFixture openDemo() throws Exception {
        return open(DemoExperiment.create());
    }

    /**
     * @param experiment the experiment to save as {@code demo.repalign} in a new project
     * @return the fixture with the file open in the editor
     */
    static EditorFixture open(Experiment experiment) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test-" + System.nanoTime());
        project.create(null);
        project.open(null);
        IFile file = project.getFile("demo.repalign");
        ExperimentFiles.save(experiment, file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID, true);
        drainEvents();
        return new EditorFixture(project, file, editor);
    }

    /** @return the file on disk */
    Path path() {
        return file.getLocation().toFile().toPath();
    }

    /** Closes the editor without saving and deletes the project. */
    void close() throws Exception {
        editor.getSite().getPage().closeEditor(editor, false);
        drainEvents();
        project.delete(true, true, null);
    }

    /** Types into a field the way a user does: new text, then the field loses the focus. */
    static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        drainEvents();
    }

    /** Clicks a check box or push button. */
    static void click(Button button) {
        if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        drainEvents();
    }

    static void drainEvents() {
        DisplayWaits.drain();
    }
}
