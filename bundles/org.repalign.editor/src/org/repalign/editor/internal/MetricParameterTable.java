package org.repalign.editor.internal;

import static org.repalign.model.ExperimentPackage.Literals.METRIC_PARAMETER__VALUE;
import static org.repalign.model.ExperimentPackage.Literals.METRIC_SETTING__PARAMETERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.MetricParameter;
import org.repalign.model.MetricSetting;

/**
 * The declared parameters of the selected metric (the table's data under this class's name): name, value (editable), default, range and
 * description. A value is checked against the declaration (type and range) before it is set,
 * through an editing-domain command (undo, redo); an empty value removes the parameter so that
 * the default applies.
 */
public final class MetricParameterTable {

    /**
     * One declared parameter and the value the experiment gives it.
     *
     * @param declaration the parameter as the metric declares it
     * @param value       the experiment's value, or null for the default
     */
    public record Row(org.repalign.compute.metrics.MetricParameter declaration, MetricParameter value) {
        /** @return the value as text, empty for the default */
        public String text() {
            return value == null || value.getValue() == null ? "" : value.getValue();
        }
    }

    private final TableViewer viewer;
    private final EditingDomain domain;
    private final Consumer<String> problems;
    private MetricSetting metric;

    MetricParameterTable(FormToolkit toolkit, Composite parent, EditingDomain domain, Consumer<String> problems) {
        this.domain = domain;
        this.problems = problems;
        viewer = new TableViewer(toolkit.createTable(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).span(3, 1).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setData(MetricParameterTable.class.getName(), this);
        column("Parameter", 110, row -> row.declaration().name());
        TableViewerColumn value = column("Value", 90, row -> row.text().isEmpty() ? "(default)" : row.text());
        value.setEditingSupport(new ValueEditing());
        column("Default", 70, row -> row.declaration().defaultValue() == null ? "(required)" : row.declaration().defaultValue());
        column("Range", 120, row -> "[" + bound(row.declaration().minimum()) + ", " + bound(row.declaration().maximum())
                + "] " + row.declaration().type());
        column("Description", 320, row -> row.declaration().description());
    }

    /** @return the rows shown, one per declared parameter of the selected metric */
    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        return viewer.getInput() == null ? List.of() : List.copyOf((List<Row>) viewer.getInput());
    }

    /**
     * @param newMetric the selected metric, or null
     * @param factory   its factory, or empty for an unknown metric
     */
    void show(MetricSetting newMetric, Optional<MetricFactory> factory) {
        metric = newMetric;
        List<Row> rows = new ArrayList<>();
        if (newMetric != null && factory.isPresent()) {
            for (org.repalign.compute.metrics.MetricParameter declaration : factory.get().parameters()) {
                MetricParameter given = newMetric.getParameters().stream()
                        .filter(p -> declaration.name().equals(p.getName())).findFirst().orElse(null);
                rows.add(new Row(declaration, given));
            }
        }
        viewer.setInput(rows);
    }

    /**
     * @param declaration a declared parameter
     * @param text        a value as typed
     * @return why the value does not fit the declaration, or empty when it does
     */
    static Optional<String> problem(org.repalign.compute.metrics.MetricParameter declaration, String text) {
        double number;
        try {
            number = "int".equals(declaration.type()) ? Long.parseLong(text.strip()) : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Optional.of(declaration.name() + ": '" + text + "' is not " + ("int".equals(declaration.type())
                    ? "an integer" : "a number"));
        }
        if (!(number >= declaration.minimum() && number <= declaration.maximum())) {
            return Optional.of(declaration.name() + ": " + text.strip() + " is outside [" + bound(declaration.minimum())
                    + ", " + bound(declaration.maximum()) + "]");
        }
        return Optional.empty();
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
        if (metric == null || value.equals(row.text())) {
            return false;
        }
        if (value.isEmpty()) {
            if (row.value() != null) {
                domain.getCommandStack().execute(RemoveCommand.create(domain, metric, METRIC_SETTING__PARAMETERS,
                        row.value()));
            }
        } else {
            Optional<String> problem = problem(row.declaration(), value);
            if (problem.isPresent()) {
                problems.accept("metric " + metric.getId() + ", " + problem.get());
                return false;
            }
            if (row.value() == null) {
                MetricParameter parameter = ExperimentFactory.eINSTANCE.createMetricParameter();
                parameter.setName(row.declaration().name());
                parameter.setValue(value);
                domain.getCommandStack().execute(AddCommand.create(domain, metric, METRIC_SETTING__PARAMETERS, parameter));
            } else {
                domain.getCommandStack().execute(SetCommand.create(domain, row.value(), METRIC_PARAMETER__VALUE, value));
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

    private static String bound(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private final class ValueEditing extends EditingSupport {
        private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return metric != null;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Row) element).text();
        }

        @Override
        protected void setValue(Object element, Object value) {
            set((Row) element, (String) value);
        }
    }
}
