package gazette.content.rawcopy;

import gazette.diag.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reader found in a piece of copy, for the editor to check against the original.
 *
 * @param updateHeadlines a live blog's update headlines in the copy's order (newest first); empty for an article
 * @param times           update times found, as written in the article ({@code 10:32}, {@code 14:05+01:00})
 * @param captions        photo and video captions
 * @param quotes          block quotes closed by an attribution line
 * @param removed         furniture lines dropped, in copy order
 * @param notes           what the reader changed beyond the lines' form (updates set newest first, a zone
 *                        given to bare times), for the editor to check
 * @param warnings        what the reader could not settle and the editor must (bare times in a copy of
 *                        several zones), at their lines in the copy
 */
public record ImportReport(List<String> updateHeadlines, List<String> times, int captions, int quotes,
        List<RemovedLine> removed, List<String> notes, List<Problem> warnings) {

    public ImportReport {
        updateHeadlines = List.copyOf(updateHeadlines);
        times = List.copyOf(times);
        removed = List.copyOf(removed);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** A report with nothing changed beyond the lines' form and nothing left unsettled. */
    public ImportReport(List<String> updateHeadlines, List<String> times, int captions, int quotes, List<RemovedLine> removed) {
        this(updateHeadlines, times, captions, quotes, removed, List.of(), List.of());
    }

    /**
     * The report as a few lines for the terminal, e.g. {@code 7 live updates:} followed by one
     * indented headline a line, {@code 2 captions}, {@code 1 quote with attribution},
     * {@code removed line 5: Live updates}.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!updateHeadlines.isEmpty()) {
            lines.add(count(updateHeadlines.size(), "live update", "live updates") + ":");
            updateHeadlines.forEach(h -> lines.add("  " + h));
        }
        if (!times.isEmpty()) {
            lines.add(count(times.size(), "update time", "update times") + ": " + String.join(", ", times));
        }
        notes.forEach(lines::add);
        lines.add(count(captions, "caption", "captions"));
        lines.add(count(quotes, "quote with attribution", "quotes with attribution"));
        removed.forEach(r -> lines.add("removed line %d: %s".formatted(r.line(), r.text())));
        return lines;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
