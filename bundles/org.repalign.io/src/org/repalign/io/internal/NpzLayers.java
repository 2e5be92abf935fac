package org.repalign.io.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.repalign.compute.data.RowMatrix;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.RepresentationFileException;

/**
 * Reads the layers of an {@code .npz} archive saved with {@code numpy.savez}: one 2-D float
 * array per layer, selected by a name pattern with {@code *} and {@code ?} (no pattern: every
 * 2-D float array), in {@link NaturalNameOrder} and named by the arrays.
 */
public final class NpzLayers {

    private NpzLayers() {
    }

    /**
     * @param file    an {@code .npz} file
     * @param pattern a pattern, or {@code null} for every 2-D float array
     * @return how many arrays it selects; 0 when the archive cannot be read
     */
    public static int count(Path file, String pattern) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return select(NpzArchive.open(channel), pattern).size();
        } catch (IOException | MalformedContentException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * @param file    an {@code .npz} file
     * @param pattern a pattern, or {@code null} for every 2-D float array
     * @return its layers
     * @throws RepresentationFileException naming the file and the problem
     */
    public static LayeredRepresentation read(Path file, String pattern) throws RepresentationFileException {
        FileChecks.requireReadableFile(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            NpzArchive archive = NpzArchive.open(channel);
            List<ZipEntryInfo> entries = select(archive, pattern);
            if (entries.isEmpty()) {
                throw new MalformedContentException("has no 2-D float array" + (pattern == null ? "" : " matching '"
                        + pattern + "'") + "; it holds " + NameLists.summarize(archive.arrayNames()));
            }
            List<String> names = new ArrayList<>();
            List<RowMatrix> layers = new ArrayList<>();
            for (ZipEntryInfo entry : entries) {
                names.add(NpzArchive.arrayName(entry));
                layers.add(archive.denseMatrix(entry));
            }
            SafetensorsLayers.requireEqualRows(names, layers);
            return new LayeredRepresentation(file, "npz", names, layers, null);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }

    private static List<ZipEntryInfo> select(NpzArchive archive, String pattern)
            throws MalformedContentException, IOException {
        NamePattern glob = pattern == null ? null : NamePattern.of(pattern);
        List<ZipEntryInfo> chosen = new ArrayList<>();
        for (String name : archive.arrayNames()) {
            if (glob != null && !glob.matches(name)) {
                continue;
            }
            ZipEntryInfo entry = archive.entry(name).orElseThrow();
            NpyHeader header = archive.header(entry);
            if (header.shape().length == 2 && header.kind() == 'f') {
                chosen.add(entry);
            } else if (glob != null) {
                throw new MalformedContentException("array '" + name + "' matches '" + pattern + "' but has shape "
                        + header.shapeText() + " of " + header.describeDtype()
                        + "; a pattern selects 2-D float arrays, one per layer");
            }
        }
        chosen.sort((x, y) -> NaturalNameOrder.INSTANCE.compare(NpzArchive.arrayName(x), NpzArchive.arrayName(y)));
        return chosen;
    }
}
