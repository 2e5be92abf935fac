package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.editor.tests.EditorFixture.type;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__NAME;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.store.ResultStore;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.ExperimentEditor.DiskCheck;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.Source;

/** Save As into another folder, and the file changing or vanishing on disk while it is open. */
class ExperimentFileChangesUITest {

    private EditorFixture fixture;
    private ExperimentEditor editor;

    @BeforeEach
    void open() throws Exception {
        Experiment experiment = DemoExperiment.create();
        Source source = ExperimentFactory.eINSTANCE.createSource();
        source.setId("words");
        source.setFile("data/words.txt");
        experiment.getSources().add(source);
        experiment.setItemsFile("/absolute/items.txt");
        fixture = EditorFixture.open(experiment);
        editor = fixture.editor;
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void saveAsRewritesRelativePathsAndEditsTheNewFile() throws Exception {
        IFolder variants = fixture.project.getFolder("variants");
        variants.create(true, true, null);
        Path target = variants.getLocation().toFile().toPath().resolve("copy.repalign");
        type((Text) editor.reveal(editor.getExperiment(), EXPERIMENT__NAME), "copy");
        assertTrue(editor.isDirty());

        assertTrue(editor.saveAs(target));

        assertFalse(editor.isDirty());
        assertEquals(target, editor.getFile());
        assertEquals("copy.repalign", editor.getPartName());
        IFile input = editor.getEditorInput().getAdapter(IFile.class);
        assertNotNull(input, "a workspace file stays a workspace input");
        assertEquals(variants.getFile("copy.repalign"), input);
        Experiment written = ExperimentFiles.load(target);
        assertEquals("copy", written.getName());
        assertEquals("../data/words.txt", written.getSources().get(0).getFile(), "still the same file");
        assertEquals("/absolute/items.txt", written.getItemsFile());
        assertEquals(DemoExperiment.NAME, ExperimentFiles.load(fixture.path()).getName(), "the original is untouched");
        assertEquals(target.resolveSibling("copy.results"), ResultStore.defaultResultsFolder(editor.getFile()));

        editor.undoAction().run();
        assertEquals("data/words.txt", editor.getExperiment().getSources().get(0).getFile(),
                "the path rewrite is one undoable command");
    }

    @Test
    void saveAsIntoAMissingFolderFailsAndChangesNothing() {
        Path target = fixture.path().resolveSibling("no-such-folder").resolve("x.repalign");
        assertFalse(editor.saveAs(target));
        assertEquals(fixture.path(), editor.getFile());
        assertEquals("data/words.txt", editor.getExperiment().getSources().get(0).getFile());
        String message = editor.getHeaderMessage();
        assertNotNull(message);
        assertTrue(message.contains("x.repalign") && message.contains("folder"), message);
    }

    @Test
    void changedFileIsReloadedWhenTheEditorIsClean() throws Exception {
        assertEquals(DiskCheck.UNCHANGED, editor.checkFileOnDisk());
        Experiment experiment = editor.getExperiment();
        Text name = (Text) editor.reveal(experiment, EXPERIMENT__NAME);
        rewriteOnDisk("changed elsewhere");

        assertEquals(DiskCheck.RELOADED, editor.checkFileOnDisk());
        assertSame(experiment, editor.getExperiment(), "the same object, new contents");
        assertEquals("changed elsewhere", experiment.getName());
        assertEquals("changed elsewhere", name.getText(), "the bound field shows the new contents");
        assertFalse(editor.isDirty());
        assertFalse(editor.undoAction().isEnabled(), "the reload starts a new history");
        assertEquals(DiskCheck.UNCHANGED, editor.checkFileOnDisk());
    }

    @Test
    void unsavedEditsAreKeptUnlessTheUserAgrees() throws Exception {
        Experiment experiment = editor.getExperiment();
        type((Text) editor.reveal(experiment, EXPERIMENT__NAME), "mine");
        AtomicInteger asked = new AtomicInteger();
        editor.setExternalChangeQuestion(file -> {
            asked.incrementAndGet();
            return false;
        });
        rewriteOnDisk("theirs");
        assertEquals(DiskCheck.KEPT, editor.checkFileOnDisk());
        assertEquals("mine", experiment.getName());
        assertTrue(editor.isDirty());
        assertEquals(DiskCheck.UNCHANGED, editor.checkFileOnDisk(), "asked once per change");
        assertEquals(1, asked.get());

        editor.setExternalChangeQuestion(file -> true);
        rewriteOnDisk("theirs again");
        assertEquals(DiskCheck.RELOADED, editor.checkFileOnDisk());
        assertEquals("theirs again", experiment.getName());
        assertFalse(editor.isDirty());
    }

    @Test
    void deletedFileIsReportedAndSaveWritesItAgain() throws Exception {
        Files.delete(fixture.path());
        assertEquals(DiskCheck.DELETED, editor.checkFileOnDisk());
        assertTrue(editor.getHeaderMessage().contains("deleted"), editor.getHeaderMessage());
        editor.doSave(null);
        assertTrue(Files.isRegularFile(fixture.path()));
        assertEquals(DiskCheck.UNCHANGED, editor.checkFileOnDisk());
    }

    private void rewriteOnDisk(String name) throws Exception {
        Path path = fixture.path();
        Experiment other = ExperimentFiles.load(path);
        other.setName(name);
        FileTime before = Files.getLastModifiedTime(path);
        ExperimentFiles.save(other, path);
        Files.setLastModifiedTime(path, FileTime.fromMillis(before.toMillis() + 2000));
    }
}
