package org.repalign.io.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.WriteFailures;

/**
 * Writes files and folders so that readers only ever see the old content or the complete new
 * content, never a partial one. A file is written to a hidden temporary sibling
 * ({@code .NAME.tmp-RANDOM}), forced to disk and moved onto the target with
 * {@link StandardCopyOption#ATOMIC_MOVE} (falling back to a plain replacing move where the file
 * system cannot move atomically). A folder is built in a hidden temporary sibling folder and
 * renamed into place; an existing target that may be replaced is first renamed aside, and put
 * back if the final rename fails. Whatever fails, the temporary sibling is removed and the
 * failure is a {@link RepresentationFileException} whose one-line message names the target.
 */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface FileContent {
        /**
         * @param channel a channel on the new, empty temporary file
         * @throws IOException on failure; the target is then left as it was
         */
        void write(FileChannel channel) throws IOException;
    }

    /** Writes the content of a folder. */
    @FunctionalInterface
    public interface FolderContent {
        /**
         * @param folder the new, empty temporary folder to fill
         * @throws IOException on failure; the target is then left as it was
         */
        void write(Path folder) throws IOException;
    }

    private static final String LOCK_SUFFIX = ".lock";
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(tmp|old)-[0-9a-f]{8}");

    private AtomicFiles() {
    }

    /**
     * Writes a file atomically, replacing an existing one.
     *
     * @param target  the file to write; missing parent folders are created
     * @param content writes the bytes
     * @throws RepresentationFileException naming the target when anything fails
     */
    public static void writeFile(Path target, FileContent content) throws RepresentationFileException {
        writeFile(target, true, content);
    }

    /**
     * Writes a file atomically.
     *
     * @param target  the file to write; missing parent folders are created
     * @param replace whether an existing file may be replaced
     * @param content writes the bytes
     * @throws RepresentationFileException naming the target when it exists and may not be
     *                                     replaced, is a folder, or anything fails
     */
    public static void writeFile(Path target, boolean replace, FileContent content) throws RepresentationFileException {
        Objects.requireNonNull(content, "content");
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new RepresentationFileException(target, "cannot be written: it is a folder");
        }
        if (!replace && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RepresentationFileException(target, "already exists");
        }
        Path temporary = null;
        boolean done = false;
        try {
            Path parent = prepareParent(file);
            temporary = parent.resolve(hiddenName(file, "tmp"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.write(channel);
                channel.force(true);
            }
            if (replace) {
                moveReplacing(temporary, file);
            } else {
                Files.move(temporary, file);
            }
            done = true;
            forceDirectory(parent);
        } catch (IOException e) {
            throw new RepresentationFileException(target, "could not be written: " + WriteFailures.reason(e), e);
        } finally {
            if (!done && temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * Writes a folder atomically: the content is built in a temporary sibling folder that is
     * renamed to the target only when it is complete.
     *
     * @param target  the folder to write; missing parent folders are created
     * @param replace whether an existing non-empty folder (or file) may be replaced; an existing
     *                empty folder is always replaced
     * @param content fills the temporary folder
     * @throws RepresentationFileException naming the target when it exists and may not be
     *                                     replaced, or anything fails; no temporary folder is
     *                                     left behind
     */
    public static void writeFolder(Path target, boolean replace, FolderContent content)
            throws RepresentationFileException {
        Objects.requireNonNull(content, "content");
        Path folder = target.toAbsolutePath().normalize();
        refuseExisting(target, folder, replace);
        Path temporary = null;
        Path lockFile = null;
        FileChannel lock = null;
        boolean done = false;
        try {
            Path parent = prepareParent(folder);
            temporary = parent.resolve(hiddenName(folder, "tmp"));
            // held while the temporary folder exists: removeInterrupted leaves a live writer alone
            lockFile = parent.resolve(temporary.getFileName() + LOCK_SUFFIX);
            lock = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            lock.lock();
            Files.createDirectory(temporary);
            content.write(temporary);
            forceTree(temporary);
            refuseExisting(target, folder, replace);
            swapIn(temporary, folder);
            done = true;
            forceDirectory(parent);
        } catch (RepresentationFileException e) {
            throw e.file().equals(target) ? e : wrap(target, e);
        } catch (IOException e) {
            throw wrap(target, e);
        } finally {
            if (!done && temporary != null) {
                deleteTreeQuietly(temporary);
            }
            if (lock != null) {
                deleteQuietly(lockFile);
                closeQuietly(lock);
            }
        }
    }

    /**
     * Cleans up after writers that were killed: removes the hidden temporary folders
     * ({@code .NAME.tmp-XXXXXXXX}) that {@link #writeFolder} left in a folder when its process
     * ended before the rename, unless their writer still runs (it holds a lock on
     * {@code .NAME.tmp-XXXXXXXX.lock}); and puts back a folder that a replacing write had moved
     * aside ({@code .NAME.old-XXXXXXXX}) when the process ended before the new one took its place,
     * or removes it when the new one did. Nothing else is touched.
     *
     * @param parent a folder that receives atomic writes
     * @return one line per entry cleaned, e.g. {@code removed .run.tmp-1a2b3c4d (an interrupted write)}
     */
    public static List<String> removeInterrupted(Path parent) {
        List<String> cleaned = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return cleaned;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, ".*")) {
            stream.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            return cleaned;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Matcher matcher = LEFTOVER.matcher(name);
            if (!matcher.matches() || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (matcher.group(2).equals("tmp")) {
                Path lockFile = parent.resolve(name + LOCK_SUFFIX);
                if (writerAlive(lockFile)) {
                    continue;
                }
                deleteTreeQuietly(entry);
                deleteQuietly(lockFile);
                if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                    cleaned.add("removed " + name + " (left by an interrupted write)");
                }
            } else {
                Path original = parent.resolve(matcher.group(1));
                boolean truncated = matcher.group(1).length() >= 100;
                if (!truncated && !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        move(entry, original);
                        cleaned.add("restored " + original.getFileName() + " from " + name
                                + " (an interrupted replacement)");
                    } catch (IOException e) {
                        // left as it is: it still holds the earlier content
                    }
                } else if (!truncated) {
                    deleteTreeQuietly(entry);
                    if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                        cleaned.add("removed " + name + " (the earlier copy of a completed replacement)");
                    }
                }
            }
        }
        return cleaned;
    }

    /**
     * @param name a file or folder name
     * @return the name of the target being written when {@code name} is the hidden temporary
     *         name of an atomic write ({@code .NAME.tmp-XXXXXXXX}), else empty
     */
    public static java.util.Optional<String> temporaryTarget(String name) {
        Matcher matcher = LEFTOVER.matcher(name);
        return matcher.matches() && matcher.group(2).equals("tmp") ? java.util.Optional.of(matcher.group(1))
                : java.util.Optional.empty();
    }

    /** @return whether some process holds the lock of a temporary folder */
    private static boolean writerAlive(Path lockFile) {
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // a writer in this process
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel
        }
    }

    private static RepresentationFileException wrap(Path target, IOException e) {
        return new RepresentationFileException(target, "could not be written: " + WriteFailures.reason(e), e);
    }

    private static void refuseExisting(Path target, Path folder, boolean replace) throws RepresentationFileException {
        if (replace || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new RepresentationFileException(target, "already exists and is not a folder");
        }
        boolean empty;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            empty = !entries.iterator().hasNext();
        } catch (IOException e) {
            throw wrap(target, e);
        }
        if (!empty) {
            throw new RepresentationFileException(target, "already exists and is not empty");
        }
    }

    /** Renames the finished temporary folder onto the target, moving an existing target aside first. */
    private static void swapIn(Path temporary, Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            move(temporary, folder);
            return;
        }
        Path aside = folder.resolveSibling(hiddenName(folder, "old"));
        move(folder, aside);
        try {
            move(temporary, folder);
        } catch (IOException e) {
            try {
                move(aside, folder);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        deleteTreeQuietly(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path prepareParent(Path path) throws IOException {
        Path parent = path.getParent();
        if (parent == null) {
            throw new IOException("has no parent folder");
        }
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new IOException("its parent " + parent + " is not a folder");
        }
        return Files.createDirectories(parent);
    }

    private static String hiddenName(Path path, String kind) {
        String name = path.getFileName().toString();
        String shortened = name.length() > 100 ? name.substring(0, 100) : name;
        return "." + shortened + "." + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void forceTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                forceDirectory(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Makes a rename within the folder durable where the platform allows it; best effort. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on every platform (e.g. Windows); the rename itself is still atomic
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the name is hidden and marked as temporary
        }
    }

    private static void deleteTreeQuietly(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    try {
                        Files.deleteIfExists(dir);
                    } catch (DirectoryNotEmptyException ignored) {
                        // a file appeared meanwhile; leave it
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }
}
