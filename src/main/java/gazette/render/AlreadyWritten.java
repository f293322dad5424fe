package gazette.render;

/**
 * Tells the renderer which files the output folder holds already, byte for byte, so that it can let
 * their bytes go as soon as they are rendered instead of holding every page of the site until the
 * last one has rendered (a few hundred megabytes on a large site, and the collector's work of
 * keeping them). It only reads: nothing is written before the whole site has rendered.
 */
@FunctionalInterface
public interface AlreadyWritten {
    /** Holds every file: for a new output folder, or where reading it back costs more than it saves. */
    AlreadyWritten NONE = file -> false;

    /** Whether the output folder holds {@code file.path()} with exactly {@code file.bytes()}; called from any thread. */
    boolean holds(OutputFile file);
}
