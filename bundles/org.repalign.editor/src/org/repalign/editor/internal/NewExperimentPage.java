package org.repalign.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardContainer2;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.repalign.analysis.experiment.ExperimentTemplates;

/**
 * Where the new experiment goes (a workspace folder and a file name) and what it starts from:
 * the synthetic example or two or more representation files (and an optional items file). For
 * own files the page lists which defaults were fitted to them (metrics left out, subsample and
 * SAE sizes; {@link ExperimentTemplates}), so nothing that cannot run is written unseen.
 */
public final class NewExperimentPage extends WizardPage {

    /** The folder proposed when the wizard starts without a selection. */
    static final String DEFAULT_FOLDER = "experiments";

    private final IContainer initialFolder;
    private final boolean startsOnOwnFiles;
    /** Whether the page is built: problems found later are errors. */
    private boolean opened;
    private Text folder;
    private Text name;
    private Button synthetic;
    private Button own;
    private org.eclipse.swt.widgets.List sources;
    private Text items;
    private Label fittedNotes;
    private final List<Path> sourceFiles = new ArrayList<>();
    private List<String> notes = List.of();

    /** @param initialFolder the folder selected when the wizard started, or {@code null} */
    public NewExperimentPage(IContainer initialFolder) {
        this(initialFolder, false);
    }

    /**
     * @param initialFolder the folder selected when the wizard started, or {@code null}
     * @param ownFiles      whether the page starts on the user's own files rather than the
     *                      synthetic example
     */
    public NewExperimentPage(IContainer initialFolder, boolean ownFiles) {
        super("newExperiment");
        this.initialFolder = initialFolder;
        this.startsOnOwnFiles = ownFiles;
        setTitle("New Experiment");
        setDescription("Create a .repalign experiment file in a workspace folder.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText("Folder:");
        folder = new Text(body, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        // with nothing selected, a folder that Finish creates when the workspace does not hold it
        folder.setText(initialFolder == null ? DEFAULT_FOLDER : initialFolder.getFullPath().makeRelative().toString());
        Button browseFolder = new Button(body, SWT.PUSH);
        browseFolder.setText("Browse…");
        browseFolder.addListener(SWT.Selection, e -> {
            ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder(), false,
                    "Folder of the experiment:");
            if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
                folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
            }
        });
        new Label(body, SWT.NONE).setText("File name:");
        name = new Text(body, SWT.BORDER | SWT.SINGLE);
        name.setText("experiment.repalign");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);

