package org.repalign.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * The editor's fields: which control shows which feature of which object. Shows the
 * validator's problems as decorations on the fields they name and finds the field of a
 * problem marker.
 */
public final class FieldRegistry {

    /**
     * One field.
     *
     * @param owner      the object the field currently edits (may change with a selection)
     * @param ownerClass the class of objects the field edits
     * @param feature    the feature, or {@code null} for a list showing objects of {@code ownerClass}
     *                   (problems of these objects and of their children are shown on it)
     * @param control    the control
     * @param decoration the decoration showing problems
     * @param select     makes the field edit a given object (for master-detail fields), or {@code null}
     */
    record Field(Supplier<EObject> owner, EClass ownerClass, EStructuralFeature feature, Control control,
            ControlDecoration decoration, Consumer<EObject> select) {
    }

    private final List<Field> fields = new ArrayList<>();
    private final Map<EClass, Consumer<EObject>> selectors = new HashMap<>();
    private List<Diagnostic> problems = List.of();

    /**
     * Registers a field and shows the current problems on it.
     *
     * @param owner      the object the field edits now
     * @param ownerClass the class of objects it edits
     * @param feature    the feature, or {@code null} for a list showing objects of {@code ownerClass}
     * @param control    the control
     * @param select     selects a given object in a master list, or {@code null}
     */
    public void add(Supplier<EObject> owner, EClass ownerClass, EStructuralFeature feature, Control control,
            Consumer<EObject> select) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.TOP | SWT.LEFT);
        decoration.hide();
        Field field = new Field(owner, ownerClass, feature, control, decoration, select);
        fields.add(field);
        control.addDisposeListener(e -> fields.remove(field));
        show(field);
    }

    /**
     * Registers how to make the detail fields of a class edit a given object (select it in its
     * master list).
     *
     * @param type     the class of the detail fields' objects
     * @param selector selects an object of that class
     */
    public void addSelector(EClass type, Consumer<EObject> selector) {
        selectors.put(type, selector);
    }

    /** @param diagnostics the validator's problems, shown from now on */
    public void setProblems(List<Diagnostic> diagnostics) {
        problems = List.copyOf(diagnostics);
        refresh();
    }

    /** Shows the problems again (after a master selection changed). */
    public void refresh() {
        for (Field field : List.copyOf(fields)) {
            show(field);
        }
    }

    /**
     * @param control a field's control
     * @return the problem text shown on it, or {@code null}
     */
    public String problemText(Control control) {
        for (Field field : fields) {
            if (field.control() == control && field.decoration().isVisible()) {
                return field.decoration().getDescriptionText();
            }
        }
        return null;
    }

    /**
     * Makes a field edit {@code object} and returns its control.
     *
     * @param object  an object of the experiment
     * @param feature its feature, or {@code null}
     * @return the control, or {@code null} when no created field shows it
     */
    public Control reveal(EObject object, EStructuralFeature feature) {
        Field exact = null;
        Field list = null;
        for (Field field : fields) {
            if (field.control().isDisposed()) {
                continue;
            }
            if (field.feature() != null && field.ownerClass().isInstance(object) && field.feature().equals(feature)) {
                exact = field;
                break;
            }
            if (field.feature() == null && list == null && enclosing(object, field.ownerClass()) != null) {
                list = field;
            }
        }
        Field chosen = exact != null ? exact : list;
        if (chosen == null) {
            return null;
        }
        Consumer<EObject> select = chosen.select() != null ? chosen.select() : selectors.get(chosen.ownerClass());
        if (select != null) {
            select.accept(chosen == exact ? object : enclosing(object, chosen.ownerClass()));
        }
        return chosen == list || chosen.owner().get() == object ? chosen.control() : null;
    }

    private void show(Field field) {
        if (field.control().isDisposed()) {
            return;
        }
        EObject owner = field.owner().get();
        StringBuilder text = new StringBuilder();
        int severity = Diagnostic.OK;
        for (Diagnostic problem : problems) {
            List<?> data = problem.getData();
            if (owner == null || data.isEmpty() || !(data.get(0) instanceof EObject object)) {
                continue;
            }
            boolean matches = field.feature() == null ? enclosing(object, field.ownerClass()) != null
                    : object == owner && data.size() > 1 && field.feature().equals(data.get(1));
            if (matches) {
                text.append(text.isEmpty() ? "" : "\n").append(problem.getMessage());
                severity = Math.max(severity, problem.getSeverity());
            }
        }
        if (text.isEmpty()) {
            field.decoration().hide();
            return;
        }
        String image = severity >= Diagnostic.ERROR ? FieldDecorationRegistry.DEC_ERROR
                : FieldDecorationRegistry.DEC_WARNING;
        FieldDecoration decoration = FieldDecorationRegistry.getDefault().getFieldDecoration(image);
        field.decoration().setImage(decoration.getImage());
        field.decoration().setDescriptionText(text.toString());
        field.decoration().show();
    }

    private static EObject enclosing(EObject object, EClass type) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (type.isInstance(current)) {
                return current;
            }
        }
        return null;
    }
}
