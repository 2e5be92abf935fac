package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__METRICS;
import static org.repalign.testing.ui.DisplayWaits.drain;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.DeclaredSettingsTable;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.MetricSetting;

/**
 * The metric section: a choice of the registered metrics with description and direction, and
 * the declared parameters of the selected metric, edited through undoable commands and checked
 * against their declaration.
 */
class MetricsPageUITest {

    private IProject project;
    private ExperimentEditor editor;

    @BeforeEach
    void openEditor() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("metrics-test-" + System.nanoTime());
        project.create(null);
        project.open(null);
        IFile file = project.getFile("demo.repalign");
        ExperimentFiles.save(DemoExperiment.create(), file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID, true);
        drain();
    }

    @AfterEach
    void close() throws Exception {
        editor.getSite().getPage().closeEditor(editor, false);
        project.delete(true, true, null);
    }

    private static <T extends Control> T child(Control list, Class<T> type, int index) {
        return Arrays.stream(list.getParent().getChildren()).filter(type::isInstance).map(type::cast).toList().get(index);
    }

    @Test
    void registeredMetricIsChosenAndItsParametersAreEditedAsCommands() {
        Experiment experiment = editor.getExperiment();
        Control list = editor.reveal(experiment, EXPERIMENT__METRICS);
        Combo choice = child(list, Combo.class, 0);
        List<String> items = List.of(choice.getItems());
        assertTrue(items.containsAll(List.of("cka", "svcca", "mutual_knn", "mutual_knn_10", "knn_edit_100")), items.toString());

        choice.setText("knn_edit");
        choice.notifyListeners(SWT.Modify, new Event());
        Label description = child(list, Label.class, 0);
        assertTrue(description.getText().endsWith("(lower is more aligned)"), description.getText());

        choice.setText("svcca");
        choice.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
        MetricSetting svcca = experiment.getMetrics().get(experiment.getMetrics().size() - 1);
        assertEquals("svcca", svcca.getId());
        assertTrue(editor.isDirty());

        Table parameterTable = Arrays.stream(list.getParent().getChildren()).filter(Table.class::isInstance)
                .map(Table.class::cast).filter(t -> t.getData(DeclaredSettingsTable.class.getName()) != null)
                .findFirst().orElseThrow();
        DeclaredSettingsTable parameters = (DeclaredSettingsTable) parameterTable.getData(DeclaredSettingsTable.class.getName());
        List<String> names = parameters.rows().stream().map(r -> r.declaration().name()).toList();
        assertEquals("q", names.get(0), names.toString());
        assertEquals("10", parameters.rows().get(0).declaration().defaultValue());
        assertEquals("(default)", parameterTable.getItem(0).getText(1));
        assertEquals("10", parameterTable.getItem(0).getText(2));

        assertFalse(parameters.set(parameters.rows().get(0), "many"), "not an integer");
        assertTrue(editor.getHeaderMessage().contains("q: 'many' is not an integer"), editor.getHeaderMessage());
        assertFalse(parameters.set(parameters.rows().get(0), "0"), "below the declared minimum 1");
        assertTrue(svcca.getParameters().isEmpty());

        assertTrue(parameters.set(parameters.rows().get(0), "20"));
        assertEquals("20", svcca.getParameters().get(0).getValue());
        assertEquals("20", parameterTable.getItem(0).getText(1), "the table follows the model");
        assertTrue(parameters.set(parameters.rows().get(0), "30"));
        assertEquals(1, svcca.getParameters().size());
        assertEquals("30", svcca.getParameters().get(0).getValue());

        editor.undoAction().run();
        assertEquals("20", svcca.getParameters().get(0).getValue());
        editor.undoAction().run();
        assertTrue(svcca.getParameters().isEmpty());
        assertEquals("(default)", parameterTable.getItem(0).getText(1), "the table follows undo");
        editor.undoAction().run();
        assertFalse(experiment.getMetrics().contains(svcca));
    }

    @Test
    void aChoiceParameterTakesOnlyItsChoices() {
        Experiment experiment = editor.getExperiment();
        Control list = editor.reveal(experiment, EXPERIMENT__METRICS);
        Combo choice = child(list, Combo.class, 0);
        choice.setText("rsa");
        choice.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
        MetricSetting rsa = experiment.getMetrics().get(experiment.getMetrics().size() - 1);
        assertEquals("rsa", rsa.getId());
        Table parameterTable = Arrays.stream(list.getParent().getChildren()).filter(Table.class::isInstance)
                .map(Table.class::cast).filter(t -> t.getData(DeclaredSettingsTable.class.getName()) != null)
                .findFirst().orElseThrow();
        DeclaredSettingsTable parameters = (DeclaredSettingsTable) parameterTable.getData(DeclaredSettingsTable.class.getName());
        var rdm = parameters.rows().get(0);
        assertEquals("rdm", rdm.declaration().name());
        assertEquals(List.of("correlation", "euclidean"), rdm.declaration().choices());
        assertFalse(parameters.set(rdm, "manhattan"), "not one of the choices");
        assertTrue(rsa.getParameters().isEmpty());
        assertTrue(parameters.set(parameters.rows().get(0), "euclidean"));
        assertEquals("euclidean", rsa.getParameters().get(0).getValue());

        // in the table, the value cell of a choice opens a read-only list: (default) and the choices
        parameters.viewer().editElement(parameters.rows().get(1), 1); // compare
        drain();
        CCombo values = Arrays.stream(parameterTable.getChildren()).filter(CCombo.class::isInstance)
                .map(CCombo.class::cast).filter(CCombo::isVisible).findFirst().orElseThrow();
        assertEquals(List.of("(default)", "spearman", "pearson", "kendall_tau_a", "cosine"), List.of(values.getItems()));
        assertEquals("(default)", values.getText(), "no value yet");
        assertFalse(values.getEditable(), "only the listed values");
        values.select(3);
        values.notifyListeners(SWT.Selection, new Event());
        values.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
        assertEquals("kendall_tau_a", rsa.getParameters().stream().filter(q -> q.getName().equals("compare"))
                .findFirst().orElseThrow().getValue());
        assertEquals("kendall_tau_a", parameterTable.getItem(1).getText(1), "the table shows the value picked");
        // (default) takes the value away again
        parameters.viewer().editElement(parameters.rows().get(1), 1);
        drain();
        CCombo again = Arrays.stream(parameterTable.getChildren()).filter(CCombo.class::isInstance)
                .map(CCombo.class::cast).filter(CCombo::isVisible).findFirst().orElseThrow();
        assertEquals("kendall_tau_a", again.getText());
        again.select(0);
        again.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
        assertTrue(rsa.getParameters().stream().noneMatch(q -> q.getName().equals("compare")));
        assertEquals("(default)", parameterTable.getItem(1).getText(1));
    }

    @Test
    void freeTextStaysPossible() {
        Experiment experiment = editor.getExperiment();
        Combo choice = child(editor.reveal(experiment, EXPERIMENT__METRICS), Combo.class, 0);
        choice.setText("mutual_knn:k=7");
        choice.notifyListeners(SWT.DefaultSelection, new Event());
        MetricSetting added = experiment.getMetrics().get(experiment.getMetrics().size() - 1);
        assertEquals("mutual_knn", added.getId());
        assertEquals("7", added.getParameters().get(0).getValue());
    }
}