        synthetic = new Button(body, SWT.RADIO);
        synthetic.setText("Start from the synthetic example (no files needed)");
        synthetic.setSelection(!startsOnOwnFiles);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(synthetic);
        own = new Button(body, SWT.RADIO);
        own.setText("Start from representation files of my own (two or more; a folder holds one per layer):");
        own.setSelection(startsOnOwnFiles);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(own);
        sources = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 3).hint(SWT.DEFAULT, 90).indent(16, 0).applyTo(sources);
        Button add = new Button(body, SWT.PUSH);
        add.setText("Add files…");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        add.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setText("Representation files");
            dialog.setFilterExtensions(new String[] { "*.npy;*.npz;*.safetensors;*.txt;*.vec;*.bin;*.csv;*.tsv", "*" });
            if (dialog.open() != null) {
                for (String fileName : dialog.getFileNames()) {
                    addSource(Path.of(dialog.getFilterPath(), fileName));
                }
                own.setSelection(true);
                synthetic.setSelection(false);
                update();
            }
        });
        Button addFolder = new Button(body, SWT.PUSH);
        addFolder.setText("Add folder…");
        addFolder.setToolTipText("A folder of per-layer files: one source holding the layers of a model");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(addFolder);
        addFolder.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText("Folder of per-layer files");
            String chosen = dialog.open();
            if (chosen != null) {
                addSource(Path.of(chosen));
                own.setSelection(true);
                synthetic.setSelection(false);
                update();
            }
        });
        Button remove = new Button(body, SWT.PUSH);
        remove.setText("Remove");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            int[] selected = sources.getSelectionIndices();
            for (int i = selected.length - 1; i >= 0; i--) {
                sourceFiles.remove(selected[i]);
                sources.remove(selected[i]);
            }
            update();
        });
        new Label(body, SWT.NONE).setText("Items file (optional):");
        items = new Text(body, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(items);
        Button browseItems = new Button(body, SWT.PUSH);
        browseItems.setText("Browse…");
        browseItems.addListener(SWT.Selection, e -> {
            String chosen = new FileDialog(getShell(), SWT.OPEN).open();
            if (chosen != null) {
                items.setText(chosen);
            }
        });
        fittedNotes = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).indent(0, 8)
                .applyTo(fittedNotes);
        folder.addListener(SWT.Modify, e -> update());
        name.addListener(SWT.Modify, e -> update());
        synthetic.addListener(SWT.Selection, e -> update());
        own.addListener(SWT.Selection, e -> update());
        items.addListener(SWT.Modify, e -> update());
        setControl(body);
        update();
        opened = true;
    }

    /**
     * Adds a representation file to the list.
     *
     * @param file the file, or a folder of per-layer files
     */
    public void addSource(Path file) {
        sourceFiles.add(file.toAbsolutePath());
        sources.add(file.toString());
        update();
    }

    /**
     * @return the defaults fitted to the chosen files, one line each (empty for the synthetic
     *         example or when nothing had to change), as the page shows them
     */
    public List<String> fittedDefaults() {
        return notes;
    }

    /** @return the text of the page's list of fitted defaults */
    public String fittedDefaultsText() {
        return fittedNotes.getText();
    }

    /** @return the chosen folder, or {@code null} when it is not an open workspace folder */
    public IContainer folder() {
        String text = folder.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(text));
        return resource instanceof IContainer container && container.getType() != IResource.ROOT
                && container.isAccessible() ? container : null;
    }

    /**
     * @return the typed folder as a workspace path (a project, then folders), or {@code null}
     *         when the text cannot name one
     */
    public IPath folderPath() {
        String text = folder.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        IPath path = IPath.fromOSString(text).makeAbsolute();
        boolean valid = path.segmentCount() > 0 && ResourcesPlugin.getWorkspace()
                .validatePath(path.toString(), IResource.PROJECT | IResource.FOLDER).isOK();
        return valid ? path : null;
    }

    /**
     * The chosen folder, made when the workspace does not hold it yet: the project (created and
     * opened) and the folders under it.
     *
     * @return the folder
     * @throws CoreException when it cannot be made
     */
    public IContainer folderCreatingIt() throws CoreException {
        IContainer existing = folder();
        if (existing != null) {
            return existing;
        }
        IPath path = folderPath();
        if (path == null) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("'" + folder.getText().strip()
                    + "' cannot name a workspace folder"));
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IContainer container = project;
        for (int i = 1; i < path.segmentCount(); i++) {
            IFolder child = container.getFolder(IPath.fromOSString(path.segment(i)));
            if (!child.exists()) {
                child.create(true, true, null);
            }
            container = child;
        }
        return container;
    }

    /**
     * Types a folder, as the user would.
     *
     * @param path a workspace path (a project, then folders)
     */
    public void setFolderText(String path) {
        folder.setText(path);
        update();
    }

    /** @return the file name */
    public String fileName() {
        return name.getText().strip();
    }

    /** @return whether the experiment starts from the synthetic example */
    public boolean fromSynthetic() {
        return synthetic.getSelection();
    }

    /** @return the representation files (own files) */
    public List<Path> sourceFiles() {
        return List.copyOf(sourceFiles);
    }

    /** @return the items file, or {@code null} */
    public Path itemsFile() {
        String text = items.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    /**
     * Chooses the synthetic example or own files.
     *
     * @param example {@code true} for the synthetic example
     */
    public void setFromSynthetic(boolean example) {
        synthetic.setSelection(example);
        own.setSelection(!example);
        update();
    }

    private void update() {
        String problem = null;
        IContainer container = folder();
        IPath path = folderPath();
        String fileName = fileName();
        String creates = null;
        if (container == null) {
            IResource taken = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
            IProject project = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
            if (folder.getText().isBlank()) {
                problem = "Choose a workspace folder.";
            } else if (path == null || taken != null || (project.exists() && !project.isOpen())) {
                problem = "'" + folder.getText().strip() + "' is not an open folder or project of the workspace"
                        + (path == null ? ", nor a name for one." : ".");
            } else {
                creates = (project.exists() ? "The folder '" : "The project '") + path.makeRelative()
                        + "' will be created.";
            }
        }
        if (problem != null) {
            // reported below
        } else if (!fileName.endsWith(".repalign") || fileName.length() <= ".repalign".length()
                || fileName.contains("/") || fileName.contains("\\")) {
            problem = "The file name must end with .repalign.";
        } else if (container != null && container.getFile(IPath.fromOSString(fileName)).exists()) {
            problem = "'" + fileName + "' already exists in " + container.getFullPath().makeRelative() + ".";
        } else if (!fromSynthetic() && sourceFiles.size() < 2) {
            problem = "Add two or more representation files.";
        }
        IFile target = problem != null ? null
                : ResourcesPlugin.getWorkspace().getRoot().getFile(path.append(fileName));
        notes = problem == null && !fromSynthetic() ? fittedDefaults(target) : List.of();
        fittedNotes.setText(notes.isEmpty() ? ""
                : "Defaults fitted to your files:\n\u2022 " + String.join("\n\u2022 ", notes));
        fittedNotes.getParent().layout(true, true);
        if (opened && getContainer() instanceof IWizardContainer2 dialog && getControl().isVisible()) {
            // the dialog grows to show every fitted default
            dialog.updateSize();
        }
        // what is still missing when the page opens is said as a plain message, not an error
        setErrorMessage(opened ? problem : null);
        if (problem != null && !opened) {
            setMessage(problem, IMessageProvider.NONE);
        } else if (!notes.isEmpty()) {
            setMessage(notes.size() + (notes.size() == 1 ? " default was" : " defaults were")
                    + " changed to fit your files (listed below)." + (creates == null ? "" : " " + creates),
                    IMessageProvider.WARNING);
        } else {
            setMessage(creates, IMessageProvider.INFORMATION);
        }
        setPageComplete(problem == null);
    }

    private List<String> fittedDefaults(IFile target) {
        // a project that Finish will make has no location yet: it will be in the workspace folder
        IPath location = target.getProject().exists() ? target.getLocation()
                : ResourcesPlugin.getWorkspace().getRoot().getLocation().append(target.getFullPath());
        if (location == null) {
            return List.of();
        }
        List<String> fitted = new ArrayList<>();
        try {
            ExperimentTemplates.fromFiles("new", location.toFile().toPath(),
                    NewExperimentWizard.sources(sourceFiles), itemsFile(), null, null, null, null, fitted::add);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return List.copyOf(fitted);
    }
}
