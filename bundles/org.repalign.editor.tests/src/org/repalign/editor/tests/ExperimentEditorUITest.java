package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.editor.tests.EditorFixture.drainEvents;
import static org.repalign.editor.tests.EditorFixture.type;
import static org.repalign.model.ExperimentPackage.Literals.ANALYSIS__ENABLED;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__NAME;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SEED;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SOURCES;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__K;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__FILE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__LAYER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.Analysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.Source;

/**
 * Drives the experiment editor through its SWT widgets in the running workbench: edits are
 * commands (dirty, undo, redo), saving writes the file, bad values give decorations and, after
 * saving, problem markers that lead back to their field.
 */
class ExperimentEditorUITest {

    private EditorFixture fixture;
    private IFile file;
    private ExperimentEditor editor;

    @BeforeEach
    void openEditorOnDemoExperiment() throws Exception {
        fixture = EditorFixture.openDemo();
        file = fixture.file;
        editor = fixture.editor;
    }

    @AfterEach
    void closeEditorAndProject() throws Exception {
        fixture.close();
    }

    @Test
    void editThroughTextFieldIsAnUndoableCommandAndIsSaved() throws Exception {
        Experiment experiment = editor.getExperiment();
        assertFalse(editor.isDirty());
        Text name = (Text) editor.reveal(experiment, EXPERIMENT__NAME);
        assertEquals(DemoExperiment.NAME, name.getText());

        type(name, "renamed");
        assertEquals("renamed", experiment.getName());
        assertTrue(editor.isDirty());

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals(DemoExperiment.NAME, experiment.getName());
        assertEquals(DemoExperiment.NAME, name.getText(), "the field follows the model on undo");
        assertFalse(editor.isDirty());

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
        assertEquals("renamed", experiment.getName());
        assertTrue(editor.isDirty());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertEquals("renamed", ExperimentFiles.load(path()).getName());
    }

    @Test
    void textThatIsNotANumberLeavesTheModelAlone() {
        Experiment experiment = editor.getExperiment();
        Text seed = (Text) editor.reveal(experiment, EXPERIMENT__SEED);
        assertEquals("12345", seed.getText());
        type(seed, "twelve");
        assertEquals(12345L, experiment.getSeed());
        assertFalse(editor.isDirty());
        type(seed, "7");
        assertEquals(7L, experiment.getSeed());
        assertTrue(editor.isDirty());
    }

