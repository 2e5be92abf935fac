package org.repalign.io.internal;

import java.math.BigInteger;

/**
 * The validated shape of a dense matrix about to be read: rows and columns that fit the
 * {@link org.repalign.compute.data.RowMatrix} contract and data that is really present.
 *
 * @param rows    rows
 * @param columns columns
 */
public record DenseShape(int rows, int columns) {

    /**
     * Checks a declared shape against the bytes that hold its data, before anything is mapped or
     * allocated.
     *
     * @param rows           declared rows
     * @param columns        declared columns
     * @param type           storage type
     * @param availableBytes bytes of data actually present
     * @param declaredBy     who declares the shape, e.g. {@code header} or {@code tensor 'emb'}
     * @param holder         what holds the data, e.g. {@code the file} or {@code the entry}
     * @return the shape
     * @throws MalformedContentException when the data is missing, in excess, or too large
     */
    public static DenseShape check(long rows, long columns, ElementType type, long availableBytes, String declaredBy,
            String holder) throws MalformedContentException {
        BigInteger needed = BigInteger.valueOf(rows).multiply(BigInteger.valueOf(columns))
                .multiply(BigInteger.valueOf(type.bytes()));
        String declared = declaredBy + " declares " + rows + " rows x " + columns + " columns of " + type.label()
                + " (" + DataSize.format(needed.doubleValue()) + ")";
        int comparison = needed.compareTo(BigInteger.valueOf(availableBytes));
        if (comparison > 0) {
            throw new MalformedContentException(declared + " but " + holder + " holds " + availableBytes
                    + " bytes of data");
        }
        if (comparison < 0) {
            throw new MalformedContentException(declared + " but " + holder + " holds " + availableBytes
                    + " bytes of data, " + BigInteger.valueOf(availableBytes).subtract(needed) + " more than that");
        }
        if (rows > Integer.MAX_VALUE || columns > Integer.MAX_VALUE) {
            throw new MalformedContentException(declared + ", more than the supported " + Integer.MAX_VALUE
                    + " rows or columns");
        }
        return new DenseShape((int) rows, (int) columns);
    }
}
