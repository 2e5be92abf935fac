package org.repalign.io.internal;

/**
 * One entry of a zip central directory.
 *
 * @param name              the entry name
 * @param method            compression method: 0 stored, 8 deflated
 * @param compressedSize    bytes stored in the archive
 * @param size              bytes after decompression
 * @param localHeaderOffset file position of the entry's local header
 */
public record ZipEntryInfo(String name, int method, long compressedSize, long size, long localHeaderOffset) {

    /** Compression method 0. */
    public static final int STORED = 0;
    /** Compression method 8. */
    public static final int DEFLATED = 8;
}
