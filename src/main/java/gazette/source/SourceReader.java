package gazette.source;

import gazette.diag.BuildFailure;
import gazette.diag.Problems;
import gazette.yaml.YNode;
import gazette.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
        if (!Files.isDirectory(sourceDir)) {
            problems.error(relative(siteRoot, sourceDir), 0, 0, "source folder not found", "create it or pass --source");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceDir)) {
            files = walk.filter(Files::isRegularFile).filter(SourceReader::isArticleFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.error(relative(siteRoot, sourceDir), 0, 0, "cannot list source folder: " + e.getMessage());
            return List.of();
        }
        return files.parallelStream()
                .map(file -> readOne(siteRoot, sourceDir, file, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether a path names an article file (hidden and underscore files and folders are skipped). */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    static Optional<SourceDoc> readOne(Path siteRoot, Path sourceDir, Path file, Problems problems) {
        for (Path p = sourceDir.relativize(file).getParent(); p != null; p = p.getParent()) {
            String segment = p.getFileName().toString();
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return Optional.empty();
            }
        }
        String relPath = relative(siteRoot, file);
        try {
            String text = SourceText.decode(relPath, Files.readAllBytes(file));
            return Optional.of(file.getFileName().toString().endsWith(".md")
                    ? splitMarkdown(file, relPath, text)
                    : rawCopy(siteRoot, file, relPath, text));
        } catch (BuildFailure e) {
            e.problems().forEach(problems::add);
        } catch (IOException e) {
            problems.error(relPath, 0, 0, "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Splits {@code ---} front matter from the Markdown body. */
    static SourceDoc splitMarkdown(Path file, String relPath, String text) {
        FrontMatterSplit split = FrontMatterSplit.of(relPath, text);
        YNode.Mapping mapping = parseMapping(relPath, split.yaml(), 2);
        return new SourceDoc(file, relPath, SourceDoc.Format.MARKDOWN, relPath, mapping, split.body(), split.bodyLine());
    }

    /** Raw copy: the whole file is the body; front matter comes from {@code NAME.yml} beside it, if any. */
    static SourceDoc rawCopy(Path siteRoot, Path file, String relPath, String text) throws IOException {
        String name = file.getFileName().toString();
        Path sidecar = file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".yml");
        if (!Files.isRegularFile(sidecar)) {
            return new SourceDoc(file, relPath, SourceDoc.Format.RAW_COPY, relPath, EMPTY, text, 1);
        }
        String sidecarRel = relative(siteRoot, sidecar);
        String yaml = SourceText.decode(sidecarRel, Files.readAllBytes(sidecar));
        return new SourceDoc(file, relPath, SourceDoc.Format.RAW_COPY, sidecarRel, parseMapping(sidecarRel, yaml, 1), text, 1);
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
