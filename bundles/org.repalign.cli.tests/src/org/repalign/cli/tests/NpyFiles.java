package org.repalign.cli.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small float64 .npy files byte by byte (format 1.0, little endian, C order). */
final class NpyFiles {

    private NpyFiles() {
    }

    /** Writes a 3-D array [layers, rows, columns]. */
    static Path write(Path file, double[][][] layers) throws IOException {
        int rows = layers[0].length;
        int columns = layers[0][0].length;
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + layers.length + ", " + rows + ", "
                + columns + "), }";
        int padding = (64 - (10 + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + layers.length * rows * columns * 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
        for (double[][] layer : layers) {
            for (double[] row : layer) {
                for (double value : row) {
                    buffer.putDouble(value);
                }
            }
        }
        Files.write(file, buffer.array());
        return file;
    }

    static Path write(Path file, double[][] rows) throws IOException {
        int columns = rows[0].length;
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows.length + ", " + columns + "), }";
        int padding = (64 - (10 + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + rows.length * columns * 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
        for (double[] row : rows) {
            for (double value : row) {
                buffer.putDouble(value);
            }
        }
        Files.write(file, buffer.array());
        return file;
    }
}
