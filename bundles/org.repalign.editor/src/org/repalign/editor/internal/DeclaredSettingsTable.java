package org.repalign.editor.internal;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.compute.metrics.MetricParameter;

/**
 * The declared settings of one object: the parameters of the selected metric, or the settings
 * of a contributed analysis. One row per declaration (name, value (editable), default, range,
 * description). A value is checked against the declaration (type and range) before it is set,
 * through an editing-domain command (undo, redo); an empty value removes the entry so that the
 * default applies. The entries are model objects with a name and a value attribute in a list
 * of the owner (a metric's parameters, an analysis' settings).
 */
public final class DeclaredSettingsTable {

    /**
     * One declaration and the value the experiment gives it.
     *
     * @param declaration the setting as declared
     * @param value       the experiment's entry for it, or null for the default
     * @param valueText   the entry's value, empty for the default
     */
    public record Row(SettingDeclaration declaration, EObject value, String valueText) {
        /** @return the value as text, empty for the default */
        public String text() {
            return valueText;
        }
    }

    /**
     * Where the entries live in the model.
     *
     * @param list  the owner's list of entries
     * @param type  the class of an entry
     * @param name  the entry's name attribute
     * @param value the entry's value attribute
     */
    public record Entries(EReference list, EClass type, EAttribute name, EAttribute value) {
    }

    private final TableViewer viewer;
    private final EditingDomain domain;
    private final Consumer<String> problems;
    private final Entries entries;
    private EObject owner;
    private String ownerLabel;

    DeclaredSettingsTable(FormToolkit toolkit, Composite parent, EditingDomain domain, Entries entries,
            Consumer<String> problems) {
        this.domain = domain;
        this.entries = entries;
        this.problems = problems;
        viewer = new TableViewer(toolkit.createTable(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).span(3, 1).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setData(DeclaredSettingsTable.class.getName(), this);
        column("Setting", 110, row -> row.declaration().name());
        TableViewerColumn value = column("Value", 90, row -> row.text().isEmpty() ? "(default)" : row.text());
        value.setEditingSupport(new ValueEditing());
        column("Default", 70, row -> row.declaration().defaultValue() == null ? "(required)" : row.declaration().defaultValue());
        column("Range", 120, row -> row.declaration().range() + " " + kind(row.declaration()));
        column("Description", 320, row -> row.declaration().help());
    }

    /** @return the rows shown, one per declaration */
    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        return viewer.getInput() == null ? List.of() : List.copyOf((List<Row>) viewer.getInput());
    }

    /** @return the table viewer */
    public TableViewer viewer() {
        return viewer;
    }

    /**
     * @param newOwner     the object whose settings are shown, or null
     * @param label        how messages name it, e.g. {@code metric mutual_knn}
     * @param declarations what it declares (empty for an unknown metric or analysis)
     */
    @SuppressWarnings("unchecked")
    void show(EObject newOwner, String label, List<SettingDeclaration> declarations) {
        owner = newOwner;
        ownerLabel = label;
        List<Row> rows = new ArrayList<>();
        if (newOwner != null) {
            List<EObject> given = (List<EObject>) newOwner.eGet(entries.list());
            for (SettingDeclaration declaration : declarations) {
                EObject entry = given.stream().filter(p -> declaration.name().equals(p.eGet(entries.name()))).findFirst()
                        .orElse(null);
                Object text = entry == null ? null : entry.eGet(entries.value());
                rows.add(new Row(declaration, entry, text == null ? "" : text.toString()));
            }
        }
        viewer.setInput(rows);
    }

    /**
     * @param declaration a declared parameter
     * @param text        a value as typed
     * @return why the value does not fit the declaration, or empty when it does
     */
    static Optional<String> problem(SettingDeclaration declaration, String text) {
        String problem = declaration.problem(text);
        return Optional.ofNullable(problem == null ? null : problem.replaceFirst("^setting ", ""));
    }

    /**
     * @param parameters the parameters a metric declares ({@code int}, {@code double} or {@code choice})
     * @return them as setting declarations
     */
    static List<SettingDeclaration> declarations(List<MetricParameter> parameters) {
        List<SettingDeclaration> declarations = new ArrayList<>();
        for (MetricParameter parameter : parameters) {
            SettingDeclaration.Kind kind = parameter.isChoice() ? SettingDeclaration.Kind.CHOICE
                    : "int".equals(parameter.type()) ? SettingDeclaration.Kind.INT : SettingDeclaration.Kind.DOUBLE;
            declarations.add(new SettingDeclaration(parameter.name(), kind, parameter.defaultValue(),
                    parameter.minimum(), parameter.maximum(), parameter.choices(), parameter.description()));
        }
        return declarations;
    }

    private static String kind(SettingDeclaration declaration) {
        return switch (declaration.kind()) {
            case INT -> "int";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case CHOICE -> "choice";
            case DOUBLE_LIST -> "list of doubles";
        };
    }

    /**
     * Sets a parameter's value through the editing domain.
     *
     * @param row  the parameter
     * @param text the new value; empty for the default
     * @return whether the value was accepted
     */
    public boolean set(Row row, String text) {
        String value = text == null ? "" : text.strip();
        if (owner == null || value.equals(row.text())) {
            return false;
        }
        if (value.isEmpty()) {
            if (row.value() != null) {
                domain.getCommandStack().execute(RemoveCommand.create(domain, owner, entries.list(), row.value()));
            }
        } else {
            Optional<String> problem = problem(row.declaration(), value);
            if (problem.isPresent()) {
                problems.accept(ownerLabel + ", " + problem.get());
                return false;
            }
            if (row.value() == null) {
                EObject entry = EcoreUtil.create(entries.type());
                entry.eSet(entries.name(), row.declaration().name());
                entry.eSet(entries.value(), value);
                domain.getCommandStack().execute(AddCommand.create(domain, owner, entries.list(), entry));
            } else {
                domain.getCommandStack().execute(SetCommand.create(domain, row.value(), entries.value(), value));
            }
        }
        problems.accept(null);
        return true;
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return column;
    }

    /**
     * A value is typed, except for a choice, which is picked from "(default)" and the declared
     * values (a value in the file that is none of them shows as the default until one is picked).
     */
    private final class ValueEditing extends EditingSupport {
        private final TextCellEditor text = new TextCellEditor(viewer.getTable());
        private final ComboBoxCellEditor choice = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            Row row = (Row) element;
            if (row.declaration().kind() != SettingDeclaration.Kind.CHOICE) {
                return text;
            }
            List<String> items = new ArrayList<>();
            items.add(DEFAULT_CHOICE);
            items.addAll(row.declaration().choices());
            choice.setItems(items.toArray(String[]::new));
            return choice;
        }

        @Override
        protected boolean canEdit(Object element) {
            return owner != null;
        }

        @Override
        protected Object getValue(Object element) {
            Row row = (Row) element;
            if (row.declaration().kind() != SettingDeclaration.Kind.CHOICE) {
                return row.text();
            }
            return row.declaration().choices().indexOf(row.text()) + 1; // 0: the default
        }

        @Override
        protected void setValue(Object element, Object value) {
            Row row = (Row) element;
            if (value instanceof Integer index) {
                List<String> choices = row.declaration().choices();
                set(row, index >= 1 && index <= choices.size() ? choices.get(index - 1) : "");
            } else {
                set(row, (String) value);
            }
        }
    }

    /** The first item of a choice's list: no value of its own. */
    static final String DEFAULT_CHOICE = "(default)";
}
