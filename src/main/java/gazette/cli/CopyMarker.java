package gazette.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

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
        String normalised = copy.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n")).strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 12) + " (gazette import finds this article again by it)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The article's Markdown with the line at the top of its front matter. */
    static String add(String markdown, String marker) {
        return markdown.startsWith("---\n") ? "---\n" + marker + "\n" + markdown.substring(4) : markdown;
    }

    /** Whether an article's text carries the line in its front matter. */
    static boolean carries(String article, String marker) {
        String normalised = article.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return false;
        }
        int end = normalised.indexOf("\n---", 3);
        String frontMatter = end < 0 ? normalised : normalised.substring(0, end);
        return frontMatter.lines().anyMatch(line -> line.strip().equals(marker));
    }
}
