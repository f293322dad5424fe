package gazette.site;

import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.source.MediaFile;

import java.util.List;

/**
 * The whole site, ready to render.
 *
 * @param config     the configuration
 * @param articles   every article, newest first
 * @param topics     each configured topic with its coverage, in config order
 * @param taxonomies tags, people and places
 * @param timeline   every article, update and event, oldest first, by year
 * @param media      the media files published with it, in name order
 */
public record Site(SiteConfig config, List<Article> articles, List<TopicCoverage> topics, List<Taxonomy> taxonomies,
        List<TimelineYear> timeline, List<MediaFile> media) {
    /** A site with no media files. */
    public Site(SiteConfig config, List<Article> articles, List<TopicCoverage> topics, List<Taxonomy> taxonomies,
            List<TimelineYear> timeline) {
        this(config, articles, topics, taxonomies, timeline, List.of());
    }

    public Site {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        taxonomies = List.copyOf(taxonomies);
        timeline = List.copyOf(timeline);
        media = List.copyOf(media);
    }
}
