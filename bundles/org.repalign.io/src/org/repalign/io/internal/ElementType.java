package org.repalign.io.internal;

import java.nio.ByteBuffer;

/** The floating-point storage types the readers accept, each converted to {@code double}. */
public enum ElementType {
    /** IEEE 754 binary16. */
    FLOAT16(2, "float16"),
    /** bfloat16: the upper half of an IEEE 754 binary32. */
    BFLOAT16(2, "bfloat16"),
    /** IEEE 754 binary32. */
    FLOAT32(4, "float32"),
    /** IEEE 754 binary64. */
    FLOAT64(8, "float64");

    private final int bytes;
    private final String label;

    ElementType(int bytes, String label) {
        this.bytes = bytes;
        this.label = label;
    }

    /** @return the size of one value in bytes */
    public int bytes() {
        return bytes;
    }

    /** @return a readable name, e.g. {@code float32} */
    public String label() {
        return label;
    }

    /**
     * Reads one value at an absolute position, in the buffer's byte order.
     *
     * @param buffer   the buffer
     * @param position byte position
     * @return the value as a double
     */
    public double read(ByteBuffer buffer, int position) {
        return switch (this) {
            case FLOAT16 -> Float.float16ToFloat(buffer.getShort(position));
            case BFLOAT16 -> Float.intBitsToFloat((buffer.getShort(position) & 0xffff) << 16);
            case FLOAT32 -> buffer.getFloat(position);
            case FLOAT64 -> buffer.getDouble(position);
        };
    }
}
