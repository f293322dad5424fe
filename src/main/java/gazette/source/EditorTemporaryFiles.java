package gazette.source;

/**
 * The files an editor writes beside the one being edited while it saves or keeps a backup (vim's
 * {@code .name.swp} and {@code 4913} probe, Emacs's {@code .#name} lock and {@code name~} backup,
 * {@code .tmp} files written before a rename): never the user's work. {@code serve} does not rebuild
 * for them, and the static folder does not publish them (they would go live while a file is open).
 */
public final class EditorTemporaryFiles {
    private EditorTemporaryFiles() {
    }

    /** Whether a file of this name (no folder) is such a file. */
    public static boolean is(String name) {
        return name.endsWith("~") || name.startsWith(".#") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.equals("4913") || name.endsWith(".tmp");
    }
}
