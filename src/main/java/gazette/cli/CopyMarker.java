package gazette.cli;

import gazette.source.Fingerprint;
import gazette.source.SourceReader;

import java.nio.charset.StandardCharsets;

/**
 * The line {@code gazette import} writes into an article's front matter to know it again: a YAML
 * comment naming a fingerprint of the copy it came from ({@code # imported from copy 3f2a…}). An
 * article edited since it was imported has a text no longer the copy's, and the same copy imported
 * again was taken for another story and written beside it as {@code slug-2}; with the line, it is
 * the same article, and {@code --force} is asked for before its edits are replaced. The build reads
 * the line as the comment it is.
 */
final class CopyMarker {
    private static final String PREFIX = "# imported from copy ";

    private CopyMarker() {
    }

    /** The line for a copy's text: line ends and trailing spaces do not count, as a copy saved again may differ in them. */
    static String of(String copy) {
        return PREFIX + Fingerprint.of(ImportCommand.normalised(copy).getBytes(StandardCharsets.UTF_8))
                + " (gazette import finds this article again by it)";
    }

    /** The article's Markdown with the line at the top of its front matter. */
    static String add(String markdown, String marker) {
        return markdown.startsWith("---\n") ? "---\n" + marker + "\n" + markdown.substring(4) : markdown;
    }

    /** Whether an article's text carries the line in its front matter. */
    static boolean carries(String article, String marker) {
        return SourceReader.frontMatterYaml("", article).map(yaml -> yaml.lines().anyMatch(line -> line.strip().equals(marker)))
                .orElse(false);
    }
}
