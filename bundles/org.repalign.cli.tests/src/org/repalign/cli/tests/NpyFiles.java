package org.repalign.cli.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small float64 .npy files (2-D, or 3-D layer stacks) byte by byte (format 1.0, little endian, C order). */
final class NpyFiles {

    private NpyFiles() {
    }

    static Path write(Path file, double[][] rows) throws IOException {
        return write(file, rows.length + ", " + rows[0].length, new double[][][] { rows });
    }

    /** Writes a 3-D array [layers, rows, columns]; every layer has the same shape. */
    static Path writeLayers(Path file, double[][][] layers) throws IOException {
        return write(file, layers.length + ", " + layers[0].length + ", " + layers[0][0].length, layers);
    }

    private static Path write(Path file, String shape, double[][][] layers) throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + shape + "), }";
        int padding = (64 - (10 + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        int values = 0;
        for (double[][] layer : layers) {
            values += layer.length * layer[0].length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + values * 8).order(ByteOrder.LITTLE_ENDIAN);
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
}
