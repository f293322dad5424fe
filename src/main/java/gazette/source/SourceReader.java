package gazette.source;

import gazette.diag.BuildFailure;
import gazette.diag.Problems;
import gazette.yaml.YNode;
import gazette.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Finds and splits every article file in the source folder. */
public final class SourceReader {
    private static final YNode.Mapping EMPTY = new YNode.Mapping(Map.of(), 1, 1);

    private SourceReader() {
    }

    /**
     * Reads every {@code .md} and {@code .txt} file below {@code sourceDir}, in parallel, returning
     * them in path order. Files whose name starts with {@code .} or {@code _} are skipped, as in Jekyll.
     *
     * @param siteRoot the site folder, which problem paths are relative to
     */
    public static List<SourceDoc> readAll(Path siteRoot, Path sourceDir, Problems problems) {
        return readAll(siteRoot, sourceDir, listAll(siteRoot, sourceDir, problems), problems);
    }

    /** As {@link #readAll(Path, Path, Problems)}, the article files of a listing made already. */
    public static List<SourceDoc> readAll(Path siteRoot, Path sourceDir, Listing listing, Problems problems) {
        return listing.articles().parallelStream()
                .map(file -> load(siteRoot, sourceDir, file.path(), problems).flatMap(f -> split(f, problems)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The article files below {@code sourceDir} in path order, without hidden and underscore files and folders. */
    public static List<Path> list(Path siteRoot, Path sourceDir, Problems problems) {
        return listStamped(siteRoot, sourceDir, problems).stream().map(ListedFile::path).toList();
    }

    /**
     * An article file as the listing found it, with its stamp then (empty where the file system does
     * not tell, or the file had just changed: see {@link FileStamp}).
     */
    public record ListedFile(Path path, Optional<FileStamp> stamp) {
    }

    /**
     * As {@link #list}, with each file's stamp. One look at each entry tells both what it is and its
     * stamp: the walk's own look and then the stamp's were two of every file, 10,000 of the 40,000
     * stat calls of a one-article rebuild of 10,000 articles. A link to a file counts as the file;
     * links to folders are not followed. An entry that is gone by the time it is looked at (an
     * editor's temporary file) is skipped.
     */
    public static List<ListedFile> listStamped(Path siteRoot, Path sourceDir, Problems problems) {
        return listAll(siteRoot, sourceDir, problems).articles();
    }

    /**
     * What one walk of the source folder finds: the article files, stamped, and the media files.
     *
     * @param articles as {@link #listStamped} lists them
     * @param media    the media files ({@link MediaFile}), in name order
     */
    public record Listing(List<ListedFile> articles, MediaFiles media) {
    }

    /**
     * As {@link #listStamped}, with the media files found on the same walk. A media file that is a
     * link to a file outside the site and source folders is reported as an article would be; one whose
     * name a URL can not carry as it is ({@link MediaFile#publishable}) is named in a warning.
     */
    public static Listing listAll(Path siteRoot, Path sourceDir, Problems problems) {
        if (!Files.isDirectory(sourceDir)) {
            problems.error(relative(siteRoot, sourceDir), 0, 0, "source folder not found", "create it or pass --source");
            return new Listing(List.of(), MediaFiles.NONE);
        }
        List<ListedFile> files = new ArrayList<>();
        List<ListedFile> media = new ArrayList<>();
        List<Path> notRead = new ArrayList<>();
        try {
            collect(sourceDir, files, media, notRead);
        } catch (IOException | UncheckedIOException e) {
            problems.error(relative(siteRoot, sourceDir), 0, 0, "cannot list source folder: " + e.getMessage());
            return new Listing(List.of(), MediaFiles.NONE);
        } catch (DirectoryIteratorException e) {
            problems.error(relative(siteRoot, sourceDir), 0, 0, "cannot list source folder: " + e.getCause().getMessage());
            return new Listing(List.of(), MediaFiles.NONE);
        }
        files.sort(Comparator.comparing(ListedFile::path));
        notRead.sort(Comparator.naturalOrder());
        for (Path file : notRead) {
            String name = file.getFileName().toString();
            if (isUnfollowedLink(file)) {
                problems.warning(relative(siteRoot, file), 1, 1, "not read: a link to a folder is not followed;"
                        + " move the folder itself into the source folder (a link to a file is read)");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.warning(relative(siteRoot, file), 1, 1, Files.isSymbolicLink(file)
                        ? "not read: " + SymbolicLinks.leadingNowhere(file) : "not read: not a regular file");
                continue;
            }
            String stem = name.substring(0, name.lastIndexOf('.'));
            if (name.endsWith(".yml")) {
                problems.warning(relative(siteRoot, file), 1, 1, "not read: " + name + " holds the front matter of raw copy "
                        + stem + ".txt beside it, and there is none (a Markdown article keeps its own at its top)");
                continue;
            }
            problems.warning(relative(siteRoot, file), 1, 1, "not read: articles are files named *.md (raw copy *.txt);"
                    + " rename it to " + stem + (name.toLowerCase(Locale.ROOT).endsWith(".txt") ? ".txt" : ".md"));
        }
        media.sort(Comparator.comparing(ListedFile::path));
        List<MediaFile> found = new ArrayList<>(media.size());
        for (ListedFile listed : media) {
            media(siteRoot, sourceDir, listed.path(), listed.stamp(), problems).ifPresent(found::add);
        }
        return new Listing(files, MediaFiles.of(sourceDir, found));
    }

    /**
     * A media file below {@code sourceDir} with its key, given its stamp as listed; empty, with a
     * problem, when it is a link leading outside the site and source folders, its name can not be
     * published as it is, or it can not be read.
     */
    public static Optional<MediaFile> media(Path siteRoot, Path sourceDir, Path file, Optional<FileStamp> stamp,
            Problems problems) {
        String relPath = relative(siteRoot, file);
        String name = sourceDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        try {
            if (SymbolicLinks.leadsOutside(file, siteRoot, sourceDir)) {
                problems.error(relPath, 1, 1, SymbolicLinks.message("the media file", SymbolicLinks.sourceFolders(siteRoot, sourceDir)),
                        SymbolicLinks.HINT);
                return Optional.empty();
            }
            if (!MediaFile.publishable(name)) {
                problems.warning(relPath, 1, 1, "not published: a media file's name " + MediaFile.NAME_RULE + "; rename it");
                return Optional.empty();
            }
            return Optional.of(MediaFile.keyed(file, relPath, name, stamp));
        } catch (IOException e) {
            problems.error(relPath, 0, 0, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether a file below {@code sourceDir} is one {@link #listAll} lists as media (when it is a regular file). */
    public static boolean isMedia(Path sourceDir, Path file) {
        String name = file.getFileName().toString();
        return !hidden(name) && MediaFile.isMedia(name) && !inHiddenFolder(sourceDir, file);
    }

    /**
     * Whether {@link #listAll} names this file (a regular file below {@code sourceDir}) in a "not read"
     * warning: a watcher's change to it changes the listing's warnings, not any article.
     */
    public static boolean isNotRead(Path sourceDir, Path file) {
        String name = file.getFileName().toString();
        if (hidden(name) || inHiddenFolder(sourceDir, file)) {
            return false;
        }
        boolean listedKind = MediaFile.isMedia(name) || isArticleFile(file);
        return isUnfollowedLink(file) || listedKind && !Files.isRegularFile(file)
                || !listedKind && (meantAsArticle(name) || strayFrontMatter(file));
    }

    /**
     * Whether this is a link to a folder, which the listing does not follow: a link may lead anywhere,
     * to a folder above the site (a walk without end) or outside it (its files published unseen).
     */
    private static boolean isUnfollowedLink(Path entry) {
        return Files.isSymbolicLink(entry) && Files.isDirectory(entry);
    }

    /**
     * Whether a file that is not read looks like one meant to be: Markdown under another of its usual
     * extensions ({@code .markdown}, {@code .mdown}, {@code .mkd}, {@code .mkdn}, which Hugo or Jekyll read),
     * or {@code .md} or {@code .txt} in capitals. It is named in a warning rather than left out unseen.
     */
    private static boolean meantAsArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown") || lower.endsWith(".mdown")
                || lower.endsWith(".mkd") || lower.endsWith(".mkdn");
    }

    /**
     * Whether this is {@code NAME.yml} with no {@code NAME.txt} beside it: a raw-copy sidecar whose
     * copy was renamed or deleted, or front matter written apart from a Markdown article. Either way
     * nothing reads it, which its writer would not expect.
     */
    private static boolean strayFrontMatter(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".yml") && !Files.exists(entry.resolveSibling(name.substring(0, name.length() - ".yml".length()) + ".txt"));
    }

    /**
     * A regular file with the stamp of the look at it, or a link to one with its target's stamp;
     * nothing for anything else (a link to a folder, a dangling link, a device).
     */
    private static Optional<ListedFile> listed(Path entry, Map<String, Object> seen) {
        if (Boolean.TRUE.equals(seen.get("isRegularFile"))) {
            return Optional.of(new ListedFile(entry, FileStamp.settled(seen)));
        }
        if (Boolean.TRUE.equals(seen.get("isSymbolicLink")) && Files.isRegularFile(entry)) {
            return Optional.of(new ListedFile(entry, FileStamp.of(entry)));
        }
        return Optional.empty();
    }

    /** What one look at a directory entry reads: its kind, and the attributes of its stamp. */
    private static final String LOOK = FileStamp.ATTRIBUTES + ",isRegularFile,isDirectory,isSymbolicLink";

    private static void collect(Path dir, List<ListedFile> into, List<ListedFile> media, List<Path> notRead) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (hidden(entry.getFileName().toString())) {
                    continue; // a hidden file, or a hidden folder and all it holds
                }
                Map<String, Object> seen;
                try {
                    seen = look(entry);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (Boolean.TRUE.equals(seen.get("isDirectory"))) {
                    collect(entry, into, media, notRead);
                } else if (isUnfollowedLink(entry)) {
                    notRead.add(entry);
                } else if (MediaFile.isMedia(entry.getFileName().toString())) {
                    listed(entry, seen).ifPresentOrElse(media::add, () -> notRead.add(entry));
                } else if (!isArticleFile(entry)) {
                    if (meantAsArticle(entry.getFileName().toString()) || strayFrontMatter(entry)) {
                        notRead.add(entry);
                    }
                } else {
                    listed(entry, seen).ifPresentOrElse(into::add, () -> notRead.add(entry));
                }
            }
        }
    }

    /** The entry's kind and stamp attributes, not following a link; the kind alone where there is no {@code unix} view. */
    private static Map<String, Object> look(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, LOOK, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.readAttributes(entry, "isRegularFile,isDirectory,isSymbolicLink", LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Whether {@link #list} lists this file (when it is a regular file below {@code sourceDir}). */
    public static boolean isSource(Path sourceDir, Path file) {
        return isArticleFile(file) && !inHiddenFolder(sourceDir, file);
    }

    /** Whether a path names an article file (hidden and underscore files and folders are skipped). */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !hidden(name) && (name.endsWith(".md") || name.endsWith(".txt"));
    }

    private static boolean inHiddenFolder(Path sourceDir, Path file) {
        for (Path p = sourceDir.relativize(file).getParent(); p != null; p = p.getParent()) {
            if (hidden(p.getFileName().toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file or folder name is one a build skips: hidden, or starting with an underscore. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    /** Where a raw-copy file {@code NAME.txt} keeps its front matter: {@code NAME.yml} beside it. */
    public static Path sidecarOf(Path txtFile) {
        String name = txtFile.getFileName().toString();
        return txtFile.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".yml");
    }

    /**
     * The file a changed path stands for: for a raw-copy sidecar {@code NAME.yml}, the {@code NAME.txt}
     * it belongs to (the inverse of {@link #sidecarOf}); any other path itself.
     */
    public static Path ownerOf(Path changed) {
        String name = changed.getFileName().toString();
        return name.endsWith(".yml") ? changed.resolveSibling(name.substring(0, name.length() - ".yml".length()) + ".txt") : changed;
    }

    /**
     * Reads a file's bytes, and for raw copy its sidecar's; a file that can not be read, or that is a
     * link to a file outside the site and source folders ({@link SymbolicLinks}), is reported.
     */
    public static Optional<SourceFile> load(Path siteRoot, Path sourceDir, Path file, Problems problems) {
        String relPath = relative(siteRoot, file);
        try {
            if (SymbolicLinks.leadsOutside(file, siteRoot, sourceDir)) {
                problems.error(relPath, 1, 1, SymbolicLinks.message("the article", SymbolicLinks.sourceFolders(siteRoot, sourceDir)),
                        SymbolicLinks.HINT);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".txt")) {
                Path sidecar = sidecarOf(file);
                if (SymbolicLinks.leadsOutside(sidecar, siteRoot, sourceDir)) {
                    problems.error(relative(siteRoot, sidecar), 1, 1,
                            SymbolicLinks.message("the sidecar", SymbolicLinks.sourceFolders(siteRoot, sourceDir)), SymbolicLinks.HINT);
                    return Optional.empty();
                }
                if (Files.isRegularFile(sidecar)) {
                    relPath = relative(siteRoot, sidecar);
                    return Optional.of(new SourceFile(file, relative(siteRoot, file), bytes,
                            Optional.of(new SourceFile.Sidecar(sidecar, relPath, Files.readAllBytes(sidecar)))));
                }
            }
            return Optional.of(new SourceFile(file, relPath, bytes, Optional.empty()));
        } catch (IOException e) {
            problems.error(relPath, 0, 0, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes and splits a file; its problems (encoding, YAML) are reported and it is left out. */
    public static Optional<SourceDoc> split(SourceFile file, Problems problems) {
        try {
            String text = SourceText.decode(file.relPath(), file.bytes());
            return Optional.of(file.path().getFileName().toString().endsWith(".md")
                    ? splitMarkdown(file.path(), file.relPath(), text)
                    : rawCopy(file, text));
        } catch (BuildFailure e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    /** Splits {@code ---} front matter from the Markdown body. */
    static SourceDoc splitMarkdown(Path file, String relPath, String text) {
        FrontMatterSplit split = FrontMatterSplit.of(relPath, text);
        YNode.Mapping mapping = parseMapping(relPath, split.yaml(), 2);
        return new SourceDoc(file, relPath, SourceDoc.Format.MARKDOWN, relPath, mapping, split.body(), split.bodyLine());
    }

    /**
     * The Markdown body of a file's text, after its {@code ---} front matter, its YAML unread; empty
     * when the text has no closed front matter.
     */
    public static Optional<String> markdownBody(String relPath, String text) {
        try {
            return Optional.of(FrontMatterSplit.of(relPath, text).body());
        } catch (BuildFailure e) {
            return Optional.empty();
        }
    }

    /** The YAML of a file's {@code ---} front matter, unread; empty when the text has no closed front matter. */
    public static Optional<String> frontMatterYaml(String relPath, String text) {
        try {
            return Optional.of(FrontMatterSplit.of(relPath, text).yaml());
        } catch (BuildFailure e) {
            return Optional.empty();
        }
    }

    /** Raw copy: the whole file is the body; front matter comes from {@code NAME.yml} beside it, if any. */
    static SourceDoc rawCopy(SourceFile file, String text) {
        if (file.sidecar().isEmpty()) {
            return new SourceDoc(file.path(), file.relPath(), SourceDoc.Format.RAW_COPY, file.relPath(), EMPTY, text, 1);
        }
        SourceFile.Sidecar sidecar = file.sidecar().get();
        String yaml = SourceText.decode(sidecar.relPath(), sidecar.bytes());
        return new SourceDoc(file.path(), file.relPath(), SourceDoc.Format.RAW_COPY, sidecar.relPath(),
                parseMapping(sidecar.relPath(), yaml, 1), text, 1);
    }

    private static YNode.Mapping parseMapping(String relPath, String yaml, int firstLine) {
        Optional<YNode> root = YamlReader.read(relPath, yaml, firstLine);
        if (root.isEmpty()) {
            return new YNode.Mapping(Map.of(), firstLine, 1);
        }
        if (root.get() instanceof YNode.Mapping mapping) {
            return mapping;
        }
        throw new BuildFailure(gazette.diag.Problem.error(relPath, root.get().line(), root.get().column(),
                "front matter must be a mapping of keys to values, not a " + root.get().kind()));
    }

    /** A path relative to the site folder with forward slashes, as problems print it. */
    public static String relative(Path siteRoot, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return Objects.toString(rel).replace('\\', '/');
    }
}
