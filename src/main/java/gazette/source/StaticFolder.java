package gazette.source;

import gazette.diag.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the site's static folder ({@code static/}), whose every file is published as it is at the
 * same path in the output ({@link StaticFile}). Unlike the source folder, dotfiles are published
 * ({@code .well-known/} is why there is such a folder), except a {@code .git} file or folder, the
 * files a desktop's file browser leaves ({@link DesktopLitter}) and editors' temporary files
 * ({@link EditorTemporaryFiles}). Links follow the source folder's rules: a link to a file is published when the file lies in the site or static folder, and refused
 * with an error when it leads elsewhere (a CI build would publish whatever it names); a link to a
 * folder is not followed and a link to nothing is not read, each named in a warning.
 */
public final class StaticFolder {
    private StaticFolder() {
    }

    /**
     * The static files below {@code staticDir}, in name order; none, and no problem, when there is
     * no such folder: most sites have none.
     *
     * @param siteRoot the site folder, which problem paths are relative to
     */
    public static StaticFiles list(Path siteRoot, Path staticDir, Problems problems) {
        if (!Files.exists(staticDir, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(staticDir)) {
            return StaticFiles.NONE;
        }
        String folderRel = SourceReader.relative(siteRoot, staticDir);
        if (!Files.isDirectory(staticDir)) {
            problems.error(folderRel, 0, 0, "the static folder is not a folder", "move the file away, or pass --static");
            return StaticFiles.NONE;
        }
        List<Path> found = new ArrayList<>();
        List<Path> unfollowed = new ArrayList<>();
        try {
            collect(staticDir, found, unfollowed);
        } catch (IOException | UncheckedIOException e) {
            problems.error(folderRel, 0, 0, "cannot list the static folder: " + e.getMessage());
            return StaticFiles.NONE;
        } catch (DirectoryIteratorException e) {
            problems.error(folderRel, 0, 0, "cannot list the static folder: " + e.getCause().getMessage());
            return StaticFiles.NONE;
        }
        // Sorted, so problems come in the same order whatever order the file system lists entries in.
        unfollowed.sort(Comparator.naturalOrder());
        for (Path entry : unfollowed) {
            String relPath = SourceReader.relative(siteRoot, entry);
            if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
                problems.warning(relPath, 1, 1, "not published: a link to a folder is not followed;"
                        + " move the folder itself into the static folder (a link to a file is published)");
            } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                problems.warning(relPath, 1, 1, "not published: " + SymbolicLinks.leadingNowhere(entry));
            } else {
                problems.warning(relPath, 1, 1, "not published: not a regular file");
            }
        }
        found.sort(Comparator.naturalOrder());
        Path folder = staticDir.toAbsolutePath().normalize();
        List<StaticFile> files = new ArrayList<>(found.size());
        for (Path file : found) {
            String relPath = SourceReader.relative(siteRoot, file);
            String name = folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            if (SymbolicLinks.leadsOutside(file, siteRoot, staticDir)) {
                problems.error(relPath, 1, 1, SymbolicLinks.message("the static file", SymbolicLinks.sourceFolders(siteRoot, staticDir)),
                        SymbolicLinks.HINT);
                continue;
            }
            try {
                files.add(new StaticFile(file, relPath, name, ContentKey.of(name, file, FileStamp.of(file))));
            } catch (IOException e) {
                problems.error(relPath, 0, 0, "cannot read file: " + e.getMessage());
            }
        }
        return new StaticFiles(files);
    }

    /**
     * Whether a file or folder of this name in the static folder is left out: a {@code .git}
     * folder (or the {@code .git} file of a submodule or worktree), desktop litter, or an editor's
     * temporary file.
     */
    private static boolean isLeftOut(String name) {
        return name.equals(".git") || DesktopLitter.is(name) || EditorTemporaryFiles.is(name);
    }

    private static void collect(Path dir, List<Path> files, List<Path> unfollowed) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (isLeftOut(entry.getFileName().toString())) {
                    continue;
                }
                boolean folder;
                try {
                    folder = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
                } catch (NoSuchFileException e) {
                    continue; // gone since the folder was listed (an editor's temporary file)
                }
                if (folder) {
                    collect(entry, files, unfollowed);
                } else if (Files.isRegularFile(entry)) { // a file, or a link to one
                    files.add(entry);
                } else {
                    unfollowed.add(entry); // a link to a folder or to nothing, a device, a pipe
                }
            }
        }
    }
}
