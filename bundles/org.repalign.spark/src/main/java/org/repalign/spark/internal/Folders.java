package org.repalign.spark.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the folders the jobs make for themselves (attempts, scratch). */
final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and everything in it; nothing when it does not exist.
     *
     * @param folder the folder
     * @throws IOException when a file cannot be deleted
     */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
