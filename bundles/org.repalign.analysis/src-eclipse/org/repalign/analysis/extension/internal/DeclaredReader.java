package org.repalign.analysis.extension.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReader;

/**
 * A reader as its {@code plugin.xml} declares it: the declared file extensions decide which
 * files it is asked about (then the class may still look at the content); no extensions means
 * the class decides alone.
 */
final class DeclaredReader implements RepresentationReader {

    private final String formatName;
    private final List<String> extensions;
    private final RepresentationReader implementation;

    DeclaredReader(String formatName, List<String> extensions, RepresentationReader implementation) {
        this.formatName = formatName;
        this.extensions = extensions;
        this.implementation = implementation;
    }

    @Override
    public String formatName() {
        return formatName;
    }

    @Override
    public boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean named = extensions.isEmpty() || extensions.stream().anyMatch(name::endsWith);
        return named && implementation.supports(file);
    }

    @Override
    public Representation read(Path file, String tensorName) throws RepresentationFileException {
        return implementation.read(file, tensorName);
    }

    @Override
    public String toString() {
        return formatName + " " + extensions;
    }
}
