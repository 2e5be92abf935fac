package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.ANALYSIS_SETTING;
import static org.repalign.model.ExperimentPackage.Literals.ANALYSIS_SETTING__NAME;
import static org.repalign.model.ExperimentPackage.Literals.ANALYSIS_SETTING__VALUE;
import static org.repalign.model.ExperimentPackage.Literals.CONTRIBUTED_ANALYSIS;
import static org.repalign.model.ExperimentPackage.Literals.CONTRIBUTED_ANALYSIS__SETTINGS;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ANALYSES;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;

/**
 * The analyses in the declared-settings form (RepAlign's layers and nulls analyses and those that
 * installed plug-ins contribute): add one of the registered ids, remove one,
 * and edit the selected one's declared settings ({@link DeclaredSettingsTable}). Every change is
 * a command on the editor's editing domain.
 */
final class ContributedAnalysesSection {

    private final TableViewer analyses;
    private final Combo choice;
    private final DeclaredSettingsTable settings;
    private final AnalysisRegistry registry;
    private final Experiment experiment;
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && !analyses.getControl().isDisposed()) {
                showSelected();
            }
        }
    };

    ContributedAnalysesSection(ExperimentEditor editor, FormToolkit toolkit, Composite client, AnalysisRegistry registry) {
        this.registry = registry;
        this.experiment = editor.getExperiment();
        EditingDomain domain = editor.getEditingDomain();
        choice = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(choice);
        choice.setItems(registry.factories().stream().map(AnalysisFactory::id).toArray(String[]::new));
        choice.setToolTipText(registry.factories().isEmpty() ? "No plug-in contributes an analysis"
                : "An analysis with declared settings: RepAlign's layers (layer grids), nulls (permutation nulls of"
                        + " every value) or model (the signal/bias/noise model's fit), or a plug-in's");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(choice);
        Button add = toolkit.createButton(client, "Add", SWT.PUSH);
        analyses = new TableViewer(toolkit.createTable(client, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).span(2, 1).applyTo(analyses.getControl());
        analyses.setContentProvider(new FeatureListContentProvider(EXPERIMENT__ANALYSES));
        analyses.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return element instanceof ContributedAnalysis;
            }
        });
        analyses.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                ContributedAnalysis analysis = (ContributedAnalysis) element;
                String name = registry.contribution(analysis.getAnalysisId()).map(c -> " (" + c.value().name() + ")")
                        .orElse(" (not installed)");
                return analysis.getAnalysisId() + name + (analysis.isEnabled() ? "" : ", disabled");
            }
        });
        analyses.setInput(experiment);
        Button remove = toolkit.createButton(client, "Remove", SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
        settings = new DeclaredSettingsTable(toolkit, client, domain, new DeclaredSettingsTable.Entries(
                CONTRIBUTED_ANALYSIS__SETTINGS, ANALYSIS_SETTING, ANALYSIS_SETTING__NAME, ANALYSIS_SETTING__VALUE),
                editor::showRunMessage);
        add.addListener(SWT.Selection, e -> {
            if (choice.getSelectionIndex() < 0) {
                return;
            }
            ContributedAnalysis analysis = ExperimentFactory.eINSTANCE.createContributedAnalysis();
            analysis.setAnalysisId(choice.getText());
            analysis.setEnabled(true);
            domain.getCommandStack().execute(AddCommand.create(domain, experiment, EXPERIMENT__ANALYSES, analysis));
            analyses.setSelection(new StructuredSelection(analysis), true);
        });
        remove.addListener(SWT.Selection, e -> {
            if (analyses.getStructuredSelection().getFirstElement() instanceof ContributedAnalysis analysis) {
                domain.getCommandStack().execute(RemoveCommand.create(domain, experiment, EXPERIMENT__ANALYSES, analysis));
            }
        });
        analyses.addSelectionChangedListener(e -> showSelected());
        experiment.eAdapters().add(listener);
        editor.registry().add(() -> experiment, CONTRIBUTED_ANALYSIS, null, analyses.getControl(), null);
        editor.registry().addSelector(CONTRIBUTED_ANALYSIS,
                object -> analyses.setSelection(new StructuredSelection(object), true));
    }

    private void showSelected() {
        ContributedAnalysis selected = analyses.getStructuredSelection().getFirstElement() instanceof ContributedAnalysis a
                && a.eContainer() != null ? a : null;
        List<SettingDeclaration> declared = selected == null ? List.of()
                : registry.contribution(selected.getAnalysisId()).map(c -> c.value().settings()).orElse(List.of());
        settings.show(selected, selected == null ? null : "analysis " + selected.getAnalysisId(), declared);
    }

    /** Stops following the experiment. */
    void dispose() {
        experiment.eAdapters().remove(listener);
    }

    /** @return the list of the experiment's contributed analyses */
    TableViewer analyses() {
        return analyses;
    }

    /** @return the registered ids offered */
    Combo choice() {
        return choice;
    }

    /** @return the selected analysis' settings */
    DeclaredSettingsTable settings() {
        return settings;
    }
}
