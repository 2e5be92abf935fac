package org.repalign.releng.docgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the generated help into {@code bundles/org.repalign.doc}: changed files are replaced,
 * generated pages that no longer have a Markdown file are deleted, images are only added or
 * replaced (the screenshot script may put more there).
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args the repository root
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path bundle = root.resolve("bundles/org.repalign.doc");
        HelpGenerator.Output output = HelpGenerator.generate(root.resolve("docs"));
        int written = 0;
        for (Map.Entry<String, byte[]> file : output.files().entrySet()) {
            Path target = bundle.resolve(file.getKey());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".docgen", ".tmp");
            Files.write(temporary, file.getValue());
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written++;
        }
        int deleted = 0;
        for (Path stale : stalePages(bundle, output)) {
            Files.delete(stale);
            deleted++;
        }
        System.out.println("help pages: " + written + " file(s) written, " + deleted + " deleted, in " + bundle);
        for (String image : output.missingImages()) {
            System.err.println("warning: docs/images/" + image + " does not exist yet (the help view shows a placeholder)");
        }
    }

    /** @return generated pages in the bundle that the generator no longer produces */
    static List<Path> stalePages(Path bundle, HelpGenerator.Output output) throws IOException {
        Path html = bundle.resolve(HelpGenerator.HTML_FOLDER);
        if (!Files.isDirectory(html)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(html)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !output.files().containsKey(bundle.relativize(f).toString().replace('\\', '/')))
                    .toList();
        }
    }
}
