package gazette.text;

/**
 * Characters that may not appear in a page or a feed: control characters other than tab, line feed
 * and carriage return (HTML counts each as an error, XML 1.0 refuses most of them outright), the
 * noncharacters (U+FDD0 to U+FDEF and the last two code points of every plane, U+FFFE, U+1FFFF and
 * so on), and halves of a surrogate pair without their other half, which no encoding can write.
 *
 * <p>A file's own bytes never bring them in: {@code SourceText} makes them spaces as it reads. They
 * arrive through escapes that stand for a character: a YAML escape in a quoted value
 * ({@code "\x07"}, {@code "\u0001"}) or a Markdown character reference ({@code &#1;},
 * {@code &#xFFFE;}, {@code &#xD800;}). Those become U+FFFD, the replacement character, as CommonMark
 * does for {@code &#0;} and for code points that do not exist: one such reference made a site's feed
 * unreadable to any XML parser.
 */
public final class ForbiddenCharacters {
    public static final char REPLACEMENT = '\uFFFD';

    private ForbiddenCharacters() {
    }

    /** Whether {@code codePoint} may not appear in a page or feed (an unpaired surrogate aside: see {@link #replaced}). */
    public static boolean isForbidden(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        }
        return codePoint >= 0x7F && codePoint <= 0x9F
                || codePoint >= 0xFDD0 && codePoint <= 0xFDEF
                || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * {@code text} with every forbidden character and every unpaired surrogate replaced by one U+FFFD;
     * {@code text} itself when it has none, which is the common case and costs one scan.
     */
    public static String replaced(String text) {
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int i = first;
        while (i < text.length()) {
            int width = forbiddenWidth(text, i);
            if (width > 0) {
                out.append(REPLACEMENT);
                i += width;
            } else {
                int codePoint = text.codePointAt(i);
                out.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} with every forbidden character and unpaired surrogate made spaces, one per UTF-16
     * unit, so that every later character keeps its line and column; {@code text} itself when it has none.
     */
    public static String blanked(String text) {
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (surelyAllowed(chars[i])) {
                continue;
            }
            int width = forbiddenWidth(text, i);
            for (int k = 0; k < width; k++) {
                chars[i + k] = ' ';
            }
            if (width == 0 && Character.isHighSurrogate(chars[i])) {
                i++; // a whole pair that may appear
            } else if (width > 0) {
                i += width - 1;
            }
        }
        return new String(chars);
    }

    /** Index of the first forbidden character or unpaired surrogate, or -1. */
    static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (surelyAllowed(c)) {
                continue;
            }
            if (forbiddenWidth(text, i) > 0) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++; // a whole pair, checked above
            }
        }
        return -1;
    }

    /** The printable ASCII, line feed, and Latin, Cyrillic, CJK... text that makes up nearly everything: the fast path. */
    private static boolean surelyAllowed(char c) {
        return c >= 0x20 && c < 0x7F || c == '\n' || c > 0x9F && c < 0xD800;
    }

    /**
     * How many chars at {@code i} make a forbidden character or an unpaired surrogate (1 or 2), or 0
     * when the code point there may appear.
     */
    private static int forbiddenWidth(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return isForbidden(Character.toCodePoint(c, text.charAt(i + 1))) ? 2 : 0;
            }
            return 1;
        }
        if (Character.isLowSurrogate(c)) {
            return 1; // a pair's second half is consumed with its first, so this one has none
        }
        return isForbidden(c) ? 1 : 0;
    }
}
