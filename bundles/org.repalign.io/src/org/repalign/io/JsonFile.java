package org.repalign.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.JsonParser;
import org.repalign.io.internal.MalformedContentException;

/**
 * Reads a UTF-8 JSON (RFC 8259) file into plain Java values: objects become ordered
 * {@link java.util.Map}s, arrays {@link java.util.List}s, integers
 * {@link java.math.BigInteger}s, other numbers {@link java.math.BigDecimal}s, {@code null}
 * stays {@code null}. Failures are {@link RepresentationFileException}s whose one-line message
 * names the file and the problem.
 */
public final class JsonFile {

    private JsonFile() {
    }

    /**
     * @param file a JSON file
     * @return its value
     * @throws RepresentationFileException when the file is missing, unreadable, not UTF-8 or not JSON
     */
    public static Object read(Path file) throws RepresentationFileException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new RepresentationFileException(file, "no such file");
        } catch (CharacterCodingException e) {
            throw new RepresentationFileException(file, "not UTF-8 text");
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
        try {
            return JsonParser.parse(text);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, "not valid JSON: " + e.getMessage());
        }
    }
}
