package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.results.TableSchema;

class TableSchemaTest {

    /** A row for the test. */
    public record PairRow(String a, String b, double nullMean, int latentsA, double r2) {
    }

    /** A record whose two components collide in snake case. */
    public record Colliding(double nullMean, double null_mean) {
    }

    @Test
    void columnsAreTheComponentsInSnakeCase() {
        TableSchema<PairRow> schema = TableSchema.of("rows", PairRow.class);
        assertEquals(List.of("a", "b", "null_mean", "latents_a", "r2"), schema.columns());
        assertTrue(schema.inReport());
        assertFalse(TableSchema.fileOnly("null", PairRow.class).inReport());
    }

    @Test
    void valuesAndCreateAreInverse() {
        TableSchema<PairRow> schema = TableSchema.of("rows", PairRow.class);
        PairRow row = new PairRow("x", "y", 0.25, 7, Double.NaN);
        Object[] values = schema.values(row);
        assertArrayEquals(new Object[] {"x", "y", 0.25, 7, Double.NaN}, values);
        assertEquals(row, schema.create(values));
    }

    @Test
    void refusesBadNamesAndCollidingColumns() {
        assertThrows(IllegalArgumentException.class, () -> TableSchema.of("two words", PairRow.class));
        assertThrows(IllegalArgumentException.class, () -> TableSchema.of("rows", Colliding.class));
        assertThrows(IllegalArgumentException.class, () -> TableSchema.of("rows", PairRow.class).create("x"));
    }
}
