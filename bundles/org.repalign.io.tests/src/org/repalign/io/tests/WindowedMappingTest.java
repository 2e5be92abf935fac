package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.RowMatrix;
import org.repalign.io.internal.ElementType;
import org.repalign.io.internal.NpyReader;
import org.repalign.io.internal.SafetensorsReader;
import org.repalign.io.internal.WindowedMatrix;

/** Maps with tiny windows so that the matrix spans many windows. */
class WindowedMappingTest {

    @TempDir
    Path dir;

    private static double[][] matrix(int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r][c] = r * 100 + c + 0.25;
            }
        }
        return values;
    }

    private static void assertAllRows(double[][] expected, RowMatrix actual) {
        assertEquals(expected.length, actual.rows());
        double[] block = new double[expected.length * expected[0].length];
        actual.readRows(0, expected.length, block, 0);
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], java.util.Arrays.copyOfRange(block, r * expected[0].length,
                    (r + 1) * expected[0].length), 0.0, "row " + r);
            assertArrayEquals(expected[r], actual.row(r), 0.0, "row " + r);
        }
    }

    @Test
    void rowAlignedWindowsKeepRowsWhole() throws IOException {
        double[][] values = matrix(37, 5);
        Path file = dir.resolve("rows.npy");
        byte[] bytes = NpyBytes.withHeader(1, NpyBytes.dict("<f8", false, "(37, 5)"),
                NpyBytes.floats(values, 8, ByteOrder.LITTLE_ENDIAN, false));
        Files.write(file, bytes);
        // 100-byte windows hold two 40-byte rows each
        assertAllRows(values, new NpyReader(100).read(file, null).matrix());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            WindowedMatrix mapped = WindowedMatrix.map(channel, bytes.length - 37 * 5 * 8, 37, 5, ElementType.FLOAT64,
                    ByteOrder.LITTLE_ENDIAN, false, 100);
            assertEquals(19, mapped.windowCount());
            assertAllRows(values, mapped);
        }
    }

    @Test
    void windowsSmallerThanARowAndColumnMajorData() throws IOException {
        double[][] values = matrix(23, 7);
        for (boolean fortran : new boolean[] { false, true }) {
            Path file = dir.resolve("small" + fortran + ".npy");
            Files.write(file, NpyBytes.withHeader(2, NpyBytes.dict(">f4", fortran, "(23, 7)"),
                    NpyBytes.floats(values, 4, ByteOrder.BIG_ENDIAN, fortran)));
            // 12-byte windows: three values each, rows of 28 bytes span windows by value
            assertAllRows(values, new NpyReader(12).read(file, null).matrix());
        }
    }

    @Test
    void safetensorsMappedInWindows() throws IOException {
        double[][] values = matrix(11, 3);
        byte[] data = NpyBytes.floats(values, 2, ByteOrder.LITTLE_ENDIAN, false);
        Path file = dir.resolve("w.safetensors");
        Files.write(file, ArchiveBytes.safetensors("{" + ArchiveBytes.tensor("x", "F16", 11, 3, 0, data.length) + "}",
                data));
        double[][] expected = new double[11][3];
        for (int r = 0; r < 11; r++) {
            for (int c = 0; c < 3; c++) {
                expected[r][c] = Float.float16ToFloat(Float.floatToFloat16((float) values[r][c]));
            }
        }
        assertAllRows(expected, new SafetensorsReader(6).read(file, null).matrix());
    }
}
