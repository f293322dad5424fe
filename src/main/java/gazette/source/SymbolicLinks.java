package gazette.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file reached through a symbolic link may lie for Gazette to read it: inside the site
 * folder, or inside the folder being read (a source folder given with {@code --source} may lie
 * elsewhere). A link that leads anywhere else ({@code seeds/x.txt -> /etc/passwd}, a key in the home
 * folder) would have its file published by a build on a CI machine, which is why Jekyll's safe
 * mode, which GitHub Pages runs, refuses such links too. Links to folders are never followed (the
 * listings do not walk into them), so only a link to a file needs this look.
 */
public final class SymbolicLinks {
    /** The hint reported with such a file. */
    public static final String HINT = "copy the file in instead";

    private SymbolicLinks() {
    }

    /**
     * Whether {@code file} is a symbolic link to a file outside every one of {@code folders}. A link
     * that leads nowhere is not outside: reading it reports that it can not be read.
     */
    public static boolean leadsOutside(Path file, Path... folders) {
        if (!Files.isSymbolicLink(file)) {
            return false;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return false;
        }
        for (Path folder : folders) {
            try {
                if (target.startsWith(folder.toRealPath())) {
                    return false;
                }
            } catch (IOException e) {
                // a folder that is not there holds nothing
            }
        }
        return true;
    }

    /**
     * What a symbolic link that leads to no file is, in words: one whose target is missing, or one of a
     * loop of links ({@code a -> b -> a}), which was called missing too.
     */
    public static String leadingNowhere(Path link) {
        try {
            link.toRealPath();
        } catch (java.nio.file.FileSystemException e) {
            if (String.valueOf(e.getReason()).contains("Too many levels of symbolic links")) {
                return "a link in a loop of links, leading back to itself";
            }
        } catch (IOException e) {
            // missing, as below
        }
        return "a link to nothing (what it names is missing)";
    }

    /** What a problem about such a file says: {@code what} is a link to a file outside {@code where}. */
    public static String message(String what, String where) {
        return what + " is a link to a file outside " + where + ", which is not read";
    }

    /** How a problem names the folders a source file may link into. */
    public static String sourceFolders(Path siteRoot, Path sourceDir) {
        return sourceDir.toAbsolutePath().normalize().startsWith(siteRoot.toAbsolutePath().normalize())
                ? "the site folder" : "the site and source folders";
    }
}
