package gazette.content;

import gazette.config.TopicId;

import java.util.List;
import java.util.Optional;

/**
 * One update of a live blog: a {@code ##} section.
 *
 * @param id        the anchor, stable across edits of the text: from the heading, or pinned with {@code {#id}}
 * @param title     the heading as plain text
 * @param titleHtml the heading's inline markup
 * @param date      when it was posted, if the source says
 * @param topics    its topics: given in its metadata line, else from the keyword rules
 * @param topicsExplained the keyword matches that assigned {@code topics}, empty when they were given
 * @param body      the update's HTML, without the heading and the metadata line
 * @param text      plain text of title and body, for topic rules and search
 */
public record LiveUpdate(String id, String title, Html titleHtml, Optional<NewsDate> date, List<TopicId> topics,
        List<TopicMatch> topicsExplained, Html body, Utf8Text text) {
    public LiveUpdate {
        topics = List.copyOf(topics);
        topicsExplained = List.copyOf(topicsExplained);
    }

    /** Plain text of the body alone: {@link #text} without the title line it starts with. */
    public String bodyText() {
        String all = text.toString();
        return all.startsWith(title + "\n") ? all.substring(title.length() + 1) : all;
    }
}
