package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SOURCES;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__DEPTH;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__FAMILY;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__FILE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__FORMAT;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__ID;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__ITEMS_FILE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__LAYER;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__MODALITY;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__PARAMETERS;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__SAE_FOLDER;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__TENSOR_NAME;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__TRAINING_DATA_SIZE;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__WIDTH;
import static org.repalign.model.ExperimentPackage.Literals.SOURCE__YEAR;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.Source;

/** The representation sources: a table, Add and Remove, and the selected source's fields. */
public final class SourcesPage extends ExperimentFormPage {

    private TableViewer viewer;

    /** @param editor the editor */
    public SourcesPage(ExperimentEditor editor) {
        super(editor, ExperimentEditor.SOURCES_PAGE, "Sources");
    }

    /** @return the table of sources (after the page was created) */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void createSections(FormToolkit toolkit, Composite body) {
        Composite list = section(toolkit, body, "Sources", "The representations to compare (two or more).", 1);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(list);
        Table table = toolkit.createTable(list, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).span(1, 2).applyTo(table);
        viewer = new TableViewer(table);
        for (String title : new String[] { "Id", "File", "Tensor / format / layer" }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("File") ? 200 : 100);
        }
        viewer.setContentProvider(new FeatureListContentProvider(EXPERIMENT__SOURCES));
        viewer.setLabelProvider(new ExperimentLabelProvider());
        viewer.setInput(experiment());
        Button add = toolkit.createButton(list, "Add", SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        Button remove = toolkit.createButton(list, "Remove", SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
        EditingDomain domain = experimentEditor().getEditingDomain();
        add.addListener(SWT.Selection, e -> {
            Source source = ExperimentFactory.eINSTANCE.createSource();
            source.setId(freeId());
            domain.getCommandStack().execute(AddCommand.create(domain, experiment(), EXPERIMENT__SOURCES, source));
            viewer.setSelection(new StructuredSelection(source), true);
        });
        remove.addListener(SWT.Selection, e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Source source) {
                domain.getCommandStack().execute(RemoveCommand.create(domain, experiment(), EXPERIMENT__SOURCES, source));
            }
        });
        experimentEditor().registry().add(this::experiment, EXPERIMENT, EXPERIMENT__SOURCES, table, null);

        IObservableValue<Source> selected = (IObservableValue<Source>) (IObservableValue<?>) ViewerProperties
                .singleSelection().observe(viewer);
        selected.addValueChangeListener(e -> experimentEditor().registry().refresh());
        Composite detail = section(toolkit, body, "Selected source", "The file may be a folder of per-layer files"
                + " or a 3-D array; Layer picks the layer the other analyses use (empty: the last). Numbers are"
                + " optional model properties.", 1);
        fields().text(toolkit, detail, "Id:", selected, SOURCE, SOURCE__ID);
        fields().path(toolkit, detail, "File:", selected, SOURCE, SOURCE__FILE);
        fields().text(toolkit, detail, "Format:", selected, SOURCE, SOURCE__FORMAT);
        fields().text(toolkit, detail, "Tensor:", selected, SOURCE, SOURCE__TENSOR_NAME);
        // a folder of per-layer files, a 3-D array or a tensor pattern holds layers; empty = the last
        fields().text(toolkit, detail, "Layer:", selected, SOURCE, SOURCE__LAYER);
        fields().path(toolkit, detail, "Items file:", selected, SOURCE, SOURCE__ITEMS_FILE);
        fields().text(toolkit, detail, "SAE folder:", selected, SOURCE, SOURCE__SAE_FOLDER);
        fields().text(toolkit, detail, "Family:", selected, SOURCE, SOURCE__FAMILY);
        fields().text(toolkit, detail, "Modality:", selected, SOURCE, SOURCE__MODALITY);
        fields().text(toolkit, detail, "Parameters:", selected, SOURCE, SOURCE__PARAMETERS);
        fields().text(toolkit, detail, "Training data size:", selected, SOURCE, SOURCE__TRAINING_DATA_SIZE);
        fields().text(toolkit, detail, "Depth:", selected, SOURCE, SOURCE__DEPTH);
        fields().text(toolkit, detail, "Width:", selected, SOURCE, SOURCE__WIDTH);
        fields().text(toolkit, detail, "Year:", selected, SOURCE, SOURCE__YEAR);
        experimentEditor().registry().addSelector(SOURCE, object -> viewer.setSelection(new StructuredSelection(object), true));
        if (!experiment().getSources().isEmpty()) {
            viewer.setSelection(new StructuredSelection(experiment().getSources().get(0)));
        }
    }

    private String freeId() {
        Set<String> used = new HashSet<>();
        experiment().getSources().forEach(s -> used.add(s.getId()));
        int n = experiment().getSources().size() + 1;
        while (used.contains("source-" + n)) {
            n++;
        }
        return "source-" + n;
    }

    /** @return the selected source, or {@code null} */
    public Source selectedSource() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return selection.getFirstElement() instanceof Source source ? source : null;
    }
}