    @Test
    void kNotBelowLatentsIsDecoratedAndBecomesAMarkerThatLeadsToTheField() throws Exception {
        Experiment experiment = editor.getExperiment();
        assertEquals(0, problemMarkers().length, "the demo experiment is valid");
        Text k = (Text) editor.reveal(experiment.getSae(), SAE_SETTINGS__K);
        assertNotNull(k, "the SAE k field");
        assertNull(editor.registry().problemText(k));

        type(k, String.valueOf(experiment.getSae().getLatents()));
        assertEquals(experiment.getSae().getLatents(), experiment.getSae().getK());
        String decoration = editor.registry().problemText(k);
        assertNotNull(decoration, "the field shows the validator's error while editing");
        assertTrue(decoration.contains("SAE settings"), decoration);

        editor.doSave(null);
        IMarker[] markers = problemMarkers();
        IMarker marker = Arrays.stream(markers)
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).findFirst().orElseThrow();
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("SAE settings") && message.contains("k"), message);
        assertEquals("SAE settings › k", marker.getAttribute(IMarker.LOCATION, ""));

        editor.setActivePage(ExperimentEditor.OVERVIEW_PAGE);
        IDE.gotoMarker(editor, marker);
        drainEvents();
        assertEquals(ExperimentEditor.METRICS_PAGE, editor.getActivePageInstance().getId());
        assertSame(k, k.getDisplay().getFocusControl(), "the marker's field has the focus");

        type(k, "8");
        editor.doSave(null);
        assertEquals(0, problemMarkers().length, "fixed and saved: the marker is gone");
    }

    @Test
    void missingSourceFileIsAMarkerNamingTheSourceAndField() throws Exception {
        Experiment experiment = editor.getExperiment();
        Path here = path().getParent();
        Files.writeString(here.resolve("a.txt"), "x 1 2\n");
        Source a = source("a", "a.txt");
        Source b = source("b", "a.txt");
        var domain = editor.getEditingDomain();
        domain.getCommandStack().execute(AddCommand.create(domain, experiment, EXPERIMENT__SOURCES, List.of(a, b)));
        Control table = editor.reveal(experiment, EXPERIMENT__SOURCES);
        assertNotNull(table);
        assertEquals(ExperimentEditor.SOURCES_PAGE, editor.getActivePageInstance().getId());

        Text fileField = (Text) editor.reveal(b, SOURCE__FILE);
        assertEquals("a.txt", fileField.getText(), "the detail fields show the revealed source");
        type(fileField, "missing.npy");
        assertEquals("missing.npy", b.getFile());
        assertEquals("a.txt", a.getFile());
        assertNotNull(editor.registry().problemText(fileField));

        editor.doSave(null);
        IMarker marker = Arrays.stream(problemMarkers())
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("missing.npy")).findFirst().orElseThrow();
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("Source 'b': file"),
                marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals("Source 'b' › file", marker.getAttribute(IMarker.LOCATION, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(2, ExperimentFiles.load(path()).getSources().size());
    }

    @Test
    void theLayerOfASourceOfLayersIsEditedCheckedAgainstItsLayersAndUndone() throws Exception {
        Experiment experiment = editor.getExperiment();
        Path here = path().getParent();
        Path layers = Files.createDirectories(here.resolve("a-layers"));
        for (String layer : List.of("l0", "l1", "l2")) {
            writeNpy(layers.resolve(layer + ".npy"), 4, 2);
        }
        writeNpy(here.resolve("b.npy"), 4, 3);
        Source a = source("a", "a-layers");
        Source b = source("b", "b.npy");
        var domain = editor.getEditingDomain();
        domain.getCommandStack().execute(AddCommand.create(domain, experiment, EXPERIMENT__SOURCES, List.of(a, b)));
        Text layerField = (Text) editor.reveal(a, SOURCE__LAYER);
        assertNotNull(layerField, "the source's layer field");
        assertEquals(ExperimentEditor.SOURCES_PAGE, editor.getActivePageInstance().getId());
        assertEquals("", layerField.getText(), "no layer: the last one");
        Text fileField = (Text) editor.reveal(a, SOURCE__FILE);
        // the demo's 3,000 items do not match, but the folder is read as a source of 4 rows, not refused
        String fileProblem = editor.registry().problemText(fileField);
        assertTrue(fileProblem != null && fileProblem.contains("'a-layers' has 4 rows"), fileProblem);

        type(layerField, "l1");
        assertEquals("l1", a.getLayer());
        assertNull(editor.registry().problemText(layerField));
        type(layerField, "l7");
        assertEquals("l7", a.getLayer());
        String problem = editor.registry().problemText(layerField);
        assertNotNull(problem, "a layer the folder does not hold is decorated");
        assertTrue(problem.contains("l0, l1, l2"), problem);

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals("l1", a.getLayer());
        assertEquals("l1", layerField.getText(), "the field follows the model on undo");
        editor.doSave(null);
        assertEquals("l1", ExperimentFiles.load(path()).getSources().get(0).getLayer());
    }

    /** A little-endian float64 .npy file of rows × columns values 1, 2, 3, … */
    private static void writeNpy(Path file, int rows, int columns) throws Exception {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        int padding = (64 - (10 + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(10 + header.length() + rows * columns * 8)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 1)
                .put((byte) 0);
        buffer.putShort((short) header.length()).put(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int v = 1; v <= rows * columns; v++) {
            buffer.putDouble(v);
        }
        Files.write(file, buffer.array());
    }

    @Test
    void runOfAnInvalidExperimentShowsTheErrorAndStartsNoJob() {
        type((Text) editor.reveal(editor.getExperiment().getSae(), SAE_SETTINGS__K), "0");
        assertNull(org.repalign.editor.internal.RunExperimentHandler.run(editor));
        assertNull(editor.lastJob());
        String message = editor.getHeaderMessage();
        assertNotNull(message);
        assertTrue(message.startsWith("demo.repalign: SAE settings"), message);
    }

    @Test
    void analysisCheckBoxDisablesTheAnalysisAsAnUndoableCommand() {
        Experiment experiment = editor.getExperiment();
        Analysis noise = experiment.getAnalyses().stream().filter(a -> a instanceof NoiseAnalysis).findFirst()
                .orElseThrow();
        Button run = (Button) editor.reveal(noise, ANALYSIS__ENABLED);
        assertEquals(ExperimentEditor.ANALYSES_PAGE, editor.getActivePageInstance().getId());
        assertTrue(run.getSelection());

        run.setSelection(false);
        run.notifyListeners(SWT.Selection, new Event());
        assertFalse(noise.isEnabled());
        assertTrue(experiment.getAnalyses().contains(noise), "unchecking keeps the analysis and its settings");
        assertTrue(editor.isDirty());

        editor.undoAction().run();
        assertTrue(noise.isEnabled());
        assertTrue(run.getSelection(), "the check box follows the model on undo");
        assertFalse(editor.isDirty());
    }

    private static Source source(String id, String fileName) {
        Source source = ExperimentFactory.eINSTANCE.createSource();
        source.setId(id);
        source.setFile(fileName);
        return source;
    }

    private IMarker[] problemMarkers() throws Exception {
        return file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
    }

    private Path path() {
        return fixture.path();
    }
}
