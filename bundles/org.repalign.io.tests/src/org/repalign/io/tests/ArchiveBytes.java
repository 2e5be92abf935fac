package org.repalign.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds {@code .npz} archives and {@code .safetensors} files by hand for tests. */
final class ArchiveBytes {

    private ArchiveBytes() {
    }

    /**
     * @param entries  entry name to bytes
     * @param deflated compress (np.savez_compressed) or store (np.savez)
     */
    static byte[] zip(Map<String, byte[]> entries, boolean deflated) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (deflated) {
                    entry.setMethod(ZipEntry.DEFLATED);
                } else {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The arrays scipy.sparse.save_npz writes for a CSR matrix. */
    static Map<String, byte[]> scipyCsr(String format, long rows, long columns, long[] indptr, long[] indices,
            double[] data, int indexBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("indices.npy", NpyBytes.integerArray(indices, indexBytes));
        entries.put("indptr.npy", NpyBytes.integerArray(indptr, indexBytes));
        byte[] formatBytes = format.getBytes(StandardCharsets.US_ASCII);
        entries.put("format.npy", NpyBytes.withHeader(1, NpyBytes.dict("|S" + formatBytes.length, false, "()"),
                formatBytes));
        entries.put("shape.npy", NpyBytes.integerArray(new long[] { rows, columns }, 8));
        ByteBuffer values = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : data) {
            values.putFloat((float) v);
        }
        entries.put("data.npy", NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(" + data.length + ",)"),
                values.array()));
        return entries;
    }

    /**
     * @param header the JSON header text
     * @param data   the data buffer
     */
    static byte[] safetensors(String header, byte[] data) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(8 + json.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(json.length).put(json).put(data);
        return out.array();
    }

    /** A header entry {"dtype", "shape", "data_offsets"}. */
    static String tensor(String name, String dtype, long rows, long columns, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":[" + rows + "," + columns
                + "],\"data_offsets\":[" + begin + "," + end + "]}";
    }
}
