package org.repalign.spark.internal;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.sidefiles.ItemListFile;

/**
 * One representation file as every executor reads it: a path on storage that all of them see
 * (a shared file system), the tensor name for multi-tensor files and the item list, if any.
 * Opened representations are kept per JVM ({@link #open()}), so that the tasks of one executor
 * read a file's header, and a text format's values, once.
 *
 * @param file     the file, absolute
 * @param tensor   the tensor name, or {@code null}
 * @param itemList a file naming the rows, one per line, or {@code null}
 */
public record SideSpec(String file, String tensor, String itemList) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<SideSpec, Representation> OPENED = new ConcurrentHashMap<>();

    /** @throws NullPointerException when the file is null */
    public SideSpec {
        Objects.requireNonNull(file, "file");
    }

    /** @return the file as a path */
    public Path path() {
        return Path.of(file);
    }

    /**
     * @return the representation, opened once per JVM
     * @throws RepresentationFileException when the file or its item list cannot be read
     */
    public Representation open() throws RepresentationFileException {
        Representation cached = OPENED.get(this);
        if (cached != null) {
            return cached;
        }
        Representation representation = RepresentationReaders.open(path(), tensor);
        if (itemList != null) {
            Path listFile = Path.of(itemList);
            List<String> names = ItemListFile.read(listFile);
            representation = representation.withItemNames(names, listFile);
        }
        Representation raced = OPENED.putIfAbsent(this, representation);
        return raced == null ? representation : raced;
    }

    /** Forgets the representations opened in this JVM (tests that rewrite a file under one name). */
    public static void forgetOpened() {
        OPENED.clear();
    }
}
