package gazette.content;

/**
 * The web and mail addresses in an article's plain text, for the keyword rules to pass over: a bare
 * link, {@code https://www.example.gov.uk/heatwave-plan/protecting-health.pdf}, is one name, not the
 * words "heatwave" and "health" in the text. A link written behind its text has no address in the
 * plain text; one whose text is itself an address has, and is passed over too.
 *
 * <p>An address is a run of characters without white space that holds {@code ://} (from its scheme
 * on), starts with {@code www.}, is {@code name@host.tld}, or starts with a host name and a path
 * ({@code gov.uk/heatwave-plan}). It runs to the next white space or quotation mark; brackets and
 * punctuation around it are passed over with it, which no keyword can miss, as they end a word anyway.
 *
 * <p>Without a regular expression, in one pass over each run: this runs over the whole text of every
 * article, and a text without {@code /}, {@code www.} or {@code @} is returned as it is.
 */
final class WebAddresses {
    /** What an address's characters become: neither a letter, a digit nor a space, so no keyword matches in or across it. */
    static final char BLANK = '\u0000';

    private WebAddresses() {
    }

    /** The text with each address's characters replaced by {@link #BLANK}, one for one, so indices stay. */
    static String blanked(String text) {
        if (text.indexOf('/') < 0 && text.indexOf('@') < 0 && text.indexOf("www.") < 0 && text.indexOf("WWW.") < 0) {
            return text;
        }
        char[] out = null;
        int i = 0;
        while (i < text.length()) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            int start = addressStart(text, i, end);
            if (start >= 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int k = start; k < end; k++) {
                    out[k] = BLANK;
                }
            }
            i = end;
        }
        return out == null ? text : new String(out);
    }

    /** Where an address starts in the run {@code [from, to)} of characters without white space, or -1. */
    private static int addressStart(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ':' && text.startsWith("//", k + 1)) {
                int start = k;
                while (start > from && isSchemeChar(text.charAt(start - 1))) {
                    start--;
                }
                if (start < k) {
                    return start;
                }
            } else if ((c == 'w' || c == 'W') && text.regionMatches(true, k, "www.", 0, 4) && k + 4 < to
                    && (k == from || !isAsciiLetterOrDigit(text.charAt(k - 1)))) {
                return k;
            } else if (c == '@') {
                int start = k;
                while (start > from && isMailLocal(text.charAt(start - 1))) {
                    start--;
                }
                if (start < k && hostEnd(text, k + 1, to) > k + 1) {
                    return start;
                }
            }
        }
        int first = from;
        while (first < to && "([{<'‘".indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        int host = hostEnd(text, first, to);
        return host > first && host < to && text.charAt(host) == '/' ? first : -1;
    }

    /**
     * The end of a host name starting at {@code from}: labels of ASCII letters, digits and hyphens, at
     * least two, the last of letters only ({@code gov.uk}, not {@code 3.5} or {@code e.g.}); else {@code from}.
     */
    private static int hostEnd(String text, int from, int to) {
        int i = from;
        int dots = 0;
        int labelStart = from;
        while (i < to && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '.')) {
            if (text.charAt(i) == '.') {
                if (i + 1 == to || !isAsciiLetterOrDigit(text.charAt(i + 1))) {
                    break;   // a full stop after the address: "health@example.org."
                }
                if (i == labelStart) {
                    return from;   // an empty label: "e..g", ".uk"
                }
                dots++;
                labelStart = i + 1;
            }
            i++;
        }
        if (dots == 0 || i - labelStart < 2) {
            return from;
        }
        for (int k = labelStart; k < i; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return from;
            }
        }
        return i;
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '+' || c == '.' || c == '-';
    }

    private static boolean isMailLocal(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The white space that ends an address, and the quotation marks that close one quoted in the text. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || "\"“”«»".indexOf(c) >= 0;
    }
}
