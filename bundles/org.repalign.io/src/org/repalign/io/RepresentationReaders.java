package org.repalign.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;
import org.repalign.io.internal.FileChecks;
import org.repalign.io.internal.FileFormatReader;

/**
 * Opens representation files, choosing the reader from the file name and, where the name is
 * ambiguous, the content. Built-in formats:
 * <ul>
 * <li>{@code .npy}: a 2-D float16/32/64 array, memory-mapped;</li>
 * <li>{@code .npz}: a sparse CSR matrix saved by {@code scipy.sparse.save_npz}, or a named (or
 * the only) 2-D float array;</li>
 * <li>{@code .safetensors}: a named (or the only) 2-D F16/BF16/F32/F64 tensor, memory-mapped;</li>
 * <li>{@code .txt}, {@code .vec}: word2vec/GloVe text, with item names;</li>
 * <li>{@code .bin}: word2vec binary, with item names;</li>
 * <li>{@code .csv}, {@code .tsv}: numbers, with an optional name column and header row.</li>
 * </ul>
 * The readers are found through {@link java.util.ServiceLoader} (see {@link #installed()}); more
 * are contributed the same way, in a {@code META-INF/services} file of their own jar or bundle.
 */
public final class RepresentationReaders {

    private static final List<Contribution<RepresentationReader>> INSTALLED = new CopyOnWriteArrayList<>();

    static {
        for (Contribution<RepresentationReader> contribution : ServiceContributions.load(RepresentationReader.class,
                RepresentationReader.class.getClassLoader())) {
            contribute(contribution);
        }
    }

    private RepresentationReaders() {
    }

    /**
     * The readers of this process, in the order they are consulted: those listed in
     * {@code META-INF/services/org.repalign.io.RepresentationReader} files that this bundle's
     * class loader sees (RepAlign's own first, in listing order: the CSR reader comes before the
     * dense {@code .npz} reader so that a scipy archive is read as sparse), then the
     * contributed ones (in OSGi, from the bundles that provide the {@code osgi.serviceloader}
     * capability of {@link RepresentationReader}).
     *
     * @return the readers
     */
    public static List<RepresentationReader> installed() {
        return INSTALLED.stream().map(Contribution::value).toList();
    }

    /**
     * Adds a contributed reader after the installed ones; a reader without a format name or with
     * a taken one is reported once with the contributor's name and skipped.
     *
     * @param contribution the reader and its contributor
     * @return whether it was added
     */
    public static synchronized boolean contribute(Contribution<? extends RepresentationReader> contribution) {
        String name;
        try {
            name = contribution.value().formatName();
        } catch (RuntimeException | LinkageError e) {
            ContributionProblems.report(contribution.contributor(), "reader format name cannot be read: "
                    + ServiceContributions.describe(e));
            return false;
        }
        if (name == null || name.isBlank()) {
            ContributionProblems.report(contribution.contributor(), "reader " + contribution.value().getClass().getName()
                    + " has no format name");
            return false;
        }
        if (INSTALLED.stream().anyMatch(c -> c.value().formatName().equalsIgnoreCase(name))) {
            ContributionProblems.report(contribution.contributor(), "reader format '" + name + "' is registered twice");
            return false;
        }
        INSTALLED.add(new Contribution<>(contribution.value(), contribution.contributor()));
        return true;
    }

    /**
     * @param reader an installed reader
     * @return who contributed it (bundle or provider class)
     */
    public static Optional<String> contributorOf(RepresentationReader reader) {
        return INSTALLED.stream().filter(c -> c.value() == reader).map(Contribution::contributor).findFirst();
    }

    /**
     * @param formatName a format name, any case
     * @return the installed reader of that format
     */
    public static Optional<RepresentationReader> named(String formatName) {
        return installed().stream().filter(r -> r.formatName().equalsIgnoreCase(formatName)).findFirst();
    }

    /**
     * Reads a file with the installed readers.
     *
     * @param file       the file
     * @param tensorName the array or tensor to read from a container format, or {@code null}
     *                   for the only 2-D one
     * @return the representation
     * @throws RepresentationFileException naming the file and the problem
     */
    public static Representation open(Path file, String tensorName) throws RepresentationFileException {
        return open(file, tensorName, installed());
    }

    /**
     * Reads a file with the first of the given readers that supports it.
     *
     * @param file       the file
     * @param tensorName the array or tensor to read, or {@code null}
     * @param readers    the readers to consult, in order
     * @return the representation
     * @throws RepresentationFileException naming the file and the problem, also when no reader
     *                                     supports it
     */
    public static Representation open(Path file, String tensorName, List<? extends RepresentationReader> readers)
            throws RepresentationFileException {
        return read(readerFor(file, readers), file, tensorName);
    }

    /**
     * Reads a file with one reader; an unexpected exception inside the reader (a bug in a
     * contribution) is reported once with the contributor's name and becomes a
     * {@link RepresentationFileException} naming the file.
     *
     * @param reader     the reader
     * @param file       the file
     * @param tensorName the array or tensor to read, or {@code null}
     * @return the representation
     * @throws RepresentationFileException naming the file and the problem
     */
    public static Representation read(RepresentationReader reader, Path file, String tensorName)
            throws RepresentationFileException {
        if (ServiceContributions.isOwn(RepresentationReader.class, reader)) {
            // RepAlign's own readers report bad files themselves; anything else is a bug, not a contribution's fault
            return reader.read(file, tensorName);
        }
        try {
            return reader.read(file, tensorName);
        } catch (RuntimeException | LinkageError e) {
            String contributor = contributorOf(reader).orElse(reader.getClass().getName());
            String message = ContributionProblems.report(contributor, "reader '" + reader.formatName() + "' failed: "
                    + ServiceContributions.describe(e));
            throw new RepresentationFileException(file, "cannot be read: " + message, e);
        }
    }

    /**
     * @param file    the file, which must exist
     * @param readers the readers to consult, in order
     * @return the first reader that supports the file; a reader whose check throws is reported
     *         and passed over
     * @throws RepresentationFileException when the file is missing, empty or a directory, or no
     *                                     reader supports it
     */
    public static RepresentationReader readerFor(Path file, List<? extends RepresentationReader> readers)
            throws RepresentationFileException {
        Objects.requireNonNull(file, "file");
        FileChecks.requireReadableFile(file);
        for (RepresentationReader reader : readers) {
            if (supports(reader, file)) {
                return reader;
            }
        }
        String known = readers.stream()
                .flatMap(r -> r instanceof FileFormatReader f ? f.extensions().stream() : java.util.stream.Stream.of(r.formatName()))
                .distinct().collect(Collectors.joining(" "));
        throw new RepresentationFileException(file, "has no known representation format; supported: " + known);
    }

    private static boolean supports(RepresentationReader reader, Path file) {
        try {
            return reader.supports(file);
        } catch (RuntimeException | LinkageError e) {
            ContributionProblems.report(contributorOf(reader).orElse(reader.getClass().getName()), "reader '"
                    + reader.formatName() + "' failed to check " + file.getFileName() + ": "
                    + ServiceContributions.describe(e));
            return false;
        }
    }
}
