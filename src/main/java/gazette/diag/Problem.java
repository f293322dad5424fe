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
        String where = "%s:%d:%d: ".formatted(printable(file), Math.max(line, 1), Math.max(column, 1));
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return where + prefix + printable(message) + (hint == null ? "" : " (" + printable(hint) + ")");
    }

    /**
     * {@code text} with control characters (a tab aside) and direction overrides written out as a
     * backslash, {@code u} and four hexadecimal digits. Why:
     * messages quote what the user's files hold (a slug, a link, a tag), and the report goes to a
     * terminal, where an escape character in a YAML value ({@code "\e]0;..."}) would be obeyed, not
     * shown, and a right-to-left override would turn the rest of the line around.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Controls, and the format characters that show nothing (zero-width space, word joiner, direction
            // marks and overrides, the byte-order mark, soft hyphen): a name holding one looks like another in a
            // terminal. The zero-width (non-)joiners stay: Persian and emoji spell words with them.
            boolean hidden = Character.isISOControl(c) && c != '\t' || Character.getType(c) == Character.FORMAT
                    && c != '\u200C' && c != '\u200D';
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
