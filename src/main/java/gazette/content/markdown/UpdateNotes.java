package gazette.content.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A live blog's footnotes, each moved to the end of the part that first refers to it: its
 * introduction or one of its updates. Flexmark writes every note of a document in one list at its
 * end, which a live blog's HTML, cut into updates, left at the end of the last update (the oldest),
 * so that one update's feed entry carried every note and none of the others had theirs. A note keeps
 * its number ({@code <li value="3">} in the part's own list) and its id, so markers and way-back
 * links work as before. The list's heading, an {@code h2} below the page's title, becomes an
 * {@code h4} in an update, below the update's {@code h3} ({@link HeadingLevels}).
 */
final class UpdateNotes {
    private static final String LIST = "<div class=\"footnotes\">";
    private static final String ITEM = "<li id=\"fn-";
    private static final String MARKER = "id=\"fnref-";

    private UpdateNotes() {
    }

    /**
     * @param parts the rendered HTML cut at the updates: the introduction, then each update (its
     *              heading, then its body), the footnote list at the end of the last
     * @return the same parts with each note at the end of the first part that refers to it
     */
    static String[] distribute(String[] parts) {
        int last = parts.length - 1;
        int at = parts[last].lastIndexOf(LIST);
        int listStart = at < 0 ? -1 : parts[last].indexOf("<ol>", at);
        int listEnd = at < 0 ? -1 : parts[last].lastIndexOf("</ol>");
        if (listStart < 0 || listEnd < listStart) {
            return parts;
        }
        String head = parts[last].substring(at, listStart + "<ol>".length());
        String updateHead = head.replace("<h2 ", "<h4 ").replace("</h2>", "</h4>");
        String tail = parts[last].substring(listEnd);
        String[] out = parts.clone();
        out[last] = parts[last].substring(0, at);

        Map<String, Integer> firstPart = firstMarkers(out);
        Map<Integer, StringBuilder> notesOf = new HashMap<>();
        String items = parts[last].substring(listStart + "<ol>".length(), listEnd);
        List<Integer> starts = new ArrayList<>();
        for (int i = items.indexOf(ITEM); i >= 0; i = items.indexOf(ITEM, i + 1)) {
            starts.add(i);
        }
        if (starts.isEmpty()) {
            return parts;
        }
        String before = items.substring(0, starts.get(0)); // the line break after <ol>
        for (int k = 0; k < starts.size(); k++) {
            String item = items.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : items.length());
            String ordinal = item.substring(ITEM.length(), item.indexOf('"', ITEM.length()));
            int owner = firstPart.getOrDefault(ordinal, last);
            String numbered = ITEM + ordinal + "\" value=\"" + ordinal + "\"" + item.substring(ITEM.length() + ordinal.length() + 1);
            notesOf.computeIfAbsent(owner, p -> new StringBuilder(p == 0 ? head : updateHead).append(before)).append(numbered);
        }
        notesOf.forEach((part, notes) -> out[part] = out[part] + notes.append(tail));
        return out;
    }

    /** For each note's number, the first part with a marker of it ({@code id="fnref-3"}, {@code id="fnref-3-1"}). */
    private static Map<String, Integer> firstMarkers(String[] parts) {
        Map<String, Integer> first = new HashMap<>();
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            for (int i = part.indexOf(MARKER); i >= 0; i = part.indexOf(MARKER, i + 1)) {
                int from = i + MARKER.length();
                int end = from;
                while (end < part.length() && Character.isDigit(part.charAt(end))) {
                    end++;
                }
                first.putIfAbsent(part.substring(from, end), p);
            }
        }
        return first;
    }
}
