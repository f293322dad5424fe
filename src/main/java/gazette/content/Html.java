package gazette.content;

/**
 * Markup that Gazette made itself (from Markdown, with user text escaped) and that templates print
 * as it is. Any other string a template prints is escaped.
 *
 * @param markup the markup; an article's is held as UTF-8 (see {@link Utf8Text})
 */
public record Html(Utf8Text markup) {
    public static final Html EMPTY = new Html("");

    public Html(String value) {
        this(Utf8Text.of(value));
    }

    public String value() {
        return markup.toString();
    }

    /** The same markup held as UTF-8, for an article's, which a build holds from reading to the end. */
    public Html compact() {
        return new Html(markup.compact());
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    @Override
    public String toString() {
        return value();
    }
}
