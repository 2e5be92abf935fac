package org.repalign.io;

import java.nio.file.Path;

/**
 * Reads one file format into a {@link Representation}. RepAlign's own readers and contributed ones are
 * listed in {@code META-INF/services/org.repalign.io.RepresentationReader} files (in OSGi seen
 * through the Service Loader Mediator) and found by {@link RepresentationReaders#installed()}. An implementation needs a public no-argument
 * constructor.
 */
public interface RepresentationReader {

    /** @return the short name of the format, e.g. {@code npy} */
    String formatName();

    /**
     * Tells whether this reader handles the file. Decides from the file name and, where the
     * name is ambiguous, from a cheap look at the content; never throws.
     *
     * @param file an existing regular file
     * @return {@code true} when {@link #read} should be used for it
     */
    boolean supports(Path file);

    /**
     * Reads the file. Large dense data stays in the file (memory-mapped) or in a scratch file.
     *
     * @param file       the file
     * @param tensorName the array or tensor to read from a container format ({@code .npz},
     *                   {@code .safetensors}); {@code null} to take the only 2-D one. Formats
     *                   holding a single matrix ignore it.
     * @return the representation
     * @throws RepresentationFileException naming the file and the problem
     */
    Representation read(Path file, String tensorName) throws RepresentationFileException;
}
