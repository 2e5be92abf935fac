package org.repalign.editor.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Creates the editor's labelled fields and binds each to a feature through EMF.Edit data
 * binding, so that every change is a command on the editing domain's command stack. Text
 * fields write to the model when they lose the focus or on Enter; numbers are checked while
 * converting (the field shows why it was not taken).
 */
public final class FormFields {

    private final EditingDomain domain;
    private final DataBindingContext context;
    private final FieldRegistry registry;
    private final Supplier<Path> experimentFolder;

    /**
     * @param domain           the editing domain
     * @param context          the data binding context (disposed with the editor)
     * @param registry         receives every field
     * @param experimentFolder the folder of the experiment file, asked each time (Save As moves it);
     *                         Browse makes paths relative to it
     */
    public FormFields(EditingDomain domain, DataBindingContext context, FieldRegistry registry,
            Supplier<Path> experimentFolder) {
        this.domain = domain;
        this.context = context;
        this.registry = registry;
        this.experimentFolder = experimentFolder;
    }

    /**
     * A labelled text field for a text or number feature.
     *
     * @param toolkit the form toolkit
     * @param parent  a composite with a three-column grid layout
     * @param label   the label
     * @param master  the object whose feature is edited (may change; {@code null} disables the field)
     * @param type    the class of the objects
     * @param feature the feature
     * @return the text widget
     */
    public Text text(FormToolkit toolkit, Composite parent, String label, IObservableValue<? extends EObject> master,
            EClass type, EStructuralFeature feature) {
        Text text = labelledText(toolkit, parent, label, 2);
        bindText(text, label, master, type, feature);
        return text;
    }

