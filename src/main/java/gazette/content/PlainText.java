package gazette.content;

/** Whitespace handling for plain text, without regular expressions: it runs over every article's whole text. */
public final class PlainText {
    private PlainText() {
    }

    /** Each run of whitespace (space, tab, line breaks, form feed, vertical tab) as one space; the same as {@code replaceAll("\\s+", " ")}. */
    public static String collapse(String s) {
        return collapse(s, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #collapse(String)}, but stops once the result is longer than {@code enough}
     * characters: for taking a lead from a long text.
     */
    public static String collapse(String s, int enough) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), enough < Integer.MAX_VALUE ? enough + 1 : s.length()));
        boolean inSpace = false;
        for (int i = 0; i < s.length() && out.length() <= enough; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code text}, its whitespace collapsed, contains {@code needle}, itself collapsed and
     * trimmed: whether an article's text already says its summary. Collapsing changes only
     * whitespace, so every word of the needle must be in the text as written; looking for the longest
     * one first spares collapsing a whole text that can not contain the needle.
     */
    public static boolean containsCollapsed(String text, String needle) {
        if (needle.isEmpty() || text.contains(needle)) {
            return true;
        }
        String longest = "";
        for (String word : needle.split(" ")) {
            longest = word.length() > longest.length() ? word : longest;
        }
        return text.contains(longest) && collapse(text).contains(needle);
    }
}
