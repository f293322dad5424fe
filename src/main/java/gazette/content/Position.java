package gazette.content;

/**
 * A place in a source file, kept on the model where a later stage may have to report it.
 *
 * @param file   relative to the site folder
 * @param line   1-based
 * @param column 1-based
 * @param what   what stands there, when it matters (a link's target)
 */
public record Position(String file, int line, int column, String what) {
    public Position(String file, int line, int column) {
        this(file, line, column, "");
    }
}
