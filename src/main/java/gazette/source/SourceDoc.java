package gazette.source;

import gazette.yaml.YNode;

import java.nio.file.Path;
import java.util.List;

/**
 * One source file, split but not yet interpreted.
 *
 * @param path            the file on disk
 * @param relPath         its path relative to the site folder, for problems
 * @param format          Markdown, or raw copy to be turned into Markdown
 * @param frontMatterFile where the front matter came from: the file itself, or the sidecar {@code .yml}
 * @param frontMatter     the front matter, an empty mapping when a raw-copy file has no sidecar
 * @param body            the text after the front matter
 * @param bodyLine        the 1-based line of the file on which {@code body} starts
 * @param bodyLines       for a body made from raw copy, the file's line of each of its lines (0-based);
 *                        empty when the body is the file's own text from {@code bodyLine} on
 */
public record SourceDoc(Path path, String relPath, Format format, String frontMatterFile, YNode.Mapping frontMatter,
        String body, int bodyLine, List<Integer> bodyLines) {

    public enum Format { MARKDOWN, RAW_COPY }

    public SourceDoc {
        bodyLines = List.copyOf(bodyLines);
    }

    /** A body that is the file's own text from {@code bodyLine} on. */
    public SourceDoc(Path path, String relPath, Format format, String frontMatterFile, YNode.Mapping frontMatter, String body,
            int bodyLine) {
        this(path, relPath, format, frontMatterFile, frontMatter, body, bodyLine, List.of());
    }

    /** The file's line of the body's line {@code index} (0-based): where a problem found there is reported. */
    public int fileLine(int index) {
        if (bodyLines.isEmpty()) {
            return bodyLine + index;
        }
        return bodyLines.get(Math.max(0, Math.min(index, bodyLines.size() - 1)));
    }

    /** The file name without folders, for the default slug. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
