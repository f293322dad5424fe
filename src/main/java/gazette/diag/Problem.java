package gazette.diag;

import java.util.Comparator;

/**
 * One thing wrong with the input, printed as {@code path:line:col: message (hint)}.
 *
 * @param severity whether the build stops
 * @param file     path relative to the site folder, with forward slashes
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong, in the user's terms
 * @param hint     how to fix it, or {@code null}
 */
public record Problem(Severity severity, String file, int line, int column, String message, String hint) {

    /** Files in name order, then by position, so the report reads top to bottom. */
    public static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message, null);
    }

    public static Problem error(String file, int line, int column, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, column, message, hint);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = "%s:%d:%d: ".formatted(file, Math.max(line, 1), Math.max(column, 1));
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return where + prefix + message + (hint == null ? "" : " (" + hint + ")");
    }
}
