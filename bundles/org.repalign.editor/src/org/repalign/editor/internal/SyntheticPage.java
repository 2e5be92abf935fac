package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SYNTHETIC;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__ACTIVE_PER_ITEM;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__ATTRIBUTES;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__CODE_JITTER;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__CODE_MAGNITUDE;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__ITEMS;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__MODELS;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__SEED;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__TOP_FREQUENCY;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_DATA__ZIPF_EXPONENT;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__ANISOTROPY_SCALE;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__BIAS_NORM;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__DICTIONARY;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__DICTIONARY_SEED;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__DIMENSION;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__FAMILY;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__ID;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__MODALITY;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__NOISE_EXPONENT;
import static org.repalign.model.ExperimentPackage.Literals.SYNTHETIC_MODEL__NOISE_SCALE;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
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
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

/**
 * RepAlign's synthetic signal/bias/noise generator as the experiment's data: a check box that
 * adds or removes it, the generator's settings, its models (each becomes a source) and the
 * selected model's dimension, dictionary, bias, anisotropy and noise.
 */
public final class SyntheticPage extends ExperimentFormPage {

    private TableViewer models;
    private IObservableValue<SyntheticData> synthetic;

    /** @param editor the editor */
    public SyntheticPage(ExperimentEditor editor) {
        super(editor, ExperimentEditor.SYNTHETIC_PAGE, "Synthetic data");
    }

    /** @return the table of synthetic models (after the page was created) */
    public TableViewer modelsViewer() {
        return models;
    }

