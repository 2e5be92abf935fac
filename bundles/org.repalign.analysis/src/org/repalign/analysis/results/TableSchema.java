package org.repalign.analysis.results;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The schema of one result table: its name and the record type of its rows. The columns are the
 * record's components in declaration order, named in snake case ({@code nullMean} →
 * {@code null_mean}); this is the one place where a table's CSV header and JSON keys are
 * defined. A table is written as {@code <analysis>-<name>.csv} and, unless it is
 * {@linkplain #fileOnly file-only}, as a list of objects in {@code report.json}.
 *
 * @param <R> the row type
 */
public final class TableSchema<R extends Record> {

    private final String name;
    private final Class<R> type;
    private final boolean inReport;
    private final List<String> columns;
    private final RecordComponent[] components;
    private final Constructor<R> canonical;

    private TableSchema(String name, Class<R> type, boolean inReport) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("table name '" + name + "' is not a word");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.inReport = inReport;
        this.components = type.getRecordComponents();
        List<String> names = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            names.add(columnName(component.getName()));
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("record " + type.getName() + " maps two components to one column: "
                    + names);
        }
        this.columns = List.copyOf(names);
        try {
            this.canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.canonical.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("record " + type.getName() + " has no accessible canonical constructor", e);
        }
    }

    /**
     * @param name a word naming the table
     * @param type the record type of its rows
     * @param <R>  the row type
     * @return a table written as CSV and into {@code report.json}
     */
    public static <R extends Record> TableSchema<R> of(String name, Class<R> type) {
        return new TableSchema<>(name, type, true);
    }

    /**
     * @param name a word naming the table
     * @param type the record type of its rows
     * @param <R>  the row type
     * @return a table written only as CSV (long tables such as every permutation's null score)
     */
    public static <R extends Record> TableSchema<R> fileOnly(String name, Class<R> type) {
        return new TableSchema<>(name, type, false);
    }

    /**
     * @param component a record component name in camel case
     * @return its column name in snake case: {@code latentsA} → {@code latents_a}
     */
    public static String columnName(String component) {
        StringBuilder out = new StringBuilder(component.length() + 4);
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** @return the table name */
    public String name() {
        return name;
    }

    /** @return the record type of the rows */
    public Class<R> type() {
        return type;
    }

    /** @return whether the rows are also written into {@code report.json} */
    public boolean inReport() {
        return inReport;
    }

    /** @return the column names, one per record component, in declaration order */
    public List<String> columns() {
        return columns;
    }

    /** @return the record components, in column order */
    public List<RecordComponent> components() {
        return Arrays.asList(components.clone());
    }

    /**
     * @param row a row
     * @return its values in column order
     */
    public Object[] values(R row) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + components[i].getName(), e);
            }
        }
        return values;
    }

    /**
     * @param values one value per column, already of the component types
     * @return the row
     */
    public R create(Object... values) {
        if (values.length != components.length) {
            throw new IllegalArgumentException("table " + name + " has " + components.length + " columns, got "
                    + values.length + " values");
        }
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    @Override
    public String toString() {
        return "table " + name + " of " + type.getSimpleName() + " " + columns;
    }
}
