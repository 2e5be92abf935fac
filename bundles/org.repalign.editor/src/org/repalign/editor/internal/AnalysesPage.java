package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.ANALYSIS__ENABLED;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ANALYSES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.analysis.experiment.ModelAnalyses;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.Analysis;

/**
 * The analyses of the {@link AnalysisRegistry}, as their factories declare them: for each
 * built-in analysis a section with its label and description, a check box (checking one that the
 * experiment lacks adds it, unchecking disables it and keeps its settings) and a field per
 * declared setting, bound to the model attribute of the same name, its help, range and default
 * in the tooltip; then the contributed analyses with their declared settings.
 */
public final class AnalysesPage extends ExperimentFormPage {

    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<String, Control> settingFields = new HashMap<>();
    private ContributedAnalysesSection contributedSection;
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                refreshers.forEach(Runnable::run);
            }
        }
    };

    /** @param editor the editor */
    public AnalysesPage(ExperimentEditor editor) {
        super(editor, ExperimentEditor.ANALYSES_PAGE, "Analyses");
    }

    @Override
    protected void createSections(FormToolkit toolkit, Composite body) {
        AnalysisRegistry registry = AnalysisRegistry.installed();
        for (AnalysisFactory factory : registry.all()) {
            Optional<EClass> type = ModelAnalyses.builtInClass(factory.id());
            if (type.isPresent()) {
                builtIn(toolkit, body, factory, type.get());
            }
        }
        Composite contributed = section(toolkit, body, "Contributed analyses",
                "RepAlign's layers, nulls and model analyses and the analyses of installed plug-ins; their settings are checked"
                        + " against what they declare.", 2);
        contributedSection = new ContributedAnalysesSection(experimentEditor(), toolkit, contributed, registry);
        experiment().eAdapters().add(listener);
        refreshers.forEach(Runnable::run);
    }

    private void builtIn(FormToolkit toolkit, Composite body, AnalysisFactory factory, EClass type) {
        WritableValue<Analysis> master = analysis(toolkit, body, type, factory.name(), factory.description());
        Composite client = clientOf(master);
        for (SettingDeclaration declared : factory.settings()) {
            EStructuralFeature feature = type.getEStructuralFeature(declared.name());
            if (!(feature instanceof EAttribute attribute)) {
                throw new IllegalStateException(type.getName() + " has no attribute " + declared.name());
            }
            String label = label(declared.name());
            Control control = switch (declared.kind()) {
                case INT, DOUBLE -> fields().text(toolkit, client, label + ":", master, type, attribute);
                case BOOLEAN -> fields().check(toolkit, client, label, master, type, attribute);
                case CHOICE -> fields().choice(toolkit, client, label + ":", master, type, attribute).getControl();
                case DOUBLE_LIST -> numbers(toolkit, client, declared, master, type, attribute);
            };
            control.setToolTipText(tooltip(declared));
            settingFields.put(factory.id() + "." + declared.name(), control);
        }
    }

    /**
     * @param name a declared setting's name in camel case
     * @return its label: {@code windowSize} → {@code Window size}, {@code l2} → {@code L2}
     */
    static String label(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param declared a declared setting
     * @return its tooltip: the help, the allowed values and the default
     */
    static String tooltip(SettingDeclaration declared) {
        StringJoiner tip = new StringJoiner("\n");
        if (!declared.help().isBlank()) {
            tip.add(Character.toUpperCase(declared.help().charAt(0)) + declared.help().substring(1) + ".");
        }
        tip.add((declared.kind() == SettingDeclaration.Kind.CHOICE ? "One of: " : "Allowed: ") + declared.range());
        tip.add("Default: " + (declared.required() ? "none (required)"
                : declared.defaultValue().isEmpty() ? "the analysis' own" : declared.defaultValue().toLowerCase(
                        Locale.ROOT)));
        return tip.toString();
    }

    /**
     * @param id   an analysis id
     * @param name a declared setting
     * @return the field showing it
     * @noreference for tests
     */
    public Control settingField(String id, String name) {
        return settingFields.get(id + "." + name);
    }

    /**
     * @return the list of the experiment's contributed analyses (after the page was created)
     * @noreference for tests
     */
    public org.eclipse.jface.viewers.TableViewer contributedAnalyses() {
        return contributedSection.analyses();
    }

    /**
     * @return the ids of the registered contributed analyses, offered for adding
     * @noreference for tests
     */
    public org.eclipse.swt.widgets.Combo contributedChoice() {
        return contributedSection.choice();
    }

    /**
     * @return the selected contributed analysis' settings
     * @noreference for tests
     */
    public DeclaredSettingsTable contributedSettings() {
        return contributedSection.settings();
    }

    @Override
    public void dispose() {
        experiment().eAdapters().remove(listener);
        if (contributedSection != null) {
            contributedSection.dispose();
        }
        super.dispose();
    }

    private final Map<WritableValue<Analysis>, Composite> clients = new HashMap<>();

    private Composite clientOf(WritableValue<Analysis> analysis) {
        return clients.get(analysis);
    }

    private WritableValue<Analysis> analysis(FormToolkit toolkit, Composite body, EClass type, String title,
            String description) {
        Composite client = section(toolkit, body, title, description, 1);
        WritableValue<Analysis> master = new WritableValue<>(null, Analysis.class);
        clients.put(master, client);
        Button run = toolkit.createButton(client, "Run the " + title.toLowerCase(Locale.ROOT) + " analysis", SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(run);
        EditingDomain domain = experimentEditor().getEditingDomain();
        run.addListener(SWT.Selection, e -> {
            Analysis current = master.getValue();
            if (current == null && run.getSelection()) {
                Analysis created = (Analysis) org.eclipse.emf.ecore.util.EcoreUtil.create(type);
                created.setEnabled(true);
                domain.getCommandStack().execute(AddCommand.create(domain, experiment(), EXPERIMENT__ANALYSES, created));
            } else if (current != null && current.isEnabled() != run.getSelection()) {
                fields().set(current, ANALYSIS__ENABLED, run.getSelection());
            }
        });
        refreshers.add(() -> {
            Analysis found = experiment().getAnalyses().stream().filter(type::isInstance).findFirst().orElse(null);
            if (master.getValue() != found) {
                master.setValue(found);
            }
            if (!run.isDisposed()) {
                run.setSelection(found != null && found.isEnabled());
            }
        });
        experimentEditor().registry().add(master::getValue, type, ANALYSIS__ENABLED, run, null);
        return master;
    }

    /** A text field for a list of numbers, committed on focus out or Enter through a command. */
    private Text numbers(FormToolkit toolkit, Composite client, SettingDeclaration declared,
            WritableValue<Analysis> master, EClass type, EAttribute attribute) {
        toolkit.createLabel(client, label(declared.name()) + ":");
        Text text = toolkit.createText(client, "", SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(8, 0).applyTo(text);
        Runnable show = () -> {
            if (!text.isDisposed() && !text.isFocusControl()) {
                text.setText(master.getValue() == null ? "" : join(list(master.getValue(), attribute)));
            }
        };
        refreshers.add(show);
        master.addValueChangeListener(e -> {
            show.run();
            text.setEnabled(master.getValue() != null);
        });
        text.setEnabled(master.getValue() != null);
        org.eclipse.swt.widgets.Listener commit = e -> {
            Analysis analysis = master.getValue();
            if (analysis == null) {
                return;
            }
            List<Double> values;
            try {
                values = SettingDeclaration.numbers(text.getText());
            } catch (NumberFormatException ex) {
                text.setToolTipText("Not numbers: " + text.getText() + "\n" + tooltip(declared));
                return;
            }
            String problem = declared.problem(text.getText());
            text.setToolTipText(problem == null ? tooltip(declared) : problem + "\n" + tooltip(declared));
            if (problem != null) {
                return;
            }
            if (!values.equals(list(analysis, attribute))) {
                fields().set(analysis, attribute, values);
            }
        };
        text.addListener(SWT.FocusOut, commit);
        text.addListener(SWT.DefaultSelection, commit);
        experimentEditor().registry().add(master::getValue, type, attribute, text, null);
        return text;
    }

    @SuppressWarnings("unchecked")
    private static List<Double> list(Analysis analysis, EAttribute attribute) {
        return (List<Double>) analysis.eGet(attribute);
    }

    private static String join(List<Double> values) {
        StringJoiner joiner = new StringJoiner(", ");
        values.forEach(v -> joiner.add(String.valueOf(v)));
        return joiner.toString();
    }
}
