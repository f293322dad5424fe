package gazette.source;

import gazette.yaml.YNode;

import java.nio.file.Path;

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
 */
public record SourceDoc(Path path, String relPath, Format format, String frontMatterFile, YNode.Mapping frontMatter,
        String body, int bodyLine) {

    public enum Format { MARKDOWN, RAW_COPY }

    /** The file name without folders, for the default slug. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
