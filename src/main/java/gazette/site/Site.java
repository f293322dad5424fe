package gazette.site;

import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.source.MediaFile;
import gazette.source.StaticFile;

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
 * @param statics    the static folder's files, published as they are, in name order
 */
public record Site(SiteConfig config, List<Article> articles, List<TopicCoverage> topics, List<Taxonomy> taxonomies,
        List<TimelineYear> timeline, List<MediaFile> media, List<StaticFile> statics) {
    /** A site with no media or static files. */
    public Site(SiteConfig config, List<Article> articles, List<TopicCoverage> topics, List<Taxonomy> taxonomies,
            List<TimelineYear> timeline) {
        this(config, articles, topics, taxonomies, timeline, List.of(), List.of());
    }

    /** A site with no static files. */
    public Site(SiteConfig config, List<Article> articles, List<TopicCoverage> topics, List<Taxonomy> taxonomies,
            List<TimelineYear> timeline, List<MediaFile> media) {
        this(config, articles, topics, taxonomies, timeline, media, List.of());
    }

    /** This site with the static folder's files published beside its pages. */
    public Site withStatics(List<StaticFile> files) {
        return new Site(config, articles, topics, taxonomies, timeline, media, files);
    }

    public Site {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        taxonomies = List.copyOf(taxonomies);
        timeline = List.copyOf(timeline);
        media = List.copyOf(media);
        statics = List.copyOf(statics);
    }
}
