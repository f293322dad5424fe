package gazette.content;

/**
 * A dated event an article reports, from its {@code events:} list; it joins the timeline.
 *
 * @param date  when it happened
 * @param title what happened, in one line
 */
public record Event(NewsDate date, String title) {
}
