package gazette.content.rawcopy;

import java.util.regex.Pattern;

/**
 * Escapes copy so that Markdown shows it word for word. Raw copy is prose, not Markdown: a line
 * that starts with {@code #}, {@code >}, {@code - } or {@code 1.}, or text with {@code *}, {@code _},
 * {@code [}, {@code <} or an {@code &amp;}-entity, would otherwise turn into markup or vanish.
 * CommonMark lets a backslash escape any ASCII punctuation, so escaping more than strictly needed
 * is harmless; escaping too little loses words.
 */
final class MarkdownText {
    /** Characters that start inline markup anywhere in a line (braces: attribute and heading-id syntax). */
    private static final String INLINE_SPECIAL = "\\`*_[]<{}";
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    /** Characters that start a block (heading, quote, list, thematic break, setext line, fence) at line start. */
    private static final String BLOCK_START = "#>+-=~|";

    private MarkdownText() {
    }

    /** Text inside a line: emphasis, links, code, HTML and entities are neutralised. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }

    /** A whole paragraph: inline escapes plus whatever its first characters would make of the block. */
    static String paragraph(String text) {
        String escaped = inline(text.strip());
        if (!escaped.isEmpty() && BLOCK_START.indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /** Heading text: also every {@code #}, since trailing ones would be read as a closing sequence. */
    static String heading(String text) {
        return inline(text.strip()).replace("#", "\\#");
    }
}
