package org.repalign.io.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.repalign.io.Representation;

/**
 * Reads one dense 2-D float array from an {@code .npz} archive: the named one, or the only 2-D
 * float array when no name is given.
 */
public final class NpzDenseReader extends FileFormatReader {

    /** Creates the reader. */
    public NpzDenseReader() {
        super("npz", List.of(".npz"));
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            NpzArchive archive = NpzArchive.open(channel);
            List<String> names = archive.arrayNames();
            if (names.isEmpty()) {
                throw new MalformedContentException("the archive holds no arrays");
            }
            ZipEntryInfo chosen;
            if (tensorName != null) {
                chosen = archive.entry(tensorName).orElseThrow(() -> new MalformedContentException(
                        "has no array '" + tensorName + "'; it holds " + NameLists.summarize(names)));
            } else {
                chosen = onlyMatrix(archive);
            }
            return new Representation(file, formatName(), archive.denseMatrix(chosen), null);
        }
    }

    private static ZipEntryInfo onlyMatrix(NpzArchive archive) throws MalformedContentException, IOException {
        List<ZipEntryInfo> matrices = new ArrayList<>();
        List<ZipEntryInfo> all = new ArrayList<>();
        for (String name : archive.arrayNames()) {
            ZipEntryInfo entry = archive.entry(name).orElseThrow();
            all.add(entry);
            NpyHeader header;
            try {
                header = archive.header(entry);
            } catch (MalformedContentException e) {
                continue;
            }
            if (header.shape().length == 2 && header.kind() == 'f') {
                matrices.add(entry);
            }
        }
        if (matrices.size() == 1) {
            return matrices.get(0);
        }
        if (matrices.isEmpty()) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new MalformedContentException("holds no 2-D float array among "
                    + NameLists.summarize(archive.arrayNames()));
        }
        List<String> names = matrices.stream().map(NpzArchive::arrayName).toList();
        throw new MalformedContentException("holds " + matrices.size() + " 2-D arrays ("
                + NameLists.summarize(names) + "); name the one to read");
    }
}
