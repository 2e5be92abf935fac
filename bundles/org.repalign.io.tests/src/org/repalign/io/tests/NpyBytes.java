package org.repalign.io.tests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds {@code .npy} bytes by hand for tests: magic, version, header length, a padded header
 * dict, then the values, independently of any reader under test.
 */
final class NpyBytes {

    private NpyBytes() {
    }

    /**
     * @param major  format version 1, 2 or 3
     * @param header the dict literal, unpadded
     * @param data   the raw data
     */
    static byte[] withHeader(int major, String header, byte[] data) {
        int lengthBytes = major == 1 ? 2 : 4;
        int prefix = 6 + 2 + lengthBytes;
        byte[] text = header.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int total = prefix + text.length + 1;
        int padding = (64 - total % 64) % 64;
        int headerLength = text.length + padding + 1;
        ByteBuffer out = ByteBuffer.allocate(prefix + headerLength + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) headerLength);
        } else {
            out.putInt(headerLength);
        }
        out.put(text);
        for (int i = 0; i < padding; i++) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n');
        out.put(data);
        return out.array();
    }

    /** A header dict as numpy writes it. */
    static String dict(String descr, boolean fortran, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape
                + ", }";
    }

    /**
     * Encodes a row-major matrix in the given storage.
     *
     * @param rows    row-major values
     * @param size    bytes per value: 2 (float16), 4 or 8
     * @param order   byte order
     * @param fortran write column-major
     */
    static byte[] floats(double[][] rows, int size, ByteOrder order, boolean fortran) {
        int r = rows.length;
        int c = rows[0].length;
        ByteBuffer out = ByteBuffer.allocate(r * c * size).order(order);
        for (int i = 0; i < r * c; i++) {
            int row = fortran ? i % r : i / c;
            int column = fortran ? i / r : i % c;
            double v = rows[row][column];
            switch (size) {
                case 2 -> out.putShort(Float.floatToFloat16((float) v));
                case 4 -> out.putFloat((float) v);
                default -> out.putDouble(v);
            }
        }
        return out.array();
    }

    /** Little-endian bfloat16: the upper 16 bits of each float32. */
    static byte[] bfloat16(double[][] rows) {
        ByteBuffer out = ByteBuffer.allocate(rows.length * rows[0].length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double v : row) {
                out.putShort((short) (Float.floatToRawIntBits((float) v) >>> 16));
            }
        }
        return out.array();
    }

    /** Little-endian int32 or int64 values. */
    static byte[] integers(long[] values, int size) {
        ByteBuffer out = ByteBuffer.allocate(values.length * size).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            if (size == 4) {
                out.putInt((int) v);
            } else {
                out.putLong(v);
            }
        }
        return out.array();
    }

    /** A 1-D little-endian integer array as a complete .npy. */
    static byte[] integerArray(long[] values, int size) {
        return withHeader(1, dict("<i" + size, false, "(" + values.length + ",)"), integers(values, size));
    }

    /** A 2-D little-endian float32 C-order array as a complete .npy. */
    static byte[] float32Matrix(double[][] rows) {
        return withHeader(1, dict("<f4", false, "(" + rows.length + ", " + rows[0].length + ")"),
                floats(rows, 4, ByteOrder.LITTLE_ENDIAN, false));
    }

    /** Concatenates byte arrays. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
