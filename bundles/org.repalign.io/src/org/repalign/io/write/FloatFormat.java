package org.repalign.io.write;

/** The floating-point element types the writers produce, little-endian. */
public enum FloatFormat {
    /** IEEE 754 binary32; values given as doubles are rounded to nearest. */
    FLOAT32("<f4", "F32", 4),
    /** IEEE 754 binary64. */
    FLOAT64("<f8", "F64", 8);

    private final String npyDescr;
    private final String safetensorsDtype;
    private final int bytes;

    FloatFormat(String npyDescr, String safetensorsDtype, int bytes) {
        this.npyDescr = npyDescr;
        this.safetensorsDtype = safetensorsDtype;
        this.bytes = bytes;
    }

    /** @return numpy's dtype string, e.g. {@code <f4} */
    public String npyDescr() {
        return npyDescr;
    }

    /** @return the safetensors dtype name, e.g. {@code F32} */
    public String safetensorsDtype() {
        return safetensorsDtype;
    }

    /** @return bytes per element */
    public int bytes() {
        return bytes;
    }
}
