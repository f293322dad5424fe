package gazette.content.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * HTML written into one {@link StringBuilder}, laid out in lines by the rules of flexmark's HTML
 * writer, so that pages stay byte for byte as flexmark made them.
 *
 * <p>Those rules, for the options Gazette used (no indentation, leading whitespace trimmed, at most
 * one blank line): outside {@code <pre>} a line's leading spaces are dropped (a tab is kept, and the
 * spaces after it are dropped too, until the first other character); a run of empty lines is written as
 * one ({@link #withoutBlankLines} as none); {@link #line()} ends the line unless it is empty; inside
 * {@code <pre>} every character and every line is kept. Flexmark applies them by sending each
 * character through a call of its own with line bookkeeping; here a run of text is copied in one go
 * once its line has begun.
 */
final class HtmlLines {
    private final StringBuilder out;
    private final boolean keepsOneBlankLine;
    private int lineStart;
    /** Whether the current line has had a character other than a space or tab: then spaces are kept. */
    private boolean lineBegun;
    private boolean lastLineBlank;
    private int preNesting;

    private HtmlLines(int capacity, boolean keepsOneBlankLine) {
        this.out = new StringBuilder(capacity);
        this.keepsOneBlankLine = keepsOneBlankLine;
    }

    /** For a whole body: a run of blank lines becomes one, as flexmark's renderer wrote it. */
    static HtmlLines forBody(int capacity) {
        return new HtmlLines(capacity, true);
    }

    /**
     * For a fragment rendered on its own and pasted into the body (a caption, an attribution, a live
     * update's heading): flexmark's sub-writer was read with no blank lines at all.
     */
    static HtmlLines withoutBlankLines() {
        return new HtmlLines(64, false);
    }

    /** Ends the current line, unless nothing is on it (inside {@code <pre>} it always ends). */
    HtmlLines line() {
        if (preNesting > 0 || out.length() > lineStart) {
            endLine();
        }
        return this;
    }

    void openPre() {
        preNesting++;
    }

    void closePre() {
        preNesting--;
    }

    /** Markup of Gazette's own, or HTML rendered already: written as it is, but laid out in lines. */
    HtmlLines raw(String markup) {
        write(markup, false);
        return this;
    }

    /** Text: {@code & < > "} escaped. */
    HtmlLines text(String text) {
        write(text, true);
        return this;
    }

    /**
     * An attribute, {@code  name="value"}, its value escaped as flexmark escapes attributes: a
     * character reference already in it ({@code &amp;}, {@code &#233;}) is kept as it is.
     */
    HtmlLines attr(String name, String value) {
        raw(" ").raw(name).raw("=\"").raw(attributeValue(value)).raw("\"");
        return this;
    }

    private static String attributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }

    /** The HTML, its last line ended. */
    String finish() {
        line();
        return out.toString();
    }

    private void write(String s, boolean escape) {
        int n = s.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!lineBegun && preNesting == 0) {
                // Before a line's first character: spaces dropped, one character at a time.
                out.append(s, copied, i);
                copied = i + 1;
                if (c == '\n') {
                    endLine();
                } else if (c == '\t') {
                    out.append(c);
                } else if (c != ' ') {
                    appendEscaped(c, escape);
                    lineBegun = true;
                }
                continue;
            }
            if (c == '\n') {
                out.append(s, copied, i);
                copied = i + 1;
                endLine();
            } else if (escape && (c == '&' || c == '<' || c == '>' || c == '"')) {
                out.append(s, copied, i);
                copied = i + 1;
                appendEscaped(c, true);
            }
        }
        out.append(s, copied, n);
        if (copied < n && preNesting > 0) {
            lineBegun = true; // only to leave the slow path; inside <pre> spaces are kept anyway
        }
    }

    private void appendEscaped(char c, boolean escape) {
        if (escape) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        } else {
            out.append(c);
        }
    }

    private void endLine() {
        boolean blank = out.length() == lineStart && preNesting == 0;
        if (blank && (lastLineBlank || !keepsOneBlankLine)) {
            return; // dropped, as flexmark drops a blank line after another one
        }
        out.append('\n');
        lastLineBlank = blank;
        lineStart = out.length();
        lineBegun = false;
    }
}
