package org.repalign.spark.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.write.CsrNpzWriter;
import org.repalign.io.write.FloatFormat;

/**
 * The SAEs' truncated codes of a run on their way from the driver to the executors: one scipy
 * CSR {@code .npz} per source in the run's scratch folder, in float64 so that an executor reads
 * the driver's values exactly; read once per JVM.
 */
final class SharedCodes {

    private static final Map<Path, RowMatrix> READ = new ConcurrentHashMap<>();

    private SharedCodes() {
    }

    private static Path file(Path scratch, int source) {
        return scratch.resolve("codes-" + source + ".npz");
    }

    static void write(Path scratch, int source, CsrMatrix codes) throws RepresentationFileException {
        CsrNpzWriter.write(file(scratch, source), codes, FloatFormat.FLOAT64);
    }

    static CsrMatrix readCsr(String scratch, int source) throws RepresentationFileException {
        if (read(scratch, source) instanceof CsrMatrix codes) {
            return codes;
        }
        throw new IllegalStateException("the shared codes of source " + source + " are not CSR");
    }

    static RowMatrix read(String scratch, int source) throws RepresentationFileException {
        Path file = file(Path.of(scratch), source);
        RowMatrix cached = READ.get(file);
        if (cached != null) {
            return cached;
        }
        RowMatrix codes = RepresentationReaders.open(file, null).matrix();
        RowMatrix raced = READ.putIfAbsent(file, codes);
        return raced == null ? codes : raced;
    }
}
