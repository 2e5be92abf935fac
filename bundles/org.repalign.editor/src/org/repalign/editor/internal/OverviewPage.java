package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ATTRIBUTES_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__DESCRIPTION;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__FREQUENCIES_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ITEMS_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__NAME;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__PREPROCESSING;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SEED;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.PreprocessingMode;

/** Name, description, seed, the side files of the experiment and the preprocessing modes. */
public final class OverviewPage extends ExperimentFormPage {

    private static final Map<PreprocessingMode, String> MODE_TEXT = Map.of(
            PreprocessingMode.NONE, "none: the rows as read",
            PreprocessingMode.RAW, "raw: each row scaled to unit length",
            PreprocessingMode.CENTERED, "centered: unit length, the mean row removed, unit length again",
            PreprocessingMode.CLAMP, "clamp: entries clipped at the 0.95 quantile of |x|, then unit length");

    private final Map<PreprocessingMode, Button> modeButtons = new EnumMap<>(PreprocessingMode.class);
    private final AdapterImpl modeListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == EXPERIMENT__PREPROCESSING) {
                showModes();
            }
        }
    };

    /** @param editor the editor */
    public OverviewPage(ExperimentEditor editor) {
        super(editor, ExperimentEditor.OVERVIEW_PAGE, "Overview");
    }

    /**
     * @param mode a preprocessing mode
     * @return its check box (after the page was created)
     */
    public Button modeButton(PreprocessingMode mode) {
        return modeButtons.get(mode);
    }

    @Override
    protected void createSections(FormToolkit toolkit, Composite body) {
        Composite general = section(toolkit, body, "Experiment", "What the experiment is and its random seed.", 1);
        fields().text(toolkit, general, "Name:", experimentValue(), EXPERIMENT, EXPERIMENT__NAME);
        fields().text(toolkit, general, "Description:", experimentValue(), EXPERIMENT, EXPERIMENT__DESCRIPTION);
        fields().text(toolkit, general, "Seed:", experimentValue(), EXPERIMENT, EXPERIMENT__SEED);
        Composite files = section(toolkit, body, "Items and side files",
                "Paths relative to the experiment file's folder.", 1);
        fields().path(toolkit, files, "Items file:", experimentValue(), EXPERIMENT, EXPERIMENT__ITEMS_FILE);
        fields().path(toolkit, files, "Frequencies file:", experimentValue(), EXPERIMENT, EXPERIMENT__FREQUENCIES_FILE);
        fields().path(toolkit, files, "Attributes file:", experimentValue(), EXPERIMENT, EXPERIMENT__ATTRIBUTES_FILE);
        preprocessing(toolkit, body);
    }

    private void preprocessing(FormToolkit toolkit, Composite body) {
        Composite modes = section(toolkit, body, "Preprocessing",
                "The row preprocessings to compare; none checked leaves each analysis its own default.", 2);
        EditingDomain domain = experimentEditor().getEditingDomain();
        for (PreprocessingMode mode : PreprocessingMode.VALUES) {
            Button button = toolkit.createButton(modes, MODE_TEXT.get(mode), SWT.CHECK);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
            button.addListener(SWT.Selection, e -> {
                List<PreprocessingMode> current = experiment().getPreprocessing();
                if (button.getSelection() && !current.contains(mode)) {
                    domain.getCommandStack().execute(AddCommand.create(domain, experiment(), EXPERIMENT__PREPROCESSING,
                            mode, insertionIndex(current, mode)));
                } else if (!button.getSelection() && current.contains(mode)) {
                    domain.getCommandStack().execute(RemoveCommand.create(domain, experiment(), EXPERIMENT__PREPROCESSING, mode));
                }
            });
            modeButtons.put(mode, button);
        }
        experimentEditor().registry().add(this::experiment, EXPERIMENT, EXPERIMENT__PREPROCESSING,
                modeButtons.get(PreprocessingMode.VALUES.get(0)), null);
        experiment().eAdapters().add(modeListener);
        showModes();
    }

    /** Keeps the list in the declared order of the modes, whatever order they are checked in. */
    private static int insertionIndex(List<PreprocessingMode> current, PreprocessingMode mode) {
        int index = 0;
        for (PreprocessingMode present : current) {
            if (present.getValue() < mode.getValue()) {
                index++;
            }
        }
        return index;
    }

    private void showModes() {
        List<PreprocessingMode> current = experiment().getPreprocessing();
        modeButtons.forEach((mode, button) -> {
            if (!button.isDisposed()) {
                button.setSelection(current.contains(mode));
            }
        });
    }

    @Override
    public void dispose() {
        experiment().eAdapters().remove(modeListener);
        super.dispose();
    }
}
