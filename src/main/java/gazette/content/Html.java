package gazette.content;

/**
 * Markup that Gazette made itself (from Markdown, with user text escaped) and that templates print
 * as it is. Any other string a template prints is escaped.
 */
public record Html(String value) {
    public static final Html EMPTY = new Html("");

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
