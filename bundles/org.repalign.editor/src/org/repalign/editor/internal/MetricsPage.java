package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__METRICS;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__PROTOCOL;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SAE;
import static org.repalign.model.ExperimentPackage.Literals.METRIC_PARAMETER;
import static org.repalign.model.ExperimentPackage.Literals.METRIC_PARAMETER__NAME;
import static org.repalign.model.ExperimentPackage.Literals.METRIC_PARAMETER__VALUE;
import static org.repalign.model.ExperimentPackage.Literals.METRIC_SETTING;
import static org.repalign.model.ExperimentPackage.Literals.METRIC_SETTING__PARAMETERS;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL__PERMUTATIONS;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL__SUBSAMPLES;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL__SUBSAMPLE_SIZE;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL__TIE_RULE;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__ARCHITECTURE;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__BATCH_SIZE;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__K;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__LATENTS;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__LEARNING_RATE;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__RECIPE;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__STEPS;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__TRUNCATION_LOWER;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__TRUNCATION_UPPER;

import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.analysis.experiment.ExperimentTemplates;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.MetricSetting;

/** The metric list, the evaluation protocol and the SAE settings. */
public final class MetricsPage extends ExperimentFormPage {

    /** @param editor the editor */
    public MetricsPage(ExperimentEditor editor) {
        super(editor, ExperimentEditor.METRICS_PAGE, "Metrics & protocol");
    }

    @Override
    protected void createSections(FormToolkit toolkit, Composite body) {
        metrics(toolkit, body);
        EditingDomain domain = experimentEditor().getEditingDomain();
        Optional protocolSection = optional(toolkit, body, "Protocol",
                "Subsamples, permutation nulls and k-NN ties; unchecked: the defaults.", EXPERIMENT__PROTOCOL,
                "Use custom protocol settings", domain);
        IObservableValue<EObject> protocol = protocolSection.child();
        Composite protocolClient = protocolSection.client();
        fields().text(toolkit, protocolClient, "Subsamples:", protocol, PROTOCOL, PROTOCOL__SUBSAMPLES);
        fields().text(toolkit, protocolClient, "Subsample size:", protocol, PROTOCOL, PROTOCOL__SUBSAMPLE_SIZE);
        fields().text(toolkit, protocolClient, "Permutations:", protocol, PROTOCOL, PROTOCOL__PERMUTATIONS);
        fields().choice(toolkit, protocolClient, "Tie rule:", protocol, PROTOCOL, PROTOCOL__TIE_RULE);
        Optional saeSection = optional(toolkit, body, "Sparse autoencoders",
                "Trained per source for signal, feature matching and probes; unchecked: the defaults.",
                EXPERIMENT__SAE, "Use custom SAE settings", domain);
        IObservableValue<EObject> sae = saeSection.child();
        Composite saeClient = saeSection.client();
        fields().text(toolkit, saeClient, "Architecture:", sae, SAE_SETTINGS, SAE_SETTINGS__ARCHITECTURE);
        fields().text(toolkit, saeClient, "Recipe:", sae, SAE_SETTINGS, SAE_SETTINGS__RECIPE);
        fields().text(toolkit, saeClient, "Latents:", sae, SAE_SETTINGS, SAE_SETTINGS__LATENTS);
        fields().text(toolkit, saeClient, "k:", sae, SAE_SETTINGS, SAE_SETTINGS__K);
        fields().text(toolkit, saeClient, "Steps:", sae, SAE_SETTINGS, SAE_SETTINGS__STEPS);
        fields().text(toolkit, saeClient, "Batch size:", sae, SAE_SETTINGS, SAE_SETTINGS__BATCH_SIZE);
        fields().text(toolkit, saeClient, "Learning rate:", sae, SAE_SETTINGS, SAE_SETTINGS__LEARNING_RATE);
        fields().text(toolkit, saeClient, "Truncation lower:", sae, SAE_SETTINGS, SAE_SETTINGS__TRUNCATION_LOWER);
        fields().text(toolkit, saeClient, "Truncation upper:", sae, SAE_SETTINGS, SAE_SETTINGS__TRUNCATION_UPPER);
    }

