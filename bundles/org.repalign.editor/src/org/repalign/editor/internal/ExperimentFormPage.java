package org.repalign.editor.internal;

import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.Experiment;

/** A page of the experiment editor: sections of bound fields in one or two columns. */
public abstract class ExperimentFormPage extends FormPage {

    /**
     * @param editor the editor
     * @param id     the page id
     * @param title  the tab title
     */
    protected ExperimentFormPage(ExperimentEditor editor, String id, String title) {
        super(editor, id, title);
    }

    /** @return the experiment editor */
    protected ExperimentEditor experimentEditor() {
        return (ExperimentEditor) getEditor();
    }

    /** @return the edited experiment */
    protected Experiment experiment() {
        return experimentEditor().getExperiment();
    }

    /** @return the field factory */
    protected FormFields fields() {
        return experimentEditor().fields();
    }

    /** @return the experiment as a constant master for fields of the experiment itself */
    protected IObservableValue<Experiment> experimentValue() {
        return Observables.constantObservableValue(experiment());
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        createSections(managedForm.getToolkit(), body);
        managedForm.getForm().reflow(true);
    }

    /**
     * Creates the page's sections.
     *
     * @param toolkit the toolkit
     * @param body    the form body, a two-column grid
     */
    protected abstract void createSections(FormToolkit toolkit, Composite body);

    /**
     * @param toolkit     the toolkit
     * @param parent      the form body
     * @param title       the section title
     * @param description a line below the title, or {@code null}
     * @param span        columns of the body the section spans
     * @return the section's client, a three-column grid (label, field, button)
     */
    protected static Composite section(FormToolkit toolkit, Composite parent, String title, String description,
            int span) {
        int style = Section.TITLE_BAR | Section.EXPANDED | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(parent, style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(client);
        section.setClient(client);
        return client;
    }
}
