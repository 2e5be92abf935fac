package org.repalign.analysis.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A result table whose rows are records of a {@link TableSchema}: the analyses add typed rows,
 * the table keeps them and writes them as JSON and CSV by their schema.
 *
 * @param <R> the row type
 */
public final class RecordTable<R extends Record> extends ResultTable {

    private final TableSchema<R> schema;
    private final List<R> records = new ArrayList<>();

    private RecordTable(TableSchema<R> schema) {
        super(schema.name(), schema.inReport(), schema.columns());
        this.schema = schema;
    }

    /**
     * @param schema the table's schema
     * @param <R>    the row type
     * @return an empty table
     */
    public static <R extends Record> RecordTable<R> of(TableSchema<R> schema) {
        return new RecordTable<>(schema);
    }

    /** @return the schema */
    public TableSchema<R> schema() {
        return schema;
    }

    /**
     * @param row a row
     * @return this table
     */
    public RecordTable<R> add(R row) {
        addValues(schema.values(row));
        records.add(row);
        return this;
    }

    /**
     * Appends a row given as values; prefer {@link #add(Record)}.
     *
     * @param values one value per column, of the component types
     * @return this table
     */
    @Override
    public RecordTable<R> add(Object... values) {
        return add(schema.create(values));
    }

    /** @return the rows, in the order they were added */
    public List<R> rows() {
        return Collections.unmodifiableList(records);
    }
}
