package gazette.content.rawcopy;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes an {@link ImportedCopy} as a Gazette article: YAML front matter between {@code ---}
 * lines, then the Markdown body. The source is the editor's, else the agency the dateline names.
 * What neither the copy nor the editor gave (title, date, source, topics)
 * is written as a commented-out key with a {@code TODO editor} note: still valid YAML, so the
 * build reads the file and reports the missing {@code date} as a clear error until it is filled
 * in, rather than the importer inventing one.
 */
public final class MarkdownArticleWriter {
    private static final Pattern PLAIN_DATE = Pattern.compile(
            "\\d{4}-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?)?");

    private MarkdownArticleWriter() {
    }

    /** The whole text of the {@code .md} file, whose slug its file name gives. */
    public static String write(ImportedCopy copy, FrontMatterFields fields) {
        return write(copy, fields, Optional.empty());
    }

    /**
     * The whole text of the {@code .md} file, with a {@code slug:} key when given: for a file whose
     * name does not give its slug ({@code 1994-03-talks.md}: the build takes only a full
     * {@code YYYY-MM-DD-} off a name).
     */
    public static String write(ImportedCopy copy, FrontMatterFields fields, Optional<String> slug) {
        StringBuilder out = new StringBuilder("---\n");
        copy.title().ifPresentOrElse(t -> key(out, "title", t), () -> todo(out, "title: \"\"",
                "the copy starts without a headline (its first paragraph is too long for one); the build stops until it is set"));
        fields.date().ifPresentOrElse(
                d -> out.append("date: ").append(PLAIN_DATE.matcher(d).matches() ? d : quote(d)).append('\n'),
                () -> todo(out, "date: YYYY-MM-DD", "the copy gives no date; the build stops until it is set"
                        + (copy.live() ? " (update times are on this date)" : "")));
        slug.ifPresent(value -> out.append("slug: ").append(value).append('\n'));
        copy.summary().ifPresent(s -> key(out, "summary", s));
        if (fields.source().isEmpty() && copy.agency().isPresent()) {
            // The copy names its agency itself (LONDON (Reuters) -): that is its source, said where it came from.
            out.append("source: ").append(quote(copy.agency().get())).append("   # named in the dateline\n");
        } else {
            optional(out, "source", fields.source(), "# source: \"\"", "the copy names no publication");
        }
        optional(out, "source_url", fields.sourceUrl(), "# source_url: \"\"", "the copy gives no link to the original");
        copy.author().ifPresent(a -> key(out, "author", a));
        copy.dateline().ifPresent(d -> key(out, "dateline", d));
        if (fields.topics().isEmpty()) {
            todo(out, "topics: []", "none given; the keyword rules in gazette.yml assign them unless you list ids here");
        } else {
            out.append("topics: [")
                    .append(fields.topics().stream().map(MarkdownArticleWriter::quote).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        if (copy.live()) {
            out.append("type: live\n");
        }
        out.append("---\n");
        if (!copy.markdownBody().isEmpty()) {
            out.append('\n').append(copy.markdownBody());
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar: the only style in which any headline (with {@code : }, {@code #},
     * quotes or a leading {@code -}) stays a string without inspection.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append("\\u%04X".formatted(c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static void key(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(quote(value)).append('\n');
    }

    private static void optional(StringBuilder out, String key, Optional<String> value, String placeholder,
            String why) {
        value.ifPresentOrElse(v -> key(out, key, v), () -> todo(out, placeholder.substring(2), why));
    }

    private static void todo(StringBuilder out, String commentedKey, String why) {
        out.append("# ").append(commentedKey).append("   # TODO editor: ").append(why).append('\n');
    }
}
