package org.repalign.releng.docgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pages of the help and their order, read from {@code docs/help-toc.txt}.
 *
 * <p>One Markdown file per line, relative to {@code docs/}; two spaces of indentation per level
 * nest a page under the page above it; {@code #} starts a comment; a line {@code -file.md} keeps
 * that file out of the help. Markdown files under {@code docs/} that the list neither names nor
 * excludes are appended at the top level in alphabetical order, so a new page shows up without
 * editing the list.
 */
public final class HelpTocList {

    /** One page of the help: its file relative to {@code docs/} and its nesting depth. */
    public record Entry(String file, int depth) {
    }

    private final List<Entry> entries;

    private HelpTocList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return the pages in order */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads the list and adds the unlisted pages.
     *
     * @param docs the {@code docs/} folder
     * @return the pages of the help
     * @throws IOException when a file cannot be read, or with a message naming the list and line
     *         when an entry names no file or is nested too deep
     */
    public static HelpTocList read(Path docs) throws IOException {
        Path listFile = docs.resolve("help-toc.txt");
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(listFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String where = listFile + " line " + (i + 1);
            if (trimmed.startsWith("-")) {
                seen.add(trimmed.substring(1).strip());
                continue;
            }
            int indent = line.indexOf(trimmed.charAt(0));
            if (indent % 2 != 0) {
                throw new IOException(where + ": indent by two spaces per level");
            }
            int depth = indent / 2;
            int previousDepth = entries.isEmpty() ? -1 : entries.get(entries.size() - 1).depth();
            if (depth > previousDepth + 1) {
                throw new IOException(where + ": " + trimmed + " is nested under no page");
            }
            if (!Files.isRegularFile(docs.resolve(trimmed))) {
                throw new IOException(where + ": no file " + trimmed + " in " + docs);
            }
            if (!seen.add(trimmed)) {
                throw new IOException(where + ": " + trimmed + " is listed twice");
            }
            entries.add(new Entry(trimmed, depth));
        }
        for (String file : markdownFiles(docs)) {
            if (!seen.contains(file)) {
                entries.add(new Entry(file, 0));
            }
        }
        return new HelpTocList(entries);
    }

    private static List<String> markdownFiles(Path docs) throws IOException {
        try (Stream<Path> files = Files.walk(docs)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .map(f -> docs.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
