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

    @Test
    void wholeRowsOfFloat32AndFloat64InEitherByteOrderFromAnOddFileOffset() throws IOException {
        double[][] values = matrix(9, 6);
        for (ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN }) {
            for (int size : new int[] { 4, 8 }) {
                byte[] data = NpyBytes.floats(values, size, order, false);
                byte[] bytes = new byte[3 + data.length]; // the values start at byte 3, not on a value boundary
                System.arraycopy(data, 0, bytes, 3, data.length);
                Path file = dir.resolve("odd" + size + order + ".bin");
                Files.write(file, bytes);
                ElementType type = size == 4 ? ElementType.FLOAT32 : ElementType.FLOAT64;
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    // windows of two rows, and one window for the whole matrix
                    for (long window : new long[] { 2L * 6 * size, WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES }) {
                        WindowedMatrix mapped = WindowedMatrix.map(channel, 3, 9, 6, type, order, false, window);
                        assertAllRows(values, mapped);
                        // a block of rows 4..6 into the middle of a larger array
                        double[] target = new double[5 + 3 * 6 + 5];
                        mapped.readRows(4, 3, target, 5);
                        for (int r = 0; r < 3; r++) {
                            for (int c = 0; c < 6; c++) {
                                assertEquals(values[4 + r][c], target[5 + r * 6 + c], 0.0, order + " " + size);
                            }
                        }
                        assertEquals(0.0, target[4], 0.0);
                        assertEquals(0.0, target[5 + 18], 0.0);
                    }
                }
            }
        }
    }
}