    private void metrics(FormToolkit toolkit, Composite body) {
        MetricRegistry registry = MetricRegistry.installed();
        Composite client = section(toolkit, body, "Metrics",
                "Registered metrics, RepAlign's and those of installed plug-ins, or a metric text such as svcca:q=20; "
                        + "an empty list runs the paper's eight.", 2);
        TableViewer viewer = new TableViewer(toolkit.createTable(client, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).span(1, 3).applyTo(viewer.getControl());
        viewer.setContentProvider(new FeatureListContentProvider(EXPERIMENT__METRICS));
        viewer.setLabelProvider(new ExperimentLabelProvider());
        viewer.setInput(experiment());
        Combo choice = new Combo(client, SWT.DROP_DOWN);
        toolkit.adapt(choice);
        choice.setItems(registry.names().toArray(String[]::new));
        choice.setToolTipText("A registered metric id or shorthand, or a metric text id:name=value,...");
        GridDataFactory.fillDefaults().grab(false, false).hint(180, SWT.DEFAULT).applyTo(choice);
        Button add = toolkit.createButton(client, "Add", SWT.PUSH);
        Label description = toolkit.createLabel(client, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(false, false).hint(260, SWT.DEFAULT).span(2, 1).applyTo(description);
        Button remove = toolkit.createButton(client, "Remove", SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.TOP).span(2, 1).applyTo(remove);
        EditingDomain domain = experimentEditor().getEditingDomain();
        DeclaredSettingsTable parameters = new DeclaredSettingsTable(toolkit, client, domain,
                new DeclaredSettingsTable.Entries(METRIC_SETTING__PARAMETERS, METRIC_PARAMETER, METRIC_PARAMETER__NAME,
                        METRIC_PARAMETER__VALUE),
                experimentEditor()::showRunMessage);
        choice.addListener(SWT.Modify, e -> description.setText(describe(registry, choice.getText())));
        Runnable addMetric = () -> {
            MetricSetting metric = parse(choice.getText());
            if (metric == null) {
                experimentEditor().showRunMessage("'" + choice.getText() + "' is not a metric text (id or id:name=value,...)");
                return;
            }
            domain.getCommandStack().execute(AddCommand.create(domain, experiment(), EXPERIMENT__METRICS, metric));
            choice.setText("");
            viewer.setSelection(new StructuredSelection(metric), true);
        };
        add.addListener(SWT.Selection, e -> addMetric.run());
        choice.addListener(SWT.DefaultSelection, e -> addMetric.run());
        remove.addListener(SWT.Selection, e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof MetricSetting metric) {
                domain.getCommandStack().execute(RemoveCommand.create(domain, experiment(), EXPERIMENT__METRICS, metric));
            }
        });
        Runnable showSelected = () -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            MetricSetting selected = viewer.getStructuredSelection().getFirstElement() instanceof MetricSetting metric
                    && metric.eContainer() != null ? metric : null;
            parameters.show(selected, selected == null ? null : "metric " + selected.getId(),
                    selected == null ? List.of() : DeclaredSettingsTable.declarations(registry.factory(selected.getId())
                            .map(f -> f.parameters()).orElse(List.of())));
            if (selected != null) {
                description.setText(describe(registry, selected.getId()));
            }
        };
        viewer.addSelectionChangedListener(e -> showSelected.run());
        CommandStackListener refresh = e -> showSelected.run();
        domain.getCommandStack().addCommandStackListener(refresh);
        viewer.getControl().addListener(SWT.Dispose, e -> domain.getCommandStack().removeCommandStackListener(refresh));
        experimentEditor().registry().add(this::experiment, METRIC_SETTING, null, viewer.getControl(),
                object -> viewer.setSelection(new StructuredSelection(object), true));
        experimentEditor().registry().add(this::experiment, EXPERIMENT, EXPERIMENT__METRICS, viewer.getControl(), null);
    }

    /**
     * @param registry the registered metrics
     * @param text     a metric id, shorthand or text
     * @return its description and direction, or a note that it is not registered
     */
    static String describe(MetricRegistry registry, String text) {
        String id = text == null ? "" : text.strip();
        int colon = id.indexOf(':');
        if (colon >= 0) {
            id = id.substring(0, colon);
        }
        if (id.isEmpty()) {
            return "";
        }
        for (MetricFactory factory : registry.factories()) {
            if (factory.id().equals(id) || factory.shorthands().containsKey(id)) {
                String direction = factory.direction() == Direction.HIGHER_IS_BETTER ? "higher is more aligned"
                        : "lower is more aligned";
                String fixed = factory.shorthands().containsKey(id) ? " " + factory.shorthands().get(id) : "";
                return factory.description() + fixed + " (" + direction + ")";
            }
        }
        return "'" + id + "' is not a registered metric";
    }

    /**
     * @param text {@code id} or {@code id:name=value,...}
     * @return the metric, or {@code null} when the text is not of that form
     */
    static MetricSetting parse(String text) {
        try {
            return ExperimentTemplates.metricSetting(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A section for an optional child (protocol, SAE settings) with a check box that creates or
     * removes it.
     *
     * @return the child as an observable value and the section's client
     */
    @SuppressWarnings("unchecked")
    private Optional optional(FormToolkit toolkit, Composite body, String title, String description,
            EReference reference, String checkText, EditingDomain domain) {
        Composite client = section(toolkit, body, title, description, 1);
        Button use = toolkit.createButton(client, checkText, SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(use);
        IObservableValue<EObject> child = (IObservableValue<EObject>) (IObservableValue<?>) EMFEditProperties
                .value(domain, reference).observe(experiment());
        use.setSelection(child.getValue() != null);
        child.addValueChangeListener(e -> {
            if (!use.isDisposed()) {
                use.setSelection(child.getValue() != null);
            }
        });
        use.addListener(SWT.Selection, e -> {
            boolean present = child.getValue() != null;
            if (use.getSelection() != present) {
                fields().set(experiment(), reference,
                        use.getSelection() ? ExperimentFactory.eINSTANCE.create(reference.getEReferenceType()) : null);
            }
        });
        return new Optional(child, client);
    }

    private record Optional(IObservableValue<EObject> child, Composite client) {
    }
}
