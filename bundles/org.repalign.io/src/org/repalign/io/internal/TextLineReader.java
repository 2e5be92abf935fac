package org.repalign.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 text line by line, strictly: invalid UTF-8 is reported with the number of the
 * line that holds it, and a line longer than a limit (a binary file read as text, say) is
 * reported instead of filling the heap. Lines end at {@code \n}; a trailing {@code \r} and a
 * leading byte order mark are removed.
 */
public final class TextLineReader implements Closeable {

    /** The longest line accepted, in bytes. */
    public static final int MAX_LINE_BYTES = 64 << 20;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private long lineNumber;
    private boolean endOfInput;

    /** @param in the bytes; closed with this reader */
    public TextLineReader(InputStream in) {
        this.in = in;
    }

    /**
     * @return the next line without its terminator, or {@code null} at the end
     * @throws MalformedContentException when the line is not UTF-8 or is too long
     * @throws IOException               on read failure
     */
    public String next() throws MalformedContentException, IOException {
        if (endOfInput) {
            return null;
        }
        int length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    endOfInput = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if ((long) length + chunk > MAX_LINE_BYTES) {
                throw new MalformedContentException("line " + (lineNumber + 1) + " is longer than "
                        + DataSize.format(MAX_LINE_BYTES) + "; is this a text file?");
            }
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(length + chunk, Math.min(MAX_LINE_BYTES, line.length * 2)));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            if (position < limit) {
                position++;
                break;
            }
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        String text;
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, length));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new MalformedContentException("line " + lineNumber + " is not valid UTF-8");
        }
        if (lineNumber == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text;
    }

    /** @return the number of the line last returned, counting from 1 */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
