package org.repalign.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header of an {@code .npy} array. Layout (numpy's {@code format} module): the magic
 * {@code \x93NUMPY}, major and minor version bytes, the header length as a little-endian
 * {@code uint16} (version 1.0) or {@code uint32} (2.0 and 3.0), then that many bytes of a
 * Python dict literal with keys {@code descr}, {@code fortran_order} and {@code shape}, encoded
 * in latin-1 (1.0, 2.0) or UTF-8 (3.0). The data follows immediately.
 *
 * @param version     e.g. {@code 1.0}
 * @param descr       the dtype string, e.g. {@code <f4}
 * @param kind        numpy's kind character: {@code f}, {@code i}, {@code u}, {@code c}, ...
 * @param itemSize    bytes per element
 * @param order       byte order of the elements
 * @param fortranOrder whether the data is column-major
 * @param shape       the dimensions
 * @param dataOffset  bytes from the start of the array to its data
 */
public record NpyHeader(String version, String descr, char kind, int itemSize, ByteOrder order,
        boolean fortranOrder, long[] shape, long dataOffset) {

    private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };
    private static final Pattern TYPE_STRING = Pattern.compile("([<>|=]?)([a-zA-Z])(\\d*)");

    /**
     * Reads and parses the header from the start of an array.
     *
     * @param in        positioned at the magic; left positioned at the data
     * @param available bytes of the array in its container, to reject impossible header lengths
     * @return the header
     * @throws MalformedContentException when it is not a valid header
     * @throws IOException               on read failure
     */
    public static NpyHeader read(InputStream in, long available) throws MalformedContentException, IOException {
        byte[] prefix = in.readNBytes(8);
        if (prefix.length < 8 || !Arrays.equals(prefix, 0, 6, MAGIC, 0, 6)) {
            throw new MalformedContentException("not an .npy array: it does not start with the \\x93NUMPY magic");
        }
        int major = prefix[6] & 0xff;
        int minor = prefix[7] & 0xff;
        String version = major + "." + minor;
        long headerLength;
        int lengthBytes;
        if (major == 1) {
            byte[] b = in.readNBytes(2);
            if (b.length < 2) {
                throw new MalformedContentException("truncated .npy header");
            }
            headerLength = (b[0] & 0xff) | (b[1] & 0xff) << 8;
            lengthBytes = 2;
        } else if (major == 2 || major == 3) {
            byte[] b = in.readNBytes(4);
            if (b.length < 4) {
                throw new MalformedContentException("truncated .npy header");
            }
            headerLength = (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
            lengthBytes = 4;
        } else {
            throw new MalformedContentException("unsupported .npy format version " + version
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        long dataOffset = 8 + lengthBytes + headerLength;
        if (dataOffset > available) {
            throw new MalformedContentException("the .npy header claims " + headerLength
                    + " bytes but only " + Math.max(0, available - 8 - lengthBytes) + " bytes follow");
        }
        byte[] headerBytes = in.readNBytes((int) headerLength);
        if (headerBytes.length < headerLength) {
            throw new MalformedContentException("truncated .npy header: expected " + headerLength + " bytes, found "
                    + headerBytes.length);
        }
        String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return parse(version, text, dataOffset);
    }

    private static NpyHeader parse(String version, String text, long dataOffset) throws MalformedContentException {
        Object literal;
        try {
            literal = PythonLiteralParser.parse(text);
        } catch (MalformedContentException e) {
            throw new MalformedContentException("the .npy header is not a Python dict literal: " + e.getMessage());
        }
        if (!(literal instanceof Map<?, ?> dict)) {
            throw new MalformedContentException("the .npy header is not a dict");
        }
        Object descrValue = dict.get("descr");
        Object fortranValue = dict.get("fortran_order");
        Object shapeValue = dict.get("shape");
        if (descrValue instanceof List<?> fields) {
            throw new MalformedContentException("structured dtype " + fields + " is not supported");
        }
        if (!(descrValue instanceof String descr)) {
            throw new MalformedContentException("the .npy header has no 'descr' string");
        }
        if (!(fortranValue instanceof Boolean fortran)) {
            throw new MalformedContentException("the .npy header has no 'fortran_order' True/False");
        }
        if (!(shapeValue instanceof List<?> dims)) {
            throw new MalformedContentException("the .npy header has no 'shape' tuple");
        }
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(dims.get(i) instanceof BigInteger dim) || dim.signum() < 0 || dim.bitLength() > 62) {
                throw new MalformedContentException("the .npy shape " + dims + " has an invalid dimension");
            }
            shape[i] = dim.longValueExact();
        }
        Matcher m = TYPE_STRING.matcher(descr);
        if (!m.matches()) {
            throw new MalformedContentException("dtype '" + descr + "' is not supported");
        }
        ByteOrder order = ">".equals(m.group(1)) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = m.group(2).charAt(0);
        int size = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
        if (m.group(3).length() > 6) {
            throw new MalformedContentException("dtype '" + descr + "' is not supported");
        }
        return new NpyHeader(version, descr, kind, size, order, fortran, shape, dataOffset);
    }

    /**
     * @return the element type of a float array
     * @throws MalformedContentException naming the dtype when it is not float16, float32 or
     *                                   float64
     */
    public ElementType floatType() throws MalformedContentException {
        if (kind == 'f') {
            switch (itemSize) {
                case 2:
                    return ElementType.FLOAT16;
                case 4:
                    return ElementType.FLOAT32;
                case 8:
                    return ElementType.FLOAT64;
                default:
                    break;
            }
        }
        throw new MalformedContentException("dtype '" + descr + "' (" + describeDtype()
                + ") is not supported; expected float16, float32 or float64");
    }

    /** @return a readable description of the dtype, e.g. {@code 64-bit signed integer} */
    public String describeDtype() {
        String bits = itemSize > 0 ? (itemSize * 8) + "-bit " : "";
        return switch (kind) {
            case 'f' -> bits + "float";
            case 'i' -> bits + "signed integer";
            case 'u' -> bits + "unsigned integer";
            case 'c' -> bits + "complex";
            case 'b', '?' -> "boolean";
            case 'O' -> "Python objects";
            case 'S', 'a' -> "byte string";
            case 'U' -> "unicode string";
            case 'V' -> "raw bytes";
            case 'M' -> "datetime";
            case 'm' -> "timedelta";
            default -> "unknown kind '" + kind + "'";
        };
    }

    /**
     * @return the number of elements
     * @throws MalformedContentException when it does not fit a long
     */
    public long elementCount() throws MalformedContentException {
        BigInteger count = BigInteger.ONE;
        for (long d : shape) {
            count = count.multiply(BigInteger.valueOf(d));
        }
        if (count.bitLength() > 62) {
            throw new MalformedContentException("shape " + shapeText() + " holds more elements than can be addressed");
        }
        return count.longValue();
    }

    /** @return the shape as numpy prints it, e.g. {@code (3, 4)} */
    public String shapeText() {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
