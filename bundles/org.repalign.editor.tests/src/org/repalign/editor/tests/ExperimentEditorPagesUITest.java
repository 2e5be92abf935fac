package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.editor.tests.EditorFixture.click;
import static org.repalign.editor.tests.EditorFixture.type;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SYNTHETIC;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__ITEMS;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__NOISE_SCALE;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.OverviewPage;
import org.repalign.editor.internal.SyntheticPage;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.PreprocessingMode;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

/** The Synthetic data page and the preprocessing list, driven through their widgets. */
class ExperimentEditorPagesUITest {

    private EditorFixture fixture;
    private ExperimentEditor editor;
    private Experiment experiment;

    @BeforeEach
    void open() throws Exception {
        fixture = EditorFixture.openDemo();
        editor = fixture.editor;
        experiment = editor.getExperiment();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void generatorSettingsAreEditedUndoneAndSaved() throws Exception {
        SyntheticData data = experiment.getSynthetic();
        int items = data.getItems();
        Text field = (Text) editor.reveal(data, SYNTHETIC_DATA__ITEMS);
        assertEquals(ExperimentEditor.SYNTHETIC_PAGE, editor.getActivePageInstance().getId());
        assertEquals(Integer.toString(items), field.getText());

        type(field, "1234");
        assertEquals(1234, data.getItems());
        assertTrue(editor.isDirty());
        editor.undoAction().run();
        assertEquals(items, data.getItems());
        assertEquals(Integer.toString(items), field.getText(), "the field follows undo");

        type(field, "-");
        assertEquals(items, data.getItems(), "text that is not a number is not taken");
        type(field, "777");
        editor.doSave(null);
        assertEquals(777, ExperimentFiles.load(fixture.path()).getSynthetic().getItems());
    }

    @Test
    void modelsAreAddedSelectedEditedAndRemoved() {
        SyntheticData data = experiment.getSynthetic();
        int before = data.getModels().size();
        SyntheticPage page = (SyntheticPage) editor.setActivePage(ExperimentEditor.SYNTHETIC_PAGE);
        Table table = page.modelsViewer().getTable();
        assertEquals(before, table.getItemCount());
        Button add = button(table.getParent(), "Add");
        click(add);
        assertEquals(before + 1, data.getModels().size());
        SyntheticModel added = data.getModels().get(before);
        assertEquals("model-" + (before + 1), added.getId(), "a fresh id");
        assertSame(added, page.modelsViewer().getStructuredSelection().getFirstElement(), "the new model is selected");
        assertEquals(before + 1, table.getItemCount());

        Text noise = (Text) editor.reveal(added, SYNTHETIC_MODEL__NOISE_SCALE);
        type(noise, "0.5");
        assertEquals(0.5, added.getNoiseScale());

        page.modelsViewer().setSelection(new StructuredSelection(data.getModels().get(0)));
        SyntheticModel first = data.getModels().get(0);
        click(button(table.getParent(), "Remove"));
        assertFalse(data.getModels().contains(first));
        editor.undoAction().run();
        assertSame(first, data.getModels().get(0), "undo puts the model back in its place");
    }

    @Test
    void checkBoxRemovesAndRestoresTheGenerator() {
        SyntheticData data = experiment.getSynthetic();
        SyntheticPage page = (SyntheticPage) editor.setActivePage(ExperimentEditor.SYNTHETIC_PAGE);
        Text items = (Text) editor.reveal(data, SYNTHETIC_DATA__ITEMS);
        assertTrue(items.isEnabled());
        Button use = (Button) editor.reveal(experiment, EXPERIMENT__SYNTHETIC);
        assertNotNull(use);
        assertTrue(use.getSelection());

        click(use);
        assertNull(experiment.getSynthetic());
        assertNull(page.syntheticData());
        assertEquals(0, page.modelsViewer().getTable().getItemCount());
        assertFalse(items.isEnabled(), "generator fields are disabled without a generator");
        assertEquals("", items.getText());

        editor.undoAction().run();
        assertSame(data, experiment.getSynthetic());
        assertTrue(use.getSelection());
        assertEquals(data.getModels().size(), page.modelsViewer().getTable().getItemCount());
    }

    @Test
    void checkingTheGeneratorOnAnExperimentWithoutOneAddsTwoModels() {
        SyntheticPage page = (SyntheticPage) editor.setActivePage(ExperimentEditor.SYNTHETIC_PAGE);
        Button use = (Button) editor.reveal(experiment, EXPERIMENT__SYNTHETIC);
        click(use);
        assertNull(experiment.getSynthetic());
        click(use);
        SyntheticData created = experiment.getSynthetic();
        assertNotNull(created);
        assertEquals(List.of("model-1", "model-2"), created.getModels().stream().map(SyntheticModel::getId).toList());
        assertEquals(2, page.modelsViewer().getTable().getItemCount());
    }

    @Test
    void preprocessingCheckBoxesKeepTheDeclaredOrderAndUndo() {
        experiment.getPreprocessing().clear();
        OverviewPage page = (OverviewPage) editor.setActivePage(ExperimentEditor.OVERVIEW_PAGE);
        Button centered = page.modeButton(PreprocessingMode.CENTERED);
        Button raw = page.modeButton(PreprocessingMode.RAW);
        assertFalse(centered.getSelection());

        click(centered);
        click(raw);
        assertEquals(List.of(PreprocessingMode.RAW, PreprocessingMode.CENTERED), experiment.getPreprocessing(),
                "checked centered first, listed in the declared order");
        editor.undoAction().run();
        assertEquals(List.of(PreprocessingMode.CENTERED), experiment.getPreprocessing());
        assertFalse(raw.getSelection(), "the check box follows undo");
        click(centered);
        assertTrue(experiment.getPreprocessing().isEmpty());
    }

    private static Button button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && text.equals(button.getText())) {
                return button;
            }
        }
        throw new AssertionError("no button " + text);
    }
}
