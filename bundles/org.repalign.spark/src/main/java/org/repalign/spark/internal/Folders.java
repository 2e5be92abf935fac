package org.repalign.spark.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the folders the jobs make for themselves (attempts, scratch), and adding up sums. */
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

    /**
     * Adds column sums of two partial results.
     *
     * @param target the sums so far, or {@code null}
     * @param values further sums, or {@code null}
     * @return the total, {@code target} itself when it was not {@code null}
     */
    static double[] add(double[] target, double[] values) {
        if (target == null) {
            return values == null ? null : values.clone();
        }
        if (values != null) {
            for (int i = 0; i < target.length; i++) {
                target[i] += values[i];
            }
        }
        return target;
    }
}
