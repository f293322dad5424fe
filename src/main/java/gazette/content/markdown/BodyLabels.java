package gazette.content.markdown;

import gazette.config.Labels;

import java.util.Map;

/**
 * The few words of the interface a body's HTML holds itself, in the site's language: the name of the
 * box a wide table scrolls in, the heading of the notes and the names of their links back. They are
 * written into the HTML as the body renders, so a change of language or of {@code labels:} (in
 * gazette.yml, whose bytes every article's cache key holds) renders the bodies again.
 *
 * @param table     the scrolling box's accessible name, with {@code {number}} ("Table {number}")
 * @param notes     the notes' heading, for screen readers ("Notes")
 * @param back      a note's link back to its first marker, with {@code {number}} ("Back to reference {number}")
 * @param backAgain its links back to its later markers, with {@code {number}} and {@code {mention}}
 */
public record BodyLabels(String table, String notes, String back, String backAgain) {
    /** English, as the built-in table has it. */
    public static final BodyLabels ENGLISH = of(Labels.english());

    public static BodyLabels of(Labels labels) {
        return new BodyLabels(labels.text("body.table"), labels.text("footnotes.heading"), labels.text("footnotes.back"),
                labels.text("footnotes.backAgain"));
    }

    /** The name of the box of the body's table {@code number}, the first being 1. */
    String tableNamed(int number) {
        return Labels.fill(table, name -> name.equals("number") ? Integer.toString(number) : null, text -> text);
    }

    /** The name of note {@code number}'s link back to its marker {@code again} (0 the first, 1 the second…). */
    String backTo(int number, int again) {
        Map<String, String> values = Map.of("number", Integer.toString(number), "mention", Integer.toString(again + 1));
        return Labels.fill(again == 0 ? back : backAgain, values::get, text -> text);
    }
}
