package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ATTRIBUTES_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__DESCRIPTION;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__FREQUENCIES_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__ITEMS_FILE;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__NAME;
import static org.repalign.model.ExperimentPackage.Literals.EXPERIMENT__SEED;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.editor.ExperimentEditor;

/** Name, description, seed and the side files of the experiment. */
public final class OverviewPage extends ExperimentFormPage {

    /** @param editor the editor */
    public OverviewPage(ExperimentEditor editor) {
        super(editor, ExperimentEditor.OVERVIEW_PAGE, "Overview");
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
    }
}
