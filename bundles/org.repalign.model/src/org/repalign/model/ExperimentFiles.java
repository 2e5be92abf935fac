package org.repalign.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.repalign.model.util.ExperimentResourceFactory;

/**
 * Loads and saves {@code .repalign} experiment files with plain Java: no OSGi, no Eclipse
 * workspace, no global registry. Every call uses a fresh {@link ResourceSet} in which the
 * experiment package and {@link ExperimentResourceFactory} are registered locally.
 *
 * <p>Errors are {@link IOException}s with one line, {@code file: problem}, for example
 * {@code exp.repalign: malformed XML at line 3: ...} or
 * {@code exp.repalign: not an experiment (namespace 'urn:x')}.
 */
public final class ExperimentFiles {

    private ExperimentFiles() {
    }

    /**
     * Reads an experiment file.
     *
     * @param file the {@code .repalign} file
     * @return its experiment, contained in a resource whose URI is the file's
     * @throws IOException with one line {@code file: problem} when the file is missing,
     *                     unreadable, malformed or not an experiment
     */
    public static Experiment load(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        try (InputStream in = Files.newInputStream(absolute)) {
            resource.load(in, resourceSet.getLoadOptions());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": " + describe(e), e);
        }
        if (resource.getContents().isEmpty()) {
            throw new IOException(file + ": not an experiment (the file is empty)");
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Experiment experiment)) {
            throw new IOException(file + ": not an experiment (the root element is " + root.eClass().getName() + ")");
        }
        refuseReferences(file, experiment);
        return experiment;
    }

    /**
     * An element written as a reference ({@code href="..."}) loads as an empty proxy whose fields
     * all have their defaults; experiment files are self-contained, so such an element is an error
     * rather than silent defaults (and the reference is never followed).
     */
    private static void refuseReferences(Path file, Experiment experiment) throws IOException {
        for (var contents = EcoreUtil.getAllContents(experiment, false); contents.hasNext();) {
            Object next = contents.next();
            if (next instanceof org.eclipse.emf.ecore.InternalEObject object && object.eIsProxy()) {
                String feature = object.eContainingFeature() == null ? object.eClass().getName()
                        : object.eContainingFeature().getName();
                throw new IOException(file + ": element '" + feature + "' refers to '" + object.eProxyURI()
                        + "' instead of holding its settings; experiment files do not follow references: write the"
                        + " element's settings in this file");
            }
        }
    }

    /**
     * Writes an experiment file atomically: the XMI goes to a temporary file in the target's
     * folder, which then replaces the target in one atomic move. A failed save leaves the target
     * as it was and removes the temporary file. The experiment itself is not moved out of the
     * resource it is in (a copy is saved).
     *
     * @param experiment the experiment
     * @param file       the target file; its folder must exist
     * @throws IOException with one line {@code file: problem} when writing or moving fails
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(file + ": the folder does not exist");
        }
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        resource.getContents().add(EcoreUtil.copy(experiment));
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        } catch (IOException | UnsupportedOperationException e) {
            throw new IOException(file + ": cannot create a temporary file in " + folder + " (" + oneLine(e) + ")", e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                resource.save(out, null);
                out.flush();
                // on disk before the rename, so a crash leaves the old file or the whole new one
                channel.force(true);
            }
            copyPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            deleteQuietly(temporary);
            throw new IOException(file + ": the file system cannot replace the file atomically", e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw new IOException(file + ": cannot save (" + oneLine(e) + ")", e);
        }
    }

    /**
     * @return a resource set with the experiment package and resource factory registered
     *         locally, for every file extension
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ExperimentPackage.eNS_URI, ExperimentPackage.eINSTANCE);
        ExperimentResourceFactory factory = new ExperimentResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ExperimentResourceFactory.FILE_EXTENSION,
                factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                factory);
        return resourceSet;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(from)
                ? Files.getPosixFilePermissions(from)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the original error is the one worth reporting
        }
    }

    /** Turns a load failure into the problem part of the one-line message. */
    private static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PackageNotFoundException notFound) {
                return "not an experiment (namespace '" + notFound.uri() + "'" + at(notFound) + ")";
            }
            if (cause instanceof ClassNotFoundException notFound) {
                return "unknown element '" + notFound.getName() + "'" + at(notFound);
            }
            if (cause instanceof FeatureNotFoundException notFound) {
                return "unknown attribute or element '" + notFound.getName() + "'" + at(notFound);
            }
            if (cause instanceof IllegalValueException illegal) {
                return "bad value '" + illegal.getValue() + "' for " + illegal.getFeature().getName() + at(illegal);
            }
            if (cause instanceof org.xml.sax.SAXParseException parse) {
                return "malformed XML at line " + parse.getLineNumber() + ": " + oneLine(parse);
            }
            if (cause instanceof XMIException xmi && xmi.getCause() == null) {
                return oneLine(xmi) + at(xmi);
            }
        }
        return oneLine(error);
    }

    private static String at(XMIException e) {
        return e.getLine() > 0 ? " at line " + e.getLine() : "";
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
