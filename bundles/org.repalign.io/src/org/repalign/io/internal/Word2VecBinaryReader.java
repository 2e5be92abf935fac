package org.repalign.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.repalign.io.Representation;

/**
 * Reads the word2vec binary format: an ASCII header line {@code <count> <dimensions>}, then per
 * word its UTF-8 bytes, a space, {@code dimensions} little-endian float32 values and usually a
 * newline.
 */
public final class Word2VecBinaryReader extends FileFormatReader {

    private static final int MAX_WORD_BYTES = 1 << 16;

    /** Creates the reader. */
    public Word2VecBinaryReader() {
        super("word2vec-binary", List.of(".bin"));
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                ValueSpill values = new ValueSpill(ElementType.FLOAT32)) {
            byte[] headerBytes = readUntil(in, '\n', 64);
            String header = headerBytes == null ? "" : new String(headerBytes, StandardCharsets.US_ASCII).strip();
            String[] parts = header.split("\\s+");
            long count;
            long dimensions;
            try {
                if (headerBytes == null || parts.length != 2) {
                    throw new NumberFormatException();
                }
                count = Long.parseLong(parts[0]);
                dimensions = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new MalformedContentException("the first line should be '<count> <dimensions>', as in the "
                        + "word2vec binary format");
            }
            if (count <= 0 || dimensions <= 0 || count > Integer.MAX_VALUE || dimensions > Integer.MAX_VALUE) {
                throw new MalformedContentException("header declares " + count + " words of " + dimensions
                        + " dimensions, outside the supported range 1.." + Integer.MAX_VALUE);
            }
            double minimum = (double) count * (dimensions * 4 + 2);
            long body = size - headerBytes.length - 1;
            if (minimum > body) {
                throw new MalformedContentException("header declares " + count + " words of " + dimensions
                        + " dimensions (at least " + DataSize.format(minimum) + ") but the file holds " + body
                        + " bytes after the header");
            }
            ItemNameCollector names = new ItemNameCollector("word");
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int dim = (int) dimensions;
            byte[] vector = new byte[dim * 4];
            ByteBuffer vectorBuffer = ByteBuffer.wrap(vector).order(ByteOrder.LITTLE_ENDIAN);
            for (long w = 1; w <= count; w++) {
                byte[] wordBytes = readWord(in, w, count);
                String word;
                try {
                    word = decoder.reset().decode(ByteBuffer.wrap(wordBytes)).toString();
                } catch (CharacterCodingException e) {
                    throw new MalformedContentException("word " + w + " is not valid UTF-8");
                }
                if (in.readNBytes(vector, 0, vector.length) < vector.length) {
                    throw new MalformedContentException("ends inside the vector of word " + w + " ('" + word + "') of "
                            + count + "; is it truncated?");
                }
                for (int c = 0; c < dim; c++) {
                    values.add(vectorBuffer.getFloat(c * 4));
                }
                names.add(word, w);
            }
            return new Representation(file, formatName(), values.finish((int) count, dim), names.names());
        }
    }

    private static byte[] readWord(InputStream in, long index, long count) throws MalformedContentException, IOException {
        int b = in.read();
        while (b == '\n' || b == '\r') {
            b = in.read();
        }
        byte[] word = new byte[32];
        int length = 0;
        while (b != ' ') {
            if (b < 0) {
                throw new MalformedContentException("ends at word " + index + " of " + count + "; is it truncated?");
            }
            if (length == MAX_WORD_BYTES) {
                throw new MalformedContentException("word " + index + " is longer than " + MAX_WORD_BYTES
                        + " bytes; is the dimension in the header right?");
            }
            if (length == word.length) {
                word = Arrays.copyOf(word, length * 2);
            }
            word[length++] = (byte) b;
            b = in.read();
        }
        return Arrays.copyOf(word, length);
    }

    private static byte[] readUntil(InputStream in, char end, int max) throws IOException {
        byte[] out = new byte[max];
        for (int i = 0; i < max; i++) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == end) {
                return Arrays.copyOf(out, i);
            }
            out[i] = (byte) b;
        }
        return null;
    }
}
