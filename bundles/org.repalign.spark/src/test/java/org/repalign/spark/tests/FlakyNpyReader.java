package org.repalign.spark.tests;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.TaskContext;
import org.repalign.compute.data.RowMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;
import org.repalign.io.RepresentationReaders;

/**
 * A test reader of {@code .flaky} files (.npy content) whose rows fail to read in the first
 * attempt of every Spark task on partition 1: a task that fails once and is retried.
 */
public final class FlakyNpyReader implements RepresentationReader {

    /** Failures thrown so far in this JVM. */
    public static final AtomicInteger FAILURES = new AtomicInteger();

    @Override
    public String formatName() {
        return "flaky-npy";
    }

    @Override
    public boolean supports(Path file) {
        return file.getFileName().toString().endsWith(".flaky");
    }

    @Override
    public Representation read(Path file, String tensorName) throws RepresentationFileException {
        Representation npy = RepresentationReaders.read(RepresentationReaders.named("npy").orElseThrow(), file,
                tensorName);
        RowMatrix rows = npy.matrix();
        RowMatrix flaky = new RowMatrix() {
            @Override
            public int rows() {
                return rows.rows();
            }

            @Override
            public int columns() {
                return rows.columns();
            }

            @Override
            public void readRows(int firstRow, int rowCount, double[] target, int offset) {
                TaskContext task = TaskContext.get();
                if (task != null && task.partitionId() == 1 && task.attemptNumber() == 0) {
                    FAILURES.incrementAndGet();
                    throw new IllegalStateException("injected failure of the first attempt of partition 1");
                }
                rows.readRows(firstRow, rowCount, target, offset);
            }
        };
        return new Representation(file, formatName(), flaky, null);
    }
}