    /** @return the generator settings shown, {@code null} when the experiment reads files */
    public SyntheticData syntheticData() {
        return synthetic.getValue();
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    protected void createSections(FormToolkit toolkit, Composite body) {
        EditingDomain domain = experimentEditor().getEditingDomain();
        synthetic = (IObservableValue) EMFEditProperties.value(domain, EXPERIMENT__SYNTHETIC).observe(experiment());

        Composite generator = section(toolkit, body, "Generator",
                "Items with sparse attribute codes seen through each model's dictionary, bias and noise.", 1);
        Button use = toolkit.createButton(generator, "Generate the sources with the synthetic generator", SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(use);
        use.addListener(SWT.Selection, e -> {
            boolean wanted = use.getSelection();
            if (wanted && synthetic.getValue() == null) {
                domain.getCommandStack().execute(SetCommand.create(domain, experiment(), EXPERIMENT__SYNTHETIC, newData()));
            } else if (!wanted && synthetic.getValue() != null) {
                domain.getCommandStack().execute(SetCommand.create(domain, experiment(), EXPERIMENT__SYNTHETIC, null));
            }
        });
        experimentEditor().registry().add(this::experiment, EXPERIMENT, EXPERIMENT__SYNTHETIC, use, null);
        fields().text(toolkit, generator, "Seed:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__SEED);
        fields().text(toolkit, generator, "Items:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__ITEMS);
        fields().text(toolkit, generator, "Attributes:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__ATTRIBUTES);
        fields().text(toolkit, generator, "Active per item:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__ACTIVE_PER_ITEM);
        fields().text(toolkit, generator, "Code magnitude:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__CODE_MAGNITUDE);
        fields().text(toolkit, generator, "Code jitter:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__CODE_JITTER);
        fields().text(toolkit, generator, "Zipf exponent:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__ZIPF_EXPONENT);
        fields().text(toolkit, generator, "Top frequency:", synthetic, SYNTHETIC_DATA, SYNTHETIC_DATA__TOP_FREQUENCY);
        fields().text(toolkit, generator, "Attribute label noise:", synthetic, SYNTHETIC_DATA,
                SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE);

        Composite list = section(toolkit, body, "Models", "Each model becomes a source with the model's id.", 1);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(list);
        Table table = toolkit.createTable(list, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 160).span(1, 2).applyTo(table);
        models = new TableViewer(table);
        for (String title : new String[] { "Id", "Dimension", "Bias and noise" }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Bias and noise") ? 180 : 90);
        }
        models.setContentProvider(new FeatureListContentProvider(SYNTHETIC_DATA__MODELS));
        models.setLabelProvider(new ExperimentLabelProvider());
        Button add = toolkit.createButton(list, "Add", SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        Button remove = toolkit.createButton(list, "Remove", SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
        add.addListener(SWT.Selection, e -> {
            SyntheticData data = synthetic.getValue();
            if (data != null) {
                SyntheticModel model = newModel(data);
                domain.getCommandStack().execute(AddCommand.create(domain, data, SYNTHETIC_DATA__MODELS, model));
                models.setSelection(new StructuredSelection(model), true);
            }
        });
        remove.addListener(SWT.Selection, e -> {
            if (models.getStructuredSelection().getFirstElement() instanceof SyntheticModel model) {
                domain.getCommandStack().execute(RemoveCommand.create(domain, model.eContainer(), SYNTHETIC_DATA__MODELS, model));
            }
        });
        experimentEditor().registry().add(synthetic::getValue, SYNTHETIC_DATA, SYNTHETIC_DATA__MODELS, table, null);

        IObservableValue<SyntheticModel> selected = (IObservableValue) ViewerProperties.singleSelection().observe(models);
        selected.addValueChangeListener(e -> experimentEditor().registry().refresh());
        Composite detail = section(toolkit, body, "Selected model",
                "Bias is the norm of the model's offset; noise the scale of its per-item noise, whose s.d. falls with"
                        + " frequency f as f to the power \u2212exponent.", 2);
        fields().text(toolkit, detail, "Id:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__ID);
        fields().text(toolkit, detail, "Dimension:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__DIMENSION);
        fields().choice(toolkit, detail, "Dictionary:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__DICTIONARY);
        fields().text(toolkit, detail, "Dictionary seed:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__DICTIONARY_SEED);
        fields().text(toolkit, detail, "Bias norm:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__BIAS_NORM);
        fields().text(toolkit, detail, "Noise scale:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__NOISE_SCALE);
        fields().text(toolkit, detail, "Noise exponent:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__NOISE_EXPONENT);
        fields().text(toolkit, detail, "Anisotropic dimensions:", selected, SYNTHETIC_MODEL,
                SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS);
        fields().text(toolkit, detail, "Anisotropy scale:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__ANISOTROPY_SCALE);
        fields().text(toolkit, detail, "Family:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__FAMILY);
        fields().text(toolkit, detail, "Modality:", selected, SYNTHETIC_MODEL, SYNTHETIC_MODEL__MODALITY);
        experimentEditor().registry().addSelector(SYNTHETIC_MODEL,
                object -> models.setSelection(new StructuredSelection(object), true));

        Runnable follow = () -> {
            SyntheticData data = synthetic.getValue();
            if (!use.isDisposed()) {
                use.setSelection(data != null);
                add.setEnabled(data != null);
                remove.setEnabled(data != null);
            }
            if (!table.isDisposed() && models.getInput() != data) {
                models.setInput(data);
                if (data != null && !data.getModels().isEmpty()) {
                    models.setSelection(new StructuredSelection(data.getModels().get(0)));
                }
            }
        };
        synthetic.addValueChangeListener(e -> follow.run());
        follow.run();
    }

    private static SyntheticData newData() {
        SyntheticData data = ExperimentFactory.eINSTANCE.createSyntheticData();
        data.getModels().add(newModel(data));
        data.getModels().add(newModel(data));
        return data;
    }

    private static SyntheticModel newModel(SyntheticData data) {
        Set<String> used = new HashSet<>();
        data.getModels().forEach(m -> used.add(m.getId()));
        int n = data.getModels().size() + 1;
        while (used.contains("model-" + n)) {
            n++;
        }
        SyntheticModel model = ExperimentFactory.eINSTANCE.createSyntheticModel();
        model.setId("model-" + n);
        return model;
    }
}