    /**
     * A labelled path field with a Browse… button opening a file dialog.
     *
     * @param toolkit the form toolkit
     * @param parent  a composite with a three-column grid layout
     * @param label   the label
     * @param master  the object whose feature is edited
     * @param type    the class of the objects
     * @param feature a text feature holding a path
     * @return the text widget
     */
    public Text path(FormToolkit toolkit, Composite parent, String label, IObservableValue<? extends EObject> master,
            EClass type, EStructuralFeature feature) {
        Text text = labelledText(toolkit, parent, label, 1);
        bindText(text, label, master, type, feature);
        Button browse = toolkit.createButton(parent, "Browse…", SWT.PUSH);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
            dialog.setText(label);
            Path folder = experimentFolder();
            if (folder != null) {
                dialog.setFilterPath(folder.toString());
            }
            String chosen = dialog.open();
            EObject owner = master.getValue();
            if (chosen != null && owner != null) {
                set(owner, feature, relative(chosen));
            }
        });
        enableWithMaster(master, browse);
        return text;
    }

    /**
     * A check box for a boolean feature.
     *
     * @param toolkit the form toolkit
     * @param parent  a composite with a three-column grid layout
     * @param label   the check box text
     * @param master  the object whose feature is edited
     * @param type    the class of the objects
     * @param feature a boolean feature
     * @return the check box
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Button check(FormToolkit toolkit, Composite parent, String label, IObservableValue<? extends EObject> master,
            EClass type, EStructuralFeature feature) {
        Button button = toolkit.createButton(parent, label, SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
        IObservableValue model = EMFEditProperties.value(domain, feature).observeDetail((IObservableValue) master);
        context.bindValue(WidgetProperties.buttonSelection().observe(button), model);
        enableWithMaster(master, button);
        registry.add(() -> master.getValue(), type, feature, button, null);
        return button;
    }

    /**
     * A labelled drop-down list for an enumeration feature.
     *
     * @param toolkit the form toolkit
     * @param parent  a composite with a three-column grid layout
     * @param label   the label
     * @param master  the object whose feature is edited
     * @param type    the class of the objects
     * @param feature an enumeration feature
     * @return the viewer
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public ComboViewer choice(FormToolkit toolkit, Composite parent, String label,
            IObservableValue<? extends EObject> master, EClass type, EStructuralFeature feature) {
        toolkit.createLabel(parent, label);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(viewer.getCombo());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider());
        EEnum eEnum = (EEnum) feature.getEType();
        viewer.setInput(eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList());
        IObservableValue model = EMFEditProperties.value(domain, feature).observeDetail((IObservableValue) master);
        context.bindValue(ViewerProperties.singleSelection().observe(viewer), model);
        enableWithMaster(master, viewer.getControl());
        registry.add(() -> master.getValue(), type, feature, viewer.getControl(), null);
        return viewer;
    }

    /**
     * Sets a feature through a command.
     *
     * @param owner   the object
     * @param feature the feature
     * @param value   the new value
     */
    public void set(EObject owner, EStructuralFeature feature, Object value) {
        domain.getCommandStack().execute(SetCommand.create(domain, owner, feature, value));
    }

    /**
     * @param chosen a path chosen in a file dialog
     * @return the path relative to the experiment's folder when it lies below it, else as chosen
     */
    public String relative(String chosen) {
        Path path = Path.of(chosen).toAbsolutePath().normalize();
        Path folder = experimentFolder();
        if (folder != null && path.startsWith(folder.toAbsolutePath().normalize())) {
            return folder.toAbsolutePath().normalize().relativize(path).toString();
        }
        return path.toString();
    }

    /** @return the folder of the experiment file, or {@code null} */
    public Path experimentFolder() {
        return experimentFolder.get();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void bindText(Text text, String label, IObservableValue<? extends EObject> master, EClass type,
            EStructuralFeature feature) {
        Class<?> valueType = feature.getEType().getInstanceClass();
        IObservableValue model = EMFEditProperties.value(domain, feature).observeDetail((IObservableValue) master);
        UpdateValueStrategy toModel = new UpdateValueStrategy();
        toModel.setConverter(IConverter.create(String.class, valueType, s -> parse((String) s, valueType)));
        String name = fieldName(label);
        // a field without an object to edit (an analysis the experiment does not have) has nothing to check
        toModel.setAfterGetValidator(s -> master.getValue() == null ? ValidationStatus.ok()
                : check((String) s, valueType, name));
        UpdateValueStrategy toTarget = new UpdateValueStrategy();
        toTarget.setConverter(IConverter.create(valueType, String.class, v -> v == null ? "" : format(v)));
        Binding binding = context.bindValue(WidgetProperties.text(SWT.FocusOut, SWT.DefaultSelection).observe(text),
                model, toModel, toTarget);
        ControlDecorationSupport.create(binding, SWT.BOTTOM | SWT.LEFT);
        enableWithMaster(master, text);
        registry.add(() -> master.getValue(), type, feature, text, null);
    }

    private static Text labelledText(FormToolkit toolkit, Composite parent, String label, int span) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE);
        // a width hint, so that a long value (a description) does not widen the page beyond the editor
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).indent(8, 0).hint(120, SWT.DEFAULT)
                .applyTo(text);
        return text;
    }

    private static void enableWithMaster(IObservableValue<? extends EObject> master, Control control) {
        control.setEnabled(master.getValue() != null);
        master.addValueChangeListener(e -> {
            if (!control.isDisposed()) {
                control.setEnabled(master.getValue() != null);
            }
        });
    }

    /**
     * @param label a field's label, such as "Window size:"
     * @return the name its messages use, "Window size"
     */
    static String fieldName(String label) {
        String name = label.strip();
        while (name.endsWith(":") || name.endsWith("…")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.replace("&", "");
    }

    private static final List<Class<?>> PRIMITIVES = List.of(int.class, long.class, double.class);

    private static IStatus check(String text, Class<?> type, String name) {
        if (type == String.class) {
            return ValidationStatus.ok();
        }
        if (text == null || text.isBlank()) {
            return PRIMITIVES.contains(type) ? ValidationStatus.error(name + " needs a number") : ValidationStatus.ok();
        }
        try {
            parse(text, type);
            return ValidationStatus.ok();
        } catch (NumberFormatException e) {
            boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
            return ValidationStatus.error(name + ": '" + text.strip() + "' is not " + (whole ? "a whole number" : "a number"));
        }
    }

    private static Object parse(String text, Class<?> type) {
        if (type == String.class) {
            return text == null || text.isBlank() ? null : text.strip();
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == double.class || type == Double.class) {
            return Double.valueOf(value);
        }
        throw new IllegalArgumentException("no text field for " + type);
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
        }
        return String.valueOf(value);
    }
}
