package org.repalign.io.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.WriteFailures;

/**
 * Makes one process at a time the writer of an output folder: an exclusive lock on the hidden file
 * {@value #FILE_NAME} inside the folder, held until {@link #close()}. A second writer, in another
 * process or in this one, is refused at once with a message naming the folder. The lock file stays
 * (it is empty and hidden): deleting it would let two writers lock two different files of that
 * name. The operating system releases the lock when the process ends, however it ends.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name inside the locked folder. */
    public static final String FILE_NAME = ".repalign.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the folder when needed and locks it.
     *
     * @param folder the output folder
     * @return the held lock
     * @throws RepresentationFileException naming the folder when another writer holds it, or it
     *                                     cannot be created or locked
     */
    public static OutputLock acquire(Path folder) throws RepresentationFileException {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new RepresentationFileException(folder, "is being written by another RepAlign command right now; "
                        + "wait for it to finish or choose another folder");
            }
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e instanceof RepresentationFileException r ? r
                    : new RepresentationFileException(folder, "cannot be locked for writing: " + WriteFailures.reason(e), e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the process's end releases it at the latest
        }
    }
}
