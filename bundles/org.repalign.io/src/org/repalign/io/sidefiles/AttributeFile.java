package org.repalign.io.sidefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.MalformedContentException;
import org.repalign.io.internal.TextLineReader;

/**
 * Item attributes (categories, labels): UTF-8 text with lines {@code item<TAB>attribute}; an
 * item may have several lines, one per attribute. Blank lines are ignored.
 */
public final class AttributeFile {

    private AttributeFile() {
    }

    /**
     * @param file the file
     * @return item to its attributes, both in file order
     * @throws RepresentationFileException naming the file and the offending line
     */
    public static Map<String, Set<String>> read(Path file) throws RepresentationFileException {
        FileChecks.requireReadableFile(file);
        try (TextLineReader lines = new TextLineReader(Files.newInputStream(file))) {
            Map<String, Set<String>> attributes = new LinkedHashMap<>();
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new MalformedContentException("line " + lines.lineNumber()
                            + " should be 'item<TAB>attribute' with exactly one tab and both parts non-empty");
                }
                attributes.computeIfAbsent(line.substring(0, tab), k -> new LinkedHashSet<>())
                        .add(line.substring(tab + 1));
            }
            Map<String, Set<String>> frozen = new LinkedHashMap<>();
            attributes.forEach((item, set) -> frozen.put(item, Collections.unmodifiableSet(set)));
            return Collections.unmodifiableMap(frozen);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }
}
