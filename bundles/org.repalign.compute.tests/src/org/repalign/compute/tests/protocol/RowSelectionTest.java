package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.protocol.RowSelection;

class RowSelectionTest {

    private static final double[][] ROWS = {{1, 0, 2}, {0, 0, 0}, {3, 4, 0}, {0, 5, 6}};

    @Test
    void denseRowsAreCopiedInTheGivenOrder() {
        RowMatrix selected = RowSelection.of(DenseMatrix.of(ROWS), new int[] {3, 0, 1, 2, 2});
        assertTrue(selected instanceof DenseMatrix);
        assertEquals(5, selected.rows());
        assertArrayEquals(ROWS[3], selected.row(0));
        assertArrayEquals(ROWS[0], selected.row(1));
        assertArrayEquals(ROWS[1], selected.row(2));
        assertArrayEquals(ROWS[2], selected.row(3));
        assertArrayEquals(ROWS[2], selected.row(4));
    }

    @Test
    void csrStaysCsr() {
        CsrMatrix csr = CsrMatrix.of(4, 3, new int[] {0, 2, 2, 4, 6}, new int[] {0, 2, 0, 1, 1, 2},
                new double[] {1, 2, 3, 4, 5, 6});
        RowMatrix selected = RowSelection.of(csr, new int[] {2, 1, 3});
        assertTrue(selected instanceof CsrMatrix);
        assertEquals(4, ((CsrMatrix) selected).nonZeros());
        assertArrayEquals(ROWS[2], selected.row(0));
        assertArrayEquals(ROWS[1], selected.row(1));
        assertArrayEquals(ROWS[3], selected.row(2));
    }

    @Test
    void outOfRangeRowFails() {
        assertThrows(IndexOutOfBoundsException.class, () -> RowSelection.of(DenseMatrix.of(ROWS), new int[] {0, 4}));
        assertThrows(IndexOutOfBoundsException.class, () -> RowSelection.of(DenseMatrix.of(ROWS), new int[] {-1}));
    }
}
