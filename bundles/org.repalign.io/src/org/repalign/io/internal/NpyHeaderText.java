package org.repalign.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds an {@code .npy} version 1.0 header byte for byte as numpy's {@code format.write_array}
 * does: the magic {@code \x93NUMPY}, version {@code 1 0}, a little-endian {@code uint16} length,
 * then the dict literal {@code {'descr': …, 'fortran_order': False, 'shape': (…), }} padded with
 * spaces and a final newline so that the data starts at a multiple of 64 bytes.
 */
public final class NpyHeaderText {

    private static final int ALIGN = 64;
    private static final int PREFIX = 10;

    private NpyHeaderText() {
    }

    /**
     * @param descr numpy's dtype string, e.g. {@code <f4} or {@code |S3}
     * @param shape the dimensions, C order
     * @return the complete header, whose length is a multiple of 64
     */
    public static byte[] v1(String descr, long... shape) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + tuple(shape) + ", }";
        int textLength = dict.length() + 1;
        int pad = ALIGN - (PREFIX + textLength) % ALIGN;
        String text = dict + " ".repeat(pad) + "\n";
        if (text.length() > 0xffff) {
            throw new IllegalArgumentException("npy header too long for format 1.0");
        }
        byte[] body = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] header = new byte[PREFIX + body.length];
        header[0] = (byte) 0x93;
        System.arraycopy("NUMPY".getBytes(StandardCharsets.US_ASCII), 0, header, 1, 5);
        header[6] = 1;
        header[7] = 0;
        header[8] = (byte) body.length;
        header[9] = (byte) (body.length >>> 8);
        System.arraycopy(body, 0, header, PREFIX, body.length);
        return header;
    }

    private static String tuple(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
