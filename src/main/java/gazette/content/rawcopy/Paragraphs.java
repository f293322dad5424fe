package gazette.content.rawcopy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts copy into paragraphs. Blank lines always end a paragraph. Inside a run of lines, each line
 * is its own paragraph (pasted web copy puts one paragraph on a line, often with no blank lines at
 * all), except where a line was visibly wrapped: wire copy broken at 70 characters, or a line that
 * stops mid-sentence and whose next line starts in lower case. Splitting a wrapped sentence would
 * only cost a paragraph break; joining two paragraphs would merge a headline into its text, so
 * short lines (headlines, times, bylines) and lines ending a sentence are never joined.
 */
final class Paragraphs {
    /** Shorter lines are headlines, times or bylines, never the wrapped part of a sentence. */
    private static final int WRAPPED_MIN = 45;
    /** Wire services wrap at 64–80 characters; web copy has no line this short per paragraph. */
    private static final int WRAP_WIDTH_MAX = 100;
    private static final Pattern TRAILING_DASH = Pattern.compile("(?:--|—|–|\\s[-_])$");

    /**
     * @param line 1-based line of the paragraph's first line
     * @param text the paragraph's text, its lines joined by single spaces
     */
    record Paragraph(int line, String text) {
        Paragraph withText(String newText) {
            return new Paragraph(line, newText);
        }
    }

    private Paragraphs() {
    }

    /**
     * @param lines the copy's lines, trimmed, with furniture already blanked out
     */
    static List<Paragraph> split(String[] lines) {
        boolean hardWrapped = isHardWrapped(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                if (current != null) {
                    paragraphs.add(new Paragraph(start, current.toString()));
                    current = null;
                }
                previous = null;
                continue;
            }
            // The first paragraph (the headline) is never joined with what follows it.
            if (current != null && !paragraphs.isEmpty() && continues(previous, line, hardWrapped)) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    paragraphs.add(new Paragraph(start, current.toString()));
                }
                current = new StringBuilder(line);
                start = i + 1;
            }
            previous = line;
        }
        if (current != null) {
            paragraphs.add(new Paragraph(start, current.toString()));
        }
        return paragraphs;
    }

    private static boolean continues(String previous, String next, boolean hardWrapped) {
        if (TRAILING_DASH.matcher(previous).find()) {
            return true;   // a dateline on its own line: "WASHINGTON, July 1 (Reuters) -", "WASHINGTON (AP) _"
        }
        if (previous.length() < WRAPPED_MIN || CopyPatterns.endsSentence(previous) || endsClause(previous)
                || CopyPatterns.caption(previous).isPresent() || CopyPatterns.attribution(next).isPresent()
                || UpdateTimes.timeOnly(next).isPresent() || CopyPatterns.caption(next).isPresent()) {
            return false;
        }
        return hardWrapped || Character.isLowerCase(next.codePointAt(0));
    }

    private static boolean endsClause(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '"' || last == '”';
    }

    /** Two or more mid-sentence line ends in lines no wider than a wire service's. */
    private static boolean isHardWrapped(String[] lines) {
        int wrapped = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > WRAP_WIDTH_MAX) {
                return false;
            }
            boolean nextIsText = i + 1 < lines.length && !lines[i + 1].isEmpty();
            if (nextIsText && line.length() >= WRAPPED_MIN && !CopyPatterns.endsSentence(line)) {
                wrapped++;
            }
        }
        return wrapped >= 2;
    }
}
