package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.ANALYSIS__ENABLED;
import static org.repalign.model.ExperimentPackage.Literals.BIAS_ANALYSIS;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ANALYSES;
import static org.repalign.model.ExperimentPackage.Literals.FEATURE_MATCHING_ANALYSIS;
import static org.repalign.model.ExperimentPackage.Literals.FEATURE_MATCHING_ANALYSIS__BINARY;
import static org.repalign.model.ExperimentPackage.Literals.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS;
import static org.repalign.model.ExperimentPackage.Literals.META_ANALYSIS;
import static org.repalign.model.ExperimentPackage.Literals.META_ANALYSIS__LAMBDAS;
import static org.repalign.model.ExperimentPackage.Literals.META_ANALYSIS__PREPROCESSING;
import static org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS;
import static org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY;
import static org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS__PREPROCESSING;
import static org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS__STRIDE;
import static org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS__WINDOWS;
import static org.repalign.model.ExperimentPackage.Literals.NOISE_ANALYSIS__WINDOW_SIZE;
import static org.repalign.model.ExperimentPackage.Literals.PROBE_ANALYSIS;
import static org.repalign.model.ExperimentPackage.Literals.PROBE_ANALYSIS__FOLDS;
import static org.repalign.model.ExperimentPackage.Literals.PROBE_ANALYSIS__L2;
import static org.repalign.model.ExperimentPackage.Literals.PROBE_ANALYSIS__MIN_POSITIVES;
import static org.repalign.model.ExperimentPackage.Literals.SIGNAL_ANALYSIS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.Analysis;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.MetaAnalysis;

/**
 * The six analyses: a check box each (checking one that the experiment lacks adds it, unchecking
 * disables it and keeps its settings) and the analysis' settings.
 */
public final class AnalysesPage extends ExperimentFormPage {

    private final List<Runnable> refreshers = new ArrayList<>();
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
        analysis(toolkit, body, BIAS_ANALYSIS, "Bias", "Raw against centered alignment.");
        WritableValue<Analysis> noise = analysis(toolkit, body, NOISE_ANALYSIS, "Noise",
                "Alignment in frequency windows (needs a frequencies file).");
        Composite noiseClient = clientOf(noise);
        fields().text(toolkit, noiseClient, "Window size:", noise, NOISE_ANALYSIS, NOISE_ANALYSIS__WINDOW_SIZE);
        fields().text(toolkit, noiseClient, "Stride:", noise, NOISE_ANALYSIS, NOISE_ANALYSIS__STRIDE);
        fields().text(toolkit, noiseClient, "Windows:", noise, NOISE_ANALYSIS, NOISE_ANALYSIS__WINDOWS);
        fields().check(toolkit, noiseClient, "Exclude pairs of the same family", noise, NOISE_ANALYSIS,
                NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY);
        fields().choice(toolkit, noiseClient, "Preprocessing:", noise, NOISE_ANALYSIS, NOISE_ANALYSIS__PREPROCESSING);
        analysis(toolkit, body, SIGNAL_ANALYSIS, "Signal", "Dense against sparse (SAE code) alignment.");
        WritableValue<Analysis> features = analysis(toolkit, body, FEATURE_MATCHING_ANALYSIS, "Feature matching",
                "SAE latents matched across models, against shuffled nulls.");
        Composite featuresClient = clientOf(features);
        fields().text(toolkit, featuresClient, "Permutations:", features, FEATURE_MATCHING_ANALYSIS,
                FEATURE_MATCHING_ANALYSIS__PERMUTATIONS);
        fields().check(toolkit, featuresClient, "Binary codes", features, FEATURE_MATCHING_ANALYSIS,
                FEATURE_MATCHING_ANALYSIS__BINARY);
        WritableValue<Analysis> meta = analysis(toolkit, body, META_ANALYSIS, "Meta",
                "Ridge regression of alignment on model properties.");
        Composite metaClient = clientOf(meta);
        lambdas(toolkit, metaClient, meta);
        fields().choice(toolkit, metaClient, "Preprocessing:", meta, META_ANALYSIS, META_ANALYSIS__PREPROCESSING);
        WritableValue<Analysis> probes = analysis(toolkit, body, PROBE_ANALYSIS, "Probes",
                "Attribute probes (needs an attributes file).");
        Composite probesClient = clientOf(probes);
        fields().text(toolkit, probesClient, "Folds:", probes, PROBE_ANALYSIS, PROBE_ANALYSIS__FOLDS);
        fields().text(toolkit, probesClient, "L2:", probes, PROBE_ANALYSIS, PROBE_ANALYSIS__L2);
        fields().text(toolkit, probesClient, "Min positives:", probes, PROBE_ANALYSIS, PROBE_ANALYSIS__MIN_POSITIVES);
        Composite contributed = section(toolkit, body, "Contributed analyses",
                "Analyses of installed plug-ins; their settings are checked against what they declare.", 2);
        contributedSection = new ContributedAnalysesSection(experimentEditor(), toolkit, contributed,
                AnalysisRegistry.installed());
        experiment().eAdapters().add(listener);
        refreshers.forEach(Runnable::run);
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
        Button run = toolkit.createButton(client, "Run the " + title.toLowerCase() + " analysis", SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(run);
        EditingDomain domain = experimentEditor().getEditingDomain();
        run.addListener(SWT.Selection, e -> {
            Analysis current = master.getValue();
            if (current == null && run.getSelection()) {
                Analysis created = (Analysis) ExperimentFactory.eINSTANCE.create(type);
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

    private void lambdas(FormToolkit toolkit, Composite client, WritableValue<Analysis> meta) {
        toolkit.createLabel(client, "Lambdas:");
        Text text = toolkit.createText(client, "", SWT.SINGLE);
        text.setToolTipText("Ridge strengths separated by commas; empty for 0.1, 1, 10");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(8, 0).applyTo(text);
        Runnable show = () -> {
            if (!text.isDisposed() && !text.isFocusControl()) {
                text.setText(meta.getValue() instanceof MetaAnalysis m ? join(m.getLambdas()) : "");
            }
        };
        refreshers.add(show);
        meta.addValueChangeListener(e -> {
            show.run();
            text.setEnabled(meta.getValue() != null);
        });
        text.setEnabled(meta.getValue() != null);
        org.eclipse.swt.widgets.Listener commit = e -> {
            if (!(meta.getValue() instanceof MetaAnalysis m)) {
                return;
            }
            List<Double> values = new ArrayList<>();
            try {
                for (String part : text.getText().split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        values.add(Double.valueOf(part));
                    }
                }
            } catch (NumberFormatException ex) {
                text.setToolTipText("Not numbers: " + text.getText());
                return;
            }
            if (!values.equals(m.getLambdas())) {
                fields().set(m, META_ANALYSIS__LAMBDAS, values);
            }
        };
        text.addListener(SWT.FocusOut, commit);
        text.addListener(SWT.DefaultSelection, commit);
        experimentEditor().registry().add(meta::getValue, META_ANALYSIS, META_ANALYSIS__LAMBDAS, text, null);
    }

    private static String join(List<Double> values) {
        StringJoiner joiner = new StringJoiner(", ");
        values.forEach(v -> joiner.add(String.valueOf(v)));
        return joiner.toString();
    }
}
