package org.repalign.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.repalign.compute.protocol.RowSubsets;

/**
 * Writes the row subsets of an evaluation for audit: a comment line with the stream seed and the
 * row order (file order, or the aligned item order), then one line per subsample with its
 * 0-based row indices, tab-separated. The file is written to a temporary sibling and moved into
 * place, so it is never half-written.
 */
final class SubsetsFile {

    private SubsetsFile() {
    }

    static void write(Path file, RowSubsets subsets, List<String> items) {
        StringBuilder text = new StringBuilder();
        text.append("# rows ").append(subsets.rows()).append(", stream seed ").append(subsets.streamSeed())
                .append(", ").append(subsets.wholeMatrix() ? "whole matrix" : subsets.count() + " subsamples")
                .append(items == null ? ", rows in file order" : ", rows in aligned item order").append('\n');
        for (int s = 0; s < subsets.count(); s++) {
            int[] rows = subsets.subset(s);
            for (int i = 0; i < rows.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text.append(rows[i]);
            }
            text.append('\n');
        }
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the subsets file: " + e.getMessage(), e);
        }
    }
}
