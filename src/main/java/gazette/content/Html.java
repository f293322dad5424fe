package gazette.content;

/**
 * Markup that Gazette made itself (from Markdown, with user text escaped) and that templates print
 * as it is. Any other string a template prints is escaped.
 *
 * @param markup the markup, kept undecoded while it comes from the build cache and nobody reads it
 */
public record Html(Utf8Text markup) {
    public static final Html EMPTY = new Html("");

    public Html(String value) {
        this(Utf8Text.of(value));
    }

    public String value() {
        return markup.toString();
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    @Override
    public String toString() {
        return value();
    }
}
