package gazette.source;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Removes a file written beside its place and never renamed into it (the build cache, the record of
 * written files), once writing or renaming it failed: on a full disk it was left beside the output
 * folder, under a name Gazette does not own.
 */
public final class HalfWrittenFile {
    private HalfWrittenFile() {
    }

    /**
     * Renames {@code temp} over {@code file}, atomically where the file system can (a crash leaves the
     * old file or the new, whole); should the rename fail, {@code temp} is removed.
     */
    public static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            remove(temp, e);
            throw e;
        }
    }

    /** Deletes {@code temp}; a failure to is kept with {@code cause}, the failure that left it, not put in its place. */
    public static void remove(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException again) {
            cause.addSuppressed(again);
        }
    }
}
