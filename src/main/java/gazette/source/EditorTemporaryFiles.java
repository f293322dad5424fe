package gazette.source;

import java.util.Locale;

/**
 * The files an editor writes beside the one being edited while it saves or keeps a backup (vim's
 * {@code .name.swp} and {@code 4913} probe, Emacs's {@code .#name} lock, {@code #name#} auto-save and
 * {@code name~} backup, Kate's {@code .name.kate-swp}, JetBrains' {@code name___jb_tmp___} safe
 * write, gedit's {@code .goutputstream-XXXXXX}, {@code .tmp} files written before a rename): never the
 * user's work. {@code serve} does not rebuild for them, and the static folder does not publish them
 * (they would go live while a file is open, or stop the build with a name no URL carries).
 */
public final class EditorTemporaryFiles {
    private EditorTemporaryFiles() {
    }

    /** Whether a file of this name (no folder) is such a file. */
    public static boolean is(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.endsWith("~") || name.startsWith(".#") || name.length() > 1 && name.startsWith("#") && name.endsWith("#")
                || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".kate-swp") || name.equals("4913")
                || lower.endsWith(".tmp") || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")
                || name.startsWith(".goutputstream-");
    }
}
