package gazette.config;

import java.util.List;

/**
 * One topic of the site.
 *
 * @param id          the id used in URLs and front matter
 * @param title       the name readers see
 * @param description one sentence for the topic page
 * @param keywords    lower-case words or phrases; an article without {@code topics} gets this topic
 *                    when one of them occurs in its text as a whole word
 */
public record Topic(TopicId id, String title, String description, List<String> keywords) {
    public Topic {
        keywords = List.copyOf(keywords);
    }
}
