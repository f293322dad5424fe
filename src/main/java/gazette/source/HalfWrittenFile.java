package gazette.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes a file written beside its place and never renamed into it (the build cache, the record of
 * written files), once writing or renaming it failed: on a full disk it was left beside the output
 * folder, under a name Gazette does not own.
 */
public final class HalfWrittenFile {
    private HalfWrittenFile() {
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
