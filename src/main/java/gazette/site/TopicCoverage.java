package gazette.site;

import gazette.config.Topic;
import gazette.content.Article;
import gazette.content.LiveUpdate;

import java.util.List;

/**
 * One topic and what covers it.
 *
 * @param topic    the topic
 * @param articles articles with the topic, newest first
 * @param updates  live updates with the topic, newest first
 */
public record TopicCoverage(Topic topic, List<Article> articles, List<UpdateRef> updates) {
    public TopicCoverage {
        articles = List.copyOf(articles);
        updates = List.copyOf(updates);
    }

    /** A live update with the article it belongs to. */
    public record UpdateRef(Article article, LiveUpdate update) {
    }
}
